export { HealthCheckProtocol, Routing, GtmEdition } from './vocabulary';
export { FailoverBudget } from './budget';
export type { FailoverTiming } from './budget';
export { FailoverMember } from './description';
export type { HealthCheck, RoutingOptions, ResolvedHealthCheck, ResolvedDescription, FailoverPool } from './description';
export type { ITrafficEngine, EngineTimings, EngineBinding } from './engine';
export { AlibabaGtmEngine } from './alibaba-gtm';
export type { AlibabaGtmOptions, GtmProbeNode } from './alibaba-gtm';
export { CloudflareEngine } from './cloudflare';
export type { CloudflareOptions } from './cloudflare';
export { TrafficEngine } from './traffic-engine';
export { GtmFailoverDomain } from './gtm-failover-domain';
export type { GtmFailoverDomainProps } from './props';
export {
  AlidnsAccessStrategyResource, AlidnsAddressPoolResource, AlidnsGtmInstanceResource, AlidnsMonitorConfigResource,
  CloudflareLoadBalancerMonitorResource, CloudflareLoadBalancerPoolResource, CloudflareLoadBalancerResource, CloudflareProviderBlock,
} from './resources';
