import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  CloudflareLoadBalancerMonitorResource, CloudflareLoadBalancerPoolResource, CloudflareLoadBalancerResource, CloudflareProviderBlock,
} from './resources';
import { isUnresolved, ValidationProblem } from '../core/errors';
import { Secret } from '../core/secrets';
import { checkProviderType, providersOfType } from '../core/provider-resource';
import { FailoverTiming } from './budget';
import { failoverPoolOf, FailoverPool, ResolvedDescription } from './description';
import { EngineBinding, EngineTimings, ITrafficEngine } from './engine';
import { CLOUDFLARE } from './private/provider-strings';
import { collector } from './private/problem';
import { knownRegion } from './private/regions';
import { HealthCheckProtocol, Routing } from './vocabulary';

/** Options of the Cloudflare Load Balancing engine. */
export interface CloudflareOptions {
  /** Account that owns the monitor and pools (32 hex characters). */
  readonly accountId: string;
  /** Zone that holds the hostname (32 hex characters). */
  readonly zoneId: string;
  /**
   * Proxy the traffic through Cloudflare (orange cloud): failover does not wait for resolver caches.
   * DNS-only load balancing answers with origin addresses and is bound by `ttlSeconds`.
   * @default true
   */
  readonly proxied?: boolean;
  /** The account is on an Enterprise plan: monitors may run every 10 s instead of 15 s. @default false */
  readonly enterprise?: boolean;
  /**
   * Cloudflare load-balancer region codes (WNAM, ENAM, WEU, EEU, NSAM, SSAM, OC, ME, NAF, SAF, SAS, SEAS, NEAS)
   * whose clients each member region serves. Regions of the built-in table need no entry.
   * @default - from the built-in region table
   */
  readonly regionCodes?: Record<string, string[]>;
  /** Regions the monitor probes from (`check_regions`). @default - all Cloudflare data centers */
  readonly checkRegions?: string[];
  /**
   * API token for a provider this engine creates.
   * @default - a sensitive variable `cloudflare_api_token` (TF_VAR_cloudflare_api_token)
   */
  readonly apiToken?: Secret;
  /** The cloudflare provider to use. @default - the stack's, created when missing */
  readonly provider?: TerraformProvider;
}

const CF_ID = /^[0-9a-f]{32}$/;

/** Cloudflare Load Balancing (provider 5.14.0): one monitor, one pool per region, one load balancer. */
export class CloudflareEngine implements ITrafficEngine {
  public readonly label: string;
  /** The health monitor (escape hatch). */
  public monitor?: CloudflareLoadBalancerMonitorResource;
  /** One pool per region, primary first. */
  public readonly pools: CloudflareLoadBalancerPoolResource[] = [];
  /** The load balancer serving the hostname. */
  public loadBalancer?: CloudflareLoadBalancerResource;

  constructor(public readonly options: CloudflareOptions) {
    this.label = `Cloudflare ${this.proxied ? 'proxied' : 'DNS-only'}${options.enterprise ? ' (Enterprise)' : ''}`;
  }

  private get proxied(): boolean {
    return this.options.proxied ?? true;
  }

  public timings(d: ResolvedDescription): EngineTimings {
    const t = d.timings;
    return {
      intervalSeconds: t.intervalSeconds ?? (this.options.enterprise ? CLOUDFLARE.minIntervalSecondsEnterprise : CLOUDFLARE.minIntervalSeconds),
      timeoutSeconds: t.timeoutSeconds ?? 5,
      failuresToDown: t.failuresToDown ?? 2,
      successesToUp: t.successesToUp ?? 2,
      retries: t.retries ?? 0,
      ttlSeconds: this.proxied ? 0 : (d.ttlSeconds ?? 60),
    };
  }

  public timing(t: EngineTimings): FailoverTiming {
    return { label: this.label, ...t, dnsCacheSeconds: t.ttlSeconds };
  }

