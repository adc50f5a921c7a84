export { NatsCredentials } from './props';
export type { NatsGatewayTls, NatsJetStream, NatsResources, NatsSuperclusterMember, NatsSuperclusterProps, ResolvedCredentials } from './props';
export { NatsMember } from './nats-member';
export type { NatsMemberProps } from './nats-member';
export { NatsSupercluster } from './nats-supercluster';
