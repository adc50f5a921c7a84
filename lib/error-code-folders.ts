/**
 * Every construct folder's error-code catalogue, one line per folder. A new construct folder adds
 * its `lib/<folder>/error-codes.ts` (exporting `<FOLDER>_ERROR_CODES`) here with one line; the
 * folder name is read from the export's name (`NETBIRD_BRIDGE_ERROR_CODES` → `netbird-bridge`).
 * Keep the lines sorted.
 */
export * from './addons/error-codes';
export * from './cassandra-multi-dc/error-codes';
export * from './core/error-codes';
export * from './gpu-cluster/error-codes';
export * from './gpu-workload/error-codes';
export * from './gtm-failover-domain/error-codes';
export * from './nats-supercluster/error-codes';
export * from './netbird-bridge/error-codes';
export * from './postgres-multi-master/error-codes';
export * from './vks-cluster/error-codes';
