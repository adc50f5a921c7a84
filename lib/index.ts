export * from './core';
export * from './addons';
export * from './gpu-cluster';
export * from './vks-cluster';
export * from './gpu-workload';
export * from './gtm-failover-domain';
export * from './nats-supercluster';
export * from './postgres-multi-master';
export { ERROR_CATALOGUE, type ErrorCatalogueEntry } from './error-catalogue';
