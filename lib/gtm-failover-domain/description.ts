/**
 * The engine-neutral description of a failover domain: hostname, members, health check, routing,
 * TTL. Engines turn the resolved description into provider resources.
 */
import { IngressAddressType } from '../core/cluster';
import { ServiceEndpoint } from '../core/endpoint';
import { isUnresolved, ValidationProblem } from '../core/errors';
import { checkName, DNS_LABEL } from '../core/naming';
import { defaultPort } from './private/provider-strings';
import { collector } from './private/problem';
import { HealthCheckProtocol, Routing } from './vocabulary';
import { isIpv4Address } from '../core/cidr';

/** The health check every member is probed with. */
export interface HealthCheck {
  /** @default HealthCheckProtocol.HTTP */
  readonly protocol?: HealthCheckProtocol;
  /**
   * Port probed on every member.
   * @default - the members' common `port`, else 80 for HTTP and 443 for HTTPS
   */
  readonly port?: number;
  /** Path probed (HTTP/HTTPS). @default - the members' common `healthPath`, else '/' */
  readonly path?: string;
  /**
   * `Host` header sent with the probe. The ingress routes on it: a probe without the right Host
   * gets the ingress' default backend, a 404, and the member is marked down forever (seed 003).
   * @default - the served hostname
   */
  readonly host?: string;
  /** Status codes that mean healthy: one code (`200`) or a class (`2xx`). @default '2xx' */
  readonly expectedCodes?: string;
  /**
   * Seconds between probes.
   * @default - the engine's shortest: 60 for Alibaba GTM through Terraform, 15 for Cloudflare (10 on Enterprise)
   */
  readonly intervalSeconds?: number;
  /** Seconds before a probe counts as failed. @default - 2 for Alibaba GTM, 5 for Cloudflare */
  readonly timeoutSeconds?: number;
  /** Consecutive failed probes before a member is marked down. @default - 1 for Alibaba GTM, 2 for Cloudflare */
  readonly failuresToDown?: number;
  /**
   * Consecutive passing probes before a member is marked up again (Cloudflare only; Alibaba GTM
   * uses `failuresToDown` both ways). @default - 2 for Cloudflare
   */
  readonly successesToUp?: number;
  /** Immediate retries of a timed-out probe (Cloudflare only); each adds `timeoutSeconds` to detection. @default 0 */
  readonly retries?: number;
}

/** Routing between and inside pools (one pool per member region; round robin inside a pool). */
export interface RoutingOptions {
  /** @default Routing.NEAREST */
  readonly mode?: Routing;
  /**
   * The region whose pool serves clients no region rule matches, and takes over any other region
   * that is down (its own failover is the next region in member order).
   * @default - the first member's region
   */
  readonly primaryRegion?: string;
}

/** Helpers to write members. */
export class FailoverMember {
  /**
   * A raw endpoint (a load balancer this library did not create). `addressType` is guessed from
   * the address when it is a literal: an IPv4 address is `IPV4`, anything else `DOMAIN`.
   */
  public static endpoint(props: {
    readonly name: string;
    readonly region: string;
    readonly address: string;
    readonly addressType?: IngressAddressType;
    readonly hosts?: string[];
    readonly healthPath?: string;
    readonly port?: number;
  }): ServiceEndpoint {
    const guessed = !isUnresolved(props.address) && isIpv4Address(props.address)
      ? IngressAddressType.IPV4
      : IngressAddressType.DOMAIN;
    return {
      name: props.name,
      region: props.region,
      address: props.address,
      addressType: props.addressType ?? guessed,
      hosts: props.hosts ?? [],
      healthPath: props.healthPath,
      port: props.port,
    };
  }

  private constructor() {}
}

/** Health check with every default applied except the engine-dependent timings. */
export interface ResolvedHealthCheck {
  readonly protocol: HealthCheckProtocol;
  readonly port: number;
  readonly path: string;
  readonly host: string;
  readonly expectedCodes: string;
}

/** Members of one region: one pool. */
export interface FailoverPool {
  readonly region: string;
  readonly members: ServiceEndpoint[];
  /** Index of each member in `props.members` (for error messages). */
  readonly memberIndexes: number[];
}

/** The description after defaults and neutral validation. */
export interface ResolvedDescription {
  readonly hostname: string;
  readonly members: readonly ServiceEndpoint[];
  readonly healthCheck: ResolvedHealthCheck;
  /** User-given timing values, before engine defaults. */
  readonly timings: HealthCheck;
  readonly routing: Routing;
  /** Pools in order: the primary region first, then member order. */
  readonly pools: readonly FailoverPool[];
  readonly ttlSeconds?: number;
  readonly enabled: boolean;
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z][-a-z0-9]{0,61}[a-z0-9]$/;
const EXPECTED_CODES = /^[1-5]([0-9]{2}|xx)$/;

