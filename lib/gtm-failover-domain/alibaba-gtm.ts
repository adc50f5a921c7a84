import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { findOrCreateAlicloudProvider } from '../private/alicloud-provider';
import { checkProviderType } from '../core/provider-resource';
import { AlidnsAccessStrategyResource, AlidnsAddressPoolResource, AlidnsGtmInstanceResource, AlidnsMonitorConfigResource } from './resources';
import { isUnresolved, ValidationProblem } from '../core/errors';
import { FailoverTiming } from './budget';
import { failoverPoolOf, FailoverPool, ResolvedDescription } from './description';
import { EngineBinding, EngineTimings, ITrafficEngine } from './engine';
import { GTM } from './private/provider-strings';
import { collector } from './private/problem';
import { knownRegion } from './private/regions';
import { GtmEdition, HealthCheckProtocol, Routing } from './vocabulary';

/** A GTM probe node (`isp_city_node`). List the available ones with the DescribeDnsGtmMonitorAvailableConfig API. */
export interface GtmProbeNode {
  readonly cityCode: string;
  readonly ispCode: string;
}

/** Options of the Alibaba GTM 2.0 engine. */
export interface AlibabaGtmOptions {
  /**
   * Id of an existing GTM instance. Without it a new instance is created: a paid subscription that
   * `terraform destroy` does not cancel (the provider's delete is a no-op).
   * @default - a new instance is created
   */
  readonly instanceId?: string;
  /** Edition of a new instance (`package_edition`, ForceNew). @default GtmEdition.STANDARD */
  readonly edition?: GtmEdition;
  /** Name of a new instance. @default - the hostname */
  readonly instanceName?: string;
  /** Subscription length of a new instance, in months (`period`). @default 1 */
  readonly periodMonths?: number;
  /** Health-check tasks bought with a new instance. @default 100 */
  readonly healthCheckTaskCount?: number;
  /** SMS notifications bought with a new instance. @default 1000 */
  readonly smsNotificationCount?: number;
  /**
   * The business domain of a new instance (`public_user_domain_name`), hosted in Alibaba Cloud DNS.
   * @default - the hostname's last two labels (set it for zones such as example.co.uk)
   */
  readonly userDomainName?: string;
  /**
   * Alibaba DNS line codes per member region: the clients a region's pool serves. Regions of the
   * built-in table (cn-hongkong → os_asia_hk, HCM03 → os_asia_vn, ...) need no entry; other regions must
   * have one. The primary region also gets the `default` line.
   * @default - from the built-in region table
   */
  readonly lineCodes?: Record<string, string[]>;
  /**
   * Nodes that probe the members.
   * @default - [{ cityCode: '503', ispCode: '465' }], the node of the provider's own example (one node only)
   */
  readonly probeNodes?: GtmProbeNode[];
  /** Percentage of probe nodes that must fail for a probe to fail (`failureRate`): 20, 50, 80 or 100. @default 50 */
  readonly failureRatePercent?: number;
  /** The alicloud provider to use. @default - the stack's alicloud provider, created (credentials from the environment) if missing */
  readonly provider?: TerraformProvider;
}

/**
 * Alibaba Cloud GTM 2.0 through the complete `alicloud_alidns_*` resources of provider 1.283.0.
 *
 * Limits that cost failover time: `alicloud_alidns_monitor_config` accepts only 60 s intervals
 * (the console offers 15 s on the ultimate edition), and the GTM 3.0 resources that have 15 s
 * templates cannot yet link addresses to pools in Terraform.
 */
export class AlibabaGtmEngine implements ITrafficEngine {
  public readonly label: string;
  /** The GTM instance, when this engine created one (escape hatch). */
  public instance?: AlidnsGtmInstanceResource;
  /** One address pool per region, primary first (escape hatch). */
  public readonly addressPools: AlidnsAddressPoolResource[] = [];
  /** One health check per address pool. */
  public readonly monitors: AlidnsMonitorConfigResource[] = [];
  /** One access strategy per region (NEAREST) or one for the `default` line (PRIORITY). */
  public readonly accessStrategies: AlidnsAccessStrategyResource[] = [];

