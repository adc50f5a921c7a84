export { CertManager } from './cert-manager';
export type { CertManagerOptions, CertManagerProps } from './cert-manager';
export { NvidiaGpuOperator } from './gpu-operator';
export type { NvidiaGpuOperatorProps } from './gpu-operator';
export { Hami } from './hami';
export type { HamiOptions, HamiProps, HamiResourceNames } from './hami';
export { IngressNginx } from './ingress-nginx';
export type { IngressNginxProps } from './ingress-nginx';