/** True when `host` is routed by an ingress host rule (exact, or a `*.` wildcard covering one label). */
export function hostMatches(rule: string, host: string): boolean {
  if (rule === host) return true;
  if (rule.startsWith('*.')) {
    const suffix = rule.slice(1);
    return host.endsWith(suffix) && !host.slice(0, -suffix.length).includes('.') && host.length > suffix.length;
  }
  return false;
}

function positiveInteger(problems: ValidationProblem[], prop: string, value: number | undefined): void {
  if (value === undefined || isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < 1) {
    problems.push({ code: 'NOT_POSITIVE_INTEGER', prop, value: String(value), expected: 'a whole number of at least 1' });
  }
}

/** Validates the neutral description and applies its defaults. */
export function resolveDescription(props: {
  readonly hostname: string;
  readonly members: readonly ServiceEndpoint[];
  readonly healthCheck?: HealthCheck;
  readonly routing?: RoutingOptions;
  readonly ttlSeconds?: number;
  readonly enabled?: boolean;
  readonly maxFailoverSeconds?: number;
}, problems: ValidationProblem[]): ResolvedDescription {
  const add = collector(problems);

  const hostname = props.hostname;
  if (!isUnresolved(hostname) && !HOSTNAME.test(hostname ?? '')) {
    add('HOSTNAME_INVALID', 'hostname', hostname, 'a fully qualified lower-case host name such as api.example.com (no wildcard, no trailing dot)');
  }

  const members = props.members ?? [];
  if (members.length === 0) {
    add('MEMBERS_EMPTY', 'members', [], 'at least one member (two or more to fail over)');
  }
  const seen = new Map<string, number>();
  members.forEach((m, i) => {
    problems.push(...checkName(`members[${i}].name`, m.name, DNS_LABEL, 'MEMBER_NAME_INVALID'));
    if (seen.has(m.name)) {
      add('MEMBER_NAME_DUPLICATE', `members[${i}].name`, m.name, `a name not used by another member; members[${seen.get(m.name)}] is already '${m.name}'`);
    } else {
      seen.set(m.name, i);
    }
    if (!isUnresolved(m.region) && !(m.region ?? '').trim()) {
      add('MEMBER_REGION_MISSING', `members[${i}].region`, m.region, 'the region the member runs in (pools are formed per region)');
    }
    if (!isUnresolved(m.address)) {
      if (m.addressType === IngressAddressType.IPV4 && !isIpv4Address(m.address ?? '')) {
        add('MEMBER_ADDRESS_INVALID', `members[${i}].address`, m.address, 'an IPv4 address in dotted decimal (addressType is IPV4)');
      } else if (m.addressType === IngressAddressType.DOMAIN && !HOSTNAME.test(m.address ?? '')) {
        add('MEMBER_ADDRESS_INVALID', `members[${i}].address`, m.address, 'a DNS name such as alb-xxx.cn-hongkong.alb.aliyuncs.com (addressType is DOMAIN)');
      }
    }
    if (m.port !== undefined && !isUnresolved(m.port) && !(Number.isInteger(m.port) && m.port >= 1 && m.port <= 65535)) {
      add('MEMBER_PORT_INVALID', `members[${i}].port`, m.port, 'a TCP port from 1 to 65535');
    }
  });

  const hc = props.healthCheck ?? {};
  const protocol = hc.protocol ?? HealthCheckProtocol.HTTP;
  if (!Object.values(HealthCheckProtocol).includes(protocol)) {
    add('HEALTH_CHECK_PROTOCOL_INVALID', 'healthCheck.protocol', protocol, `one of ${Object.values(HealthCheckProtocol).join(', ')}`);
  }
  const memberPorts = [...new Set(members.map((m) => m.port).filter((p): p is number => p !== undefined))];
  if (hc.port === undefined && memberPorts.length > 1) {
    add('HEALTH_CHECK_PORT_AMBIGUOUS', 'healthCheck.port', undefined,
      `a port: members listen on different ports (${memberPorts.join(', ')}), so set the port the health check probes`);
  }
  const port = hc.port ?? (memberPorts.length === 1 && members.every((m) => m.port !== undefined) ? memberPorts[0] : defaultPort(protocol));
  if (!isUnresolved(port) && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    add('HEALTH_CHECK_PORT_INVALID', 'healthCheck.port', port, 'a TCP port from 1 to 65535');
  }
  const memberPaths = [...new Set(members.map((m) => m.healthPath).filter((p): p is string => p !== undefined))];
  if (hc.path === undefined && memberPaths.length > 1) {
    add('HEALTH_CHECK_PATH_AMBIGUOUS', 'healthCheck.path', undefined,
      `a path: members answer health checks on different paths (${memberPaths.join(', ')})`);
  }
  const path = hc.path ?? memberPaths[0] ?? '/';
  if (!isUnresolved(path) && !path.startsWith('/')) {
    add('HEALTH_CHECK_PATH_INVALID', 'healthCheck.path', path, "an absolute path starting with '/', e.g. /healthz");
  }
  const host = hc.host ?? hostname;
  if (hc.host !== undefined && !isUnresolved(hc.host) && !HOSTNAME.test(hc.host)) {
    add('HEALTH_CHECK_HOST_INVALID', 'healthCheck.host', hc.host, 'a host name such as api.example.com');
  }
  const expectedCodes = hc.expectedCodes ?? '2xx';
  if (!EXPECTED_CODES.test(expectedCodes)) {
    add('HEALTH_CHECK_CODES_INVALID', 'healthCheck.expectedCodes', expectedCodes, "one status code ('200') or a class ('2xx')");
  }
  positiveInteger(problems, 'healthCheck.intervalSeconds', hc.intervalSeconds);
  positiveInteger(problems, 'healthCheck.timeoutSeconds', hc.timeoutSeconds);
  positiveInteger(problems, 'healthCheck.failuresToDown', hc.failuresToDown);
  positiveInteger(problems, 'healthCheck.successesToUp', hc.successesToUp);
  if (hc.retries !== undefined && !(Number.isInteger(hc.retries) && hc.retries >= 0)) {
    add('HEALTH_CHECK_RETRIES_INVALID', 'healthCheck.retries', hc.retries, 'a whole number of 0 or more');
  }
  positiveInteger(problems, 'ttlSeconds', props.ttlSeconds);
  if (props.maxFailoverSeconds !== undefined && !(props.maxFailoverSeconds > 0)) {
    add('MAX_FAILOVER_INVALID', 'maxFailoverSeconds', props.maxFailoverSeconds, 'a number of seconds greater than 0');
  }

  // The seed's lesson: a probe whose Host no ingress rule matches gets a 404 and never passes.
  if (protocol !== HealthCheckProtocol.TCP && !isUnresolved(host)) {
    members.forEach((m, i) => {
      const hosts = (m.hosts ?? []).filter((h) => !isUnresolved(h));
      if (hosts.length === 0 || isUnresolved(m.hosts)) return;
      if (!hosts.some((rule) => hostMatches(rule, host))) {
        add('HEALTH_CHECK_HOST_NOT_SERVED', 'healthCheck.host', host,
          `a host member '${m.name}' (members[${i}]) routes on (${hosts.join(', ')}); its ingress would answer the probe with 404 ` +
          'and the member would never be healthy. Set healthCheck.host or add the host to the workload');
      }
    });
  }
  if (!isUnresolved(hostname) && hc.host !== undefined && hc.host !== hostname) {
    members.forEach((m, i) => {
      const hosts = (m.hosts ?? []).filter((h) => !isUnresolved(h));
      if (hosts.length > 0 && !hosts.some((rule) => hostMatches(rule, hostname))) {
        add('HOSTNAME_NOT_SERVED', 'hostname', hostname,
          `a host member '${m.name}' (members[${i}]) routes on (${hosts.join(', ')}); client requests for the hostname would get 404`);
      }
    });
  }

  // Pools: one per region, primary first.
  const byRegion = new Map<string, FailoverPool>();
  members.forEach((m, i) => {
    let pool = byRegion.get(m.region);
    if (!pool) {
      pool = { region: m.region, members: [], memberIndexes: [] };
      byRegion.set(m.region, pool);
    }
    pool.members.push(m);
    pool.memberIndexes.push(i);
  });
  const routing = props.routing?.mode ?? Routing.NEAREST;
  if (!Object.values(Routing).includes(routing)) {
    add('ROUTING_INVALID', 'routing.mode', routing, `one of ${Object.values(Routing).join(', ')}`);
  }
  const primaryRegion = props.routing?.primaryRegion ?? members[0]?.region;
  if (props.routing?.primaryRegion !== undefined && !byRegion.has(props.routing.primaryRegion)) {
    add('PRIMARY_REGION_UNKNOWN', 'routing.primaryRegion', props.routing.primaryRegion,
      `one of the members' regions: ${[...byRegion.keys()].join(', ') || '(no members)'}`);
  }
  const pools = [...byRegion.values()].sort((a, b) => (a.region === primaryRegion ? -1 : b.region === primaryRegion ? 1 : 0));

  return {
    hostname,
    members,
    healthCheck: { protocol, port, path, host, expectedCodes },
    timings: hc,
    routing,
    pools,
    ttlSeconds: props.ttlSeconds,
    enabled: props.enabled ?? true,
  };
}

/** The pool that takes over when `pool` is down: the primary's, or for the primary the next one. */
export function failoverPoolOf(pools: readonly FailoverPool[], index: number): number | undefined {
  if (pools.length < 2) return undefined;
  return index === 0 ? 1 : 0;
}
