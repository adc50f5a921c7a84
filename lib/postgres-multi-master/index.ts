export * from './props';
export * from './postgres-multi-master';
export * from './member';
export { POSTGRES_MULTI_MASTER_ERROR_CODES } from './error-codes';
export type { PostgresNodeSpec } from './private/values';
