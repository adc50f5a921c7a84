// Props of GtmFailoverDomain.
import { ServiceEndpoint } from '../core/endpoint';
import { HealthCheck, RoutingOptions } from './description';
import { ITrafficEngine } from './engine';

/** Props of {@link GtmFailoverDomain}. */
export interface GtmFailoverDomainProps {
  /** The hostname clients use, e.g. `kokoro.example.com`. */
  readonly hostname: string;
  /**
   * Where the hostname is served: workload endpoints (`GpuInferenceService.endpoint`) or raw
   * endpoints (`FailoverMember.endpoint({...})`). Members of one region form one pool.
   * Addresses may be tokens from other stacks: CDKTF passes them as outputs and remote state.
   */
  readonly members: ServiceEndpoint[];
  /** The traffic manager: `TrafficEngine.alibabaGtm({...})` or `TrafficEngine.cloudflare({...})`. */
  readonly engine: ITrafficEngine;
  /** How members are probed. @default - HTTP GET of the members' health path with `Host: <hostname>`, engine timings */
  readonly healthCheck?: HealthCheck;
  /** Nearest region between pools (default) or priority order; round robin inside a pool. @default - Routing.NEAREST, first member's region primary */
  readonly routing?: RoutingOptions;
  /**
   * DNS TTL of the answers. Alibaba GTM: 60, 120, 300 or 600. Cloudflare DNS-only: any; proxied: must be unset.
   * @default - 60 (0 for Cloudflare proxied)
   */
  readonly ttlSeconds?: number;
  /**
   * Create the configuration disabled until the members are healthy (seed 003's warning): Alibaba GTM
   * answers every address regardless of health checks and never switches pools (`mode = ONLINE`,
   * `access_mode = DEFAULT`); Cloudflare creates the load balancer with `enabled = false`. Health checks
   * run either way; watch them pass, then set `enabled: true`.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The longest failover (worst case, seconds) you accept. Synth fails when this configuration's
   * worst case is longer, naming configurations that would meet it.
   * @default - no limit (the budget is still computed and published)
   */
  readonly maxFailoverSeconds?: number;
}
