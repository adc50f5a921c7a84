export * from './gpu-cluster';
export * from './network';
export * from './node-pool';
export * from './gpu-sharing';
export * from './gpu-instance-types';
export * from './add-ons';
export * from './alb-ingress';