  constructor(public readonly options: AlibabaGtmOptions = {}) {
    this.label = `Alibaba GTM ${options.edition ?? GtmEdition.STANDARD} through Terraform`;
  }

  public timings(d: ResolvedDescription): EngineTimings {
    const t = d.timings;
    const failuresToDown = t.failuresToDown ?? 1;
    return {
      intervalSeconds: t.intervalSeconds ?? 60,
      timeoutSeconds: t.timeoutSeconds ?? 2,
      failuresToDown,
      successesToUp: failuresToDown,
      retries: 0,
      ttlSeconds: d.ttlSeconds ?? 60,
    };
  }

  public timing(t: EngineTimings): FailoverTiming {
    return { label: this.label, ...t, dnsCacheSeconds: t.ttlSeconds };
  }

  public validate(d: ResolvedDescription, t: EngineTimings): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const add = collector(problems);
    const o = this.options;
    const oneOf = (code: string, prop: string, value: number, allowed: readonly number[], why: string) => {
      if (!isUnresolved(value) && !allowed.includes(value)) add(code, prop, value, `one of ${allowed.join(', ')}${why}`);
    };

    problems.push(...checkProviderType('engine.provider', o.provider, 'alicloud'));
    if (o.edition !== undefined && !Object.values(GtmEdition).includes(o.edition)) {
      add('GTM_EDITION_INVALID', 'engine.edition', o.edition, `one of ${Object.values(GtmEdition).join(', ')}`);
    }
    oneOf('GTM_INTERVAL', 'healthCheck.intervalSeconds', t.intervalSeconds, GTM.allowedIntervalSeconds,
      ': alicloud_alidns_monitor_config accepts only 60 s through Terraform (15 s exists only in the console on the ultimate edition, ' +
      'and in GTM 3.0 templates that provider 1.283.0 cannot link to pools). For shorter detection use TrafficEngine.cloudflare()');
    oneOf('GTM_EVALUATION_COUNT', 'healthCheck.failuresToDown', t.failuresToDown, GTM.allowedEvaluationCounts, ' (GTM evaluation_count)');
    oneOf('GTM_TIMEOUT', 'healthCheck.timeoutSeconds', t.timeoutSeconds, GTM.allowedTimeoutSeconds, ' seconds (GTM timeout 2000/3000/5000/10000 ms)');
    oneOf('GTM_TTL', 'ttlSeconds', t.ttlSeconds, GTM.allowedTtlSeconds, ' seconds (GTM instance ttl)');
    oneOf('GTM_FAILURE_RATE', 'engine.failureRatePercent', o.failureRatePercent ?? 50, GTM.allowedFailureRatePercent, ' percent');
    if (d.timings.successesToUp !== undefined && d.timings.successesToUp !== t.failuresToDown) {
      add('GTM_UNSUPPORTED_SETTING', 'healthCheck.successesToUp', d.timings.successesToUp,
        'unset: Alibaba GTM has no separate recovery threshold (evaluation_count applies both ways)');
    }
    if ((d.timings.retries ?? 0) !== 0) {
      add('GTM_UNSUPPORTED_SETTING', 'healthCheck.retries', d.timings.retries, 'unset or 0: Alibaba GTM has no probe retries (use failuresToDown)');
    }
    if (GTM.codeThreshold(d.healthCheck.expectedCodes) === undefined) {
      add('GTM_EXPECTED_CODES', 'healthCheck.expectedCodes', d.healthCheck.expectedCodes,
        "a 2xx, 3xx or 4xx code or class: GTM only knows 'fail above 400' and 'fail above 500'");
    }
    if (o.probeNodes !== undefined && o.probeNodes.length === 0) {
      add('GTM_PROBE_NODES_EMPTY', 'engine.probeNodes', [], 'at least one { cityCode, ispCode } (see DescribeDnsGtmMonitorAvailableConfig)');
    }
    if (o.periodMonths !== undefined && !(Number.isInteger(o.periodMonths) && o.periodMonths >= 1)) {
      add('GTM_PERIOD_INVALID', 'engine.periodMonths', o.periodMonths, 'a whole number of months of at least 1');
    }

