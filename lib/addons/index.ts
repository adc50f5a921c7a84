export * from './ingress-nginx';
export * from './gpu-operator';
export * from './hami';
export * from './vngcloud-load-balancer-controller';
export * from './cert-manager';
export * from './cilium';
