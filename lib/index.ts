export * from './core';
export * from './addons';
export * from './gpu-cluster';
export * from './vks-cluster';
export * from './gpu-workload';
export * from './gtm-failover-domain';
export * from './netbird-bridge';
