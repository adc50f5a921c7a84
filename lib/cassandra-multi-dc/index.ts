export * from './props';
export * from './members';
export * from './cassandra-multi-dc';
export * from './error-codes';
