export { CassandraReachabilityTarget } from './props';
export type { CassandraDatacenterMember, CassandraMultiDcProps, CassandraReachability } from './props';
export { CassandraDatacenterPart, CassandraManagementPart, CassandraMemberPart } from './members';
export type { CassandraDatacenterPartOptions, CassandraMemberOptions } from './members';
export { CassandraMultiDc } from './cassandra-multi-dc';
