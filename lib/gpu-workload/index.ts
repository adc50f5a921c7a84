export { GpuInferenceService } from './gpu-inference-service';
export type { GpuInferenceServiceProps } from './props';