  public validate(d: ResolvedDescription, t: EngineTimings): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const add = collector(problems);
    const o = this.options;
    problems.push(...checkProviderType('engine.provider', o.provider, 'cloudflare'));
    if (!isUnresolved(o.accountId) && !CF_ID.test(o.accountId ?? '')) {
      add('CLOUDFLARE_ACCOUNT_ID_INVALID', 'engine.accountId', o.accountId, 'a Cloudflare account id: 32 lower-case hex characters');
    }
    if (!isUnresolved(o.zoneId) && !CF_ID.test(o.zoneId ?? '')) {
      add('CLOUDFLARE_ZONE_ID_INVALID', 'engine.zoneId', o.zoneId, 'a Cloudflare zone id: 32 lower-case hex characters');
    }
    const min = o.enterprise ? CLOUDFLARE.minIntervalSecondsEnterprise : CLOUDFLARE.minIntervalSeconds;
    if (!isUnresolved(t.intervalSeconds) && t.intervalSeconds < min) {
      add('CLOUDFLARE_INTERVAL', 'healthCheck.intervalSeconds', t.intervalSeconds,
        `at least ${min} s (Cloudflare allows 15 s, or 10 s on Enterprise plans${o.enterprise ? '' : ': set engine enterprise: true if the account has it'})`);
    }
    if (!isUnresolved(t.timeoutSeconds) && !isUnresolved(t.intervalSeconds) && t.timeoutSeconds >= t.intervalSeconds) {
      add('CLOUDFLARE_TIMEOUT', 'healthCheck.timeoutSeconds', t.timeoutSeconds,
        `fewer seconds than the interval (${t.intervalSeconds} s): a probe must end before the next one starts`);
    }
    if (this.proxied && d.ttlSeconds !== undefined) {
      add('CLOUDFLARE_TTL_PROXIED', 'ttlSeconds', d.ttlSeconds, 'unset: a proxied load balancer has no DNS TTL (Cloudflare ignores it); set engine proxied: false to use one');
    }
    (o.checkRegions ?? []).forEach((r, i) => {
      if (![...CLOUDFLARE.regionCodes, 'ALL_REGIONS'].includes(r)) {
        add('CLOUDFLARE_REGION_CODE_INVALID', `engine.checkRegions[${i}]`, r, `one of ${CLOUDFLARE.regionCodes.join(', ')}, ALL_REGIONS`);
      }
    });
    const usedBy = new Map<string, string>();
    d.pools.forEach((pool) => {
      const given = o.regionCodes?.[pool.region];
      if (given === undefined && !knownRegion(pool.region) && d.routing === Routing.NEAREST) {
        add('CLOUDFLARE_REGION_CODES_MISSING', `engine.regionCodes['${pool.region}']`, undefined,
          `the Cloudflare region codes whose clients region '${pool.region}' serves, e.g. ['SEAS']: the region is not in the built-in table`);
      }
      (given ?? []).forEach((code, j) => {
        if (!CLOUDFLARE.regionCodes.includes(code)) {
          add('CLOUDFLARE_REGION_CODE_INVALID', `engine.regionCodes['${pool.region}'][${j}]`, code, `one of ${CLOUDFLARE.regionCodes.join(', ')}`);
        }
      });
      if (d.routing !== Routing.NEAREST) return;
      for (const code of this.regionsOf(pool)) {
        const other = usedBy.get(code);
        if (other !== undefined) {
          add('CLOUDFLARE_REGION_CODE_DUPLICATE', `engine.regionCodes['${pool.region}']`, code,
            `region codes used by one member region only; '${code}' is already served by region '${other}'`);
        }
        usedBy.set(code, pool.region);
      }
    });
    return problems;
  }

  public bind(scope: Construct, d: ResolvedDescription, t: EngineTimings): EngineBinding {
    if (this.monitor) throw new Error('A CloudflareEngine serves one GtmFailoverDomain; create one engine per domain.');
    const o = this.options;
    const provider = o.provider ?? ensureCloudflareProvider(scope, o.apiToken);
    const hc = d.healthCheck;
    const http = hc.protocol !== HealthCheckProtocol.TCP;
    const label = d.hostname.replace(/[^a-z0-9]+/g, '-');

    this.monitor = new CloudflareLoadBalancerMonitorResource(scope, 'monitor', {
      provider,
      accountId: o.accountId,
      description: `${d.hostname} health (${hc.protocol} ${hc.host}${http ? hc.path : ''})`,
      type: CLOUDFLARE.monitorType[hc.protocol],
      port: hc.port,
      interval: t.intervalSeconds,
      timeout: t.timeoutSeconds,
      retries: t.retries,
      consecutiveDown: t.failuresToDown,
      consecutiveUp: t.successesToUp,
      ...(http ? {
        method: 'GET',
        path: hc.path,
        expectedCodes: hc.expectedCodes,
        header: { Host: [hc.host] },
        followRedirects: false,
      } : {}),
    });

    d.pools.forEach((pool) => {
      const id = pool.region.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      this.pools.push(new CloudflareLoadBalancerPoolResource(scope, `pool-${id}`, {
        provider,
        accountId: o.accountId,
        name: `${label}-${id}`.replace(/[^a-zA-Z0-9_-]/g, '-'),
        description: `${d.hostname} in ${pool.region}`,
        monitor: this.monitor!.id,
        enabled: true,
        minimumOrigins: 1,
        checkRegions: o.checkRegions,
        originSteering: { policy: CLOUDFLARE.originSteeringRoundRobin },
        origins: pool.members.map((m) => ({
          name: m.name,
          address: m.address,
          enabled: true,
          weight: 1,
          ...(m.port !== undefined ? { port: m.port } : {}),
        })),
      }));
    });

    const ids = this.pools.map((p) => p.id);
    const regionPools: Record<string, string[]> = {};
    if (d.routing === Routing.NEAREST) {
      d.pools.forEach((pool, i) => {
        const failover = failoverPoolOf(d.pools, i);
        for (const code of this.regionsOf(pool)) {
          regionPools[code] = failover === undefined ? [ids[i]] : [ids[i], ids[failover]];
        }
      });
    }
    this.loadBalancer = new CloudflareLoadBalancerResource(scope, 'load-balancer', {
      provider,
      zoneId: o.zoneId,
      name: d.hostname,
      description: `Failover domain ${d.hostname} (${d.pools.map((p) => p.region).join(', ')})`,
      enabled: d.enabled,
      proxied: this.proxied,
      ...(this.proxied ? {} : { ttl: t.ttlSeconds }),
      steeringPolicy: CLOUDFLARE.steeringPolicy[d.routing],
      defaultPools: ids,
      fallbackPool: ids[0],
      ...(Object.keys(regionPools).length > 0 ? { regionPools } : {}),
    });
    return {
      outputs: [{ name: 'load_balancer_id', value: this.loadBalancer.id, description: `Cloudflare load balancer serving ${d.hostname}.` }],
    };
  }

  private regionsOf(pool: FailoverPool): string[] {
    return [...(this.options.regionCodes?.[pool.region] ?? knownRegion(pool.region)?.cloudflareRegions ?? [])];
  }
}

/** The stack's un-aliased cloudflare provider, created with a sensitive API-token variable when missing. */

function ensureCloudflareProvider(scope: Construct, apiToken?: Secret): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const existing = providersOfType(stack, 'cloudflare').find((c) => c.alias === undefined);
  if (existing) return existing;
  const token = apiToken ?? Secret.variable(stack, 'cloudflare_api_token', 'Cloudflare API token with Load Balancing edit rights (TF_VAR_cloudflare_api_token).');
  return new CloudflareProviderBlock(stack, 'cloudflare', { apiToken: token.value });
}
