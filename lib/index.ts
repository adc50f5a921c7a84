export * from './core';
export * from './addons';
export * from './gpu-workload';
export * from './vks-cluster';
