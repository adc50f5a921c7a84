export * from './props';
export * from './gpu-inference-service';
