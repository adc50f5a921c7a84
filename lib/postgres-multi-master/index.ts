export type { PostgresClientCa, PostgresCrossClusterNetwork, PostgresMember, PostgresMultiMasterProps, PostgresStorage, PostgresTimeouts, PostgresWalArchive } from './props';
export { PostgresMultiMaster } from './postgres-multi-master';
export { PostgresMemberPart } from './member';
export type { PostgresMemberPartProps, PostgresWalArchiveSettings } from './member';
export type { PostgresNodeSpec } from './private/values';
