/**
 * The one place where the library's vocabulary becomes provider strings (aliyun/alicloud 1.283.0,
 * cloudflare/cloudflare 5.14.0), plus the allowed values the providers and services accept.
 */
import { IngressAddressType } from '../../core/cluster';
import { HealthCheckProtocol, Routing } from '../vocabulary';

/** Alibaba GTM 2.0 (alidns_* resources). */
export const GTM = {
  protocol: {
    [HealthCheckProtocol.HTTP]: 'HTTP',
    [HealthCheckProtocol.HTTPS]: 'HTTPS',
    [HealthCheckProtocol.TCP]: 'TCP',
  } as Record<HealthCheckProtocol, string>,
  /** Address pool `type` and access strategy `*_addr_pool_type`. */
  poolType: {
    [IngressAddressType.IPV4]: 'IPV4',
    [IngressAddressType.DOMAIN]: 'DOMAIN',
  } as Record<IngressAddressType, string>,
  /** Both routings are GEO strategies: NEAREST has one per region, PRIORITY one for the `default` line. */
  strategyMode: {
    [Routing.NEAREST]: 'GEO',
    [Routing.PRIORITY]: 'GEO',
  } as Record<Routing, string>,
  /** Round robin inside a pool: return all addresses (`ALL_RR`). */
  lbaStrategyRoundRobin: 'ALL_RR',
  /** Address mode: health-check driven, or always answered (used while the domain is created disabled). */
  addressModeEnabled: 'SMART',
  addressModeDisabled: 'ONLINE',
  /** Access strategy switch-over: automatic, or pinned to the default pools (disabled). */
  accessModeEnabled: 'AUTO',
  accessModeDisabled: 'DEFAULT',
  /** The line that catches every client no other line matches. */
  defaultLine: 'default',
  paymentType: 'Subscription',
  cnameType: 'PUBLIC',
  cnameModeSystemAssign: 'SYSTEM_ASSIGN',
  /** Allowed values (provider validation of alicloud_alidns_monitor_config / gtm_instance, FACTS.md). */
  allowedIntervalSeconds: [60],
  allowedEvaluationCounts: [1, 2, 3],
  allowedTimeoutSeconds: [2, 3, 5, 10],
  allowedTtlSeconds: [60, 120, 300, 600],
  allowedFailureRatePercent: [20, 50, 80, 100],
  /** Addresses per pool (`address` block max_items). */
  maxAddressesPerPool: 20,
  /**
   * GTM's `code` is a threshold: a status code greater than it is a failure. Only 400 and 500 are
   * accepted. Expected 2xx/3xx → 400 (a 404 fails, the seed's lesson); expected 4xx → 500.
   */
  codeThreshold(expectedCodes: string): number | undefined {
    const first = expectedCodes.charAt(0);
    if (first === '2' || first === '3') return 400;
    if (first === '4') return 500;
    return undefined;
  },
};

/** Cloudflare Load Balancing. */
export const CLOUDFLARE = {
  monitorType: {
    [HealthCheckProtocol.HTTP]: 'http',
    [HealthCheckProtocol.HTTPS]: 'https',
    [HealthCheckProtocol.TCP]: 'tcp',
  } as Record<HealthCheckProtocol, string>,
  steeringPolicy: {
    [Routing.NEAREST]: 'geo',
    [Routing.PRIORITY]: 'off',
  } as Record<Routing, string>,
  /** Round robin inside a pool: equal weights, `random` origin steering (Cloudflare has no strict round robin). */
  originSteeringRoundRobin: 'random',
  /** Load balancer region codes (`region_pools` keys, `check_regions`). */
  regionCodes: ['WNAM', 'ENAM', 'WEU', 'EEU', 'NSAM', 'SSAM', 'OC', 'ME', 'NAF', 'SAF', 'SAS', 'SEAS', 'NEAS'],
  /** Shortest monitor interval the service accepts: 15 s, 10 s on Enterprise plans. */
  minIntervalSeconds: 15,
  minIntervalSecondsEnterprise: 10,
};

/** Default TCP port of a protocol. */
export function defaultPort(protocol: HealthCheckProtocol): number {
  return protocol === HealthCheckProtocol.HTTPS ? 443 : 80;
}
