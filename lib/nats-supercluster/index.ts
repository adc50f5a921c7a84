export * from './props';
export * from './nats-member';
export * from './nats-supercluster';
export * from './error-codes';