    const usedBy = new Map<string, string>();
    d.pools.forEach((pool) => {
      const types = [...new Set(pool.members.map((m) => m.addressType))];
      if (types.length > 1) {
        add('GTM_POOL_MIXED_TYPES', `members[${pool.memberIndexes.join(',')}].addressType`, types,
          `one address type per region: a GTM address pool is either IPV4 or DOMAIN; put the members of region '${pool.region}' behind one kind of address`);
      }
      if (pool.members.length > GTM.maxAddressesPerPool) {
        add('GTM_POOL_TOO_LARGE', 'members', pool.members.length, `at most ${GTM.maxAddressesPerPool} members in region '${pool.region}' (addresses per GTM pool)`);
      }
      const given = o.lineCodes?.[pool.region];
      if (given === undefined && !knownRegion(pool.region) && d.routing === Routing.NEAREST) {
        add('GTM_LINE_CODES_MISSING', `engine.lineCodes['${pool.region}']`, undefined,
          `the Alibaba DNS line codes whose clients region '${pool.region}' serves, e.g. ['os_asia_sg']: the region is not in the built-in table`);
      }
      (given ?? []).forEach((code, j) => {
        if (!/^[a-z][a-z0-9_]*$/.test(code) || code === GTM.defaultLine) {
          add('GTM_LINE_CODE_INVALID', `engine.lineCodes['${pool.region}'][${j}]`, code,
            "an Alibaba DNS line code such as 'os_asia_hk' or 'cn_region_huanan' ('default' is added to the primary region by itself)");
        }
      });
      for (const code of this.linesOf(pool)) {
        const other = usedBy.get(code);
        if (other !== undefined && d.routing === Routing.NEAREST) {
          add('GTM_LINE_CODE_DUPLICATE', `engine.lineCodes['${pool.region}']`, code,
            `line codes used by one region only; '${code}' is already served by region '${other}'`);
        }
        usedBy.set(code, pool.region);
      }
    });
    if (d.routing === Routing.PRIORITY && d.pools.length > 2) {
      const failoverTypes = new Set(d.pools.slice(1).flatMap((p) => p.members.map((m) => m.addressType)));
      if (failoverTypes.size > 1) {
        add('GTM_POOL_MIXED_TYPES', 'routing.mode', d.routing,
          'failover pools of one address type: with PRIORITY every non-primary pool is a failover pool of one access strategy');
      }
    }
    return problems;
  }

  public bind(scope: Construct, d: ResolvedDescription, t: EngineTimings): EngineBinding {
    if (this.addressPools.length > 0) throw new Error('An AlibabaGtmEngine serves one GtmFailoverDomain; create one engine per domain.');
    const o = this.options;
    const provider = o.provider ?? findOrCreateAlicloudProvider(scope);
    const label = d.hostname.replace(/[^a-z0-9]+/g, '-');
    const outputs: { name: string; value: string; description: string }[] = [];

    let instanceId = o.instanceId;
    if (instanceId === undefined) {
      this.instance = new AlidnsGtmInstanceResource(scope, 'instance', {
        provider,
        instanceName: o.instanceName ?? d.hostname,
        packageEdition: o.edition ?? GtmEdition.STANDARD,
        paymentType: GTM.paymentType,
        period: o.periodMonths ?? 1,
        healthCheckTaskCount: o.healthCheckTaskCount ?? 100,
        smsNotificationCount: o.smsNotificationCount ?? 1000,
        ttl: t.ttlSeconds,
        strategyMode: GTM.strategyMode[d.routing],
        cnameType: GTM.cnameType,
        publicCnameMode: GTM.cnameModeSystemAssign,
        publicUserDomainName: o.userDomainName ?? d.hostname.split('.').slice(-2).join('.'),
      });
      instanceId = this.instance.id;
      outputs.push({
        name: 'gtm_cname',
        value: `${this.instance.publicRr}.${this.instance.publicZoneName}`,
        description: `Access domain GTM assigned; point ${d.hostname} at it with a CNAME record.`,
      });
    }
    outputs.push({ name: 'gtm_instance_id', value: instanceId, description: 'Id of the Alibaba GTM instance.' });

    const hc = d.healthCheck;
    const failureRate = o.failureRatePercent ?? 50;
    d.pools.forEach((pool) => {
      const id = pool.region.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const poolType = GTM.poolType[pool.members[0].addressType];
      const lineCodes = this.linesOf(pool);
      const addressPool = new AlidnsAddressPoolResource(scope, `pool-${id}`, {
        provider,
        instanceId: instanceId!,
        addressPoolName: `${label}-${id}`,
        type: poolType,
        lbaStrategy: GTM.lbaStrategyRoundRobin,
        address: pool.members.map((m) => ({
          address: m.address,
          attributeInfo: JSON.stringify({ lineCodeRectifyType: 'RECTIFIED', lineCodes }),
          mode: d.enabled ? GTM.addressModeEnabled : GTM.addressModeDisabled,
          lbaWeight: 1,
          remark: m.name,
        })),
      });
      this.addressPools.push(addressPool);

      const extend: Record<string, unknown> = { port: hc.port };
      if (hc.protocol !== HealthCheckProtocol.TCP) {
        Object.assign(extend, { host: hc.host, path: hc.path, code: GTM.codeThreshold(hc.expectedCodes) });
      }
      extend.failureRate = failureRate;
      if (hc.protocol === HealthCheckProtocol.HTTPS) extend.sni = true;
      if (poolType === 'DOMAIN') extend.nodeType = 'IPV4';
      this.monitors.push(new AlidnsMonitorConfigResource(scope, `monitor-${id}`, {
        provider,
        addrPoolId: addressPool.id,
        protocolType: GTM.protocol[hc.protocol],
        interval: t.intervalSeconds,
        evaluationCount: t.failuresToDown,
        timeout: t.timeoutSeconds * 1000,
        monitorExtendInfo: JSON.stringify(extend),
        ispCityNode: (o.probeNodes ?? [{ cityCode: '503', ispCode: '465' }]).map((n) => ({ cityCode: n.cityCode, ispCode: n.ispCode })),
      }));
    });

    const strategy = (name: string, primary: number, failover: number[], lines: string[]) => {
      const pools = this.addressPools;
      const dp = d.pools;
      return new AlidnsAccessStrategyResource(scope, `strategy-${name}`, {
        provider,
        instanceId: instanceId!,
        strategyName: `${label}-${name}`,
        strategyMode: GTM.strategyMode[d.routing],
        accessMode: d.enabled ? GTM.accessModeEnabled : GTM.accessModeDisabled,
        defaultAddrPoolType: GTM.poolType[dp[primary].members[0].addressType],
        defaultLbaStrategy: GTM.lbaStrategyRoundRobin,
        defaultMinAvailableAddrNum: 1,
        defaultAddrPools: [{ addrPoolId: pools[primary].id, lbaWeight: 1 }],
        ...(failover.length > 0 ? {
          failoverAddrPoolType: GTM.poolType[dp[failover[0]].members[0].addressType],
          failoverLbaStrategy: GTM.lbaStrategyRoundRobin,
          failoverMinAvailableAddrNum: 1,
          failoverAddrPools: failover.map((i) => ({ addrPoolId: pools[i].id, lbaWeight: 1 })),
        } : {}),
        lines: lines.map((lineCode) => ({ lineCode })),
      });
    };
    if (d.routing === Routing.PRIORITY) {
      const rest = d.pools.map((_, i) => i).slice(1);
      this.accessStrategies.push(strategy('priority', 0, rest, [GTM.defaultLine]));
    } else {
      d.pools.forEach((pool, i) => {
        const failover = failoverPoolOf(d.pools, i);
        const lines = [...this.linesOf(pool), ...(i === 0 ? [GTM.defaultLine] : [])];
        this.accessStrategies.push(strategy(pool.region.toLowerCase().replace(/[^a-z0-9]+/g, '-'), i,
          failover === undefined ? [] : [failover], lines));
      });
    }
    return { outputs };
  }

  private linesOf(pool: FailoverPool): string[] {
    return [...(this.options.lineCodes?.[pool.region] ?? knownRegion(pool.region)?.gtmLines ?? [])];
  }
}

