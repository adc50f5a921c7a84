import type { ErrorCodeDoc } from '../core/errors';

/** Codes raised by GtmFailoverDomain and its traffic engines (Alibaba GTM, Cloudflare). See docs/errors.md. */
export const GTM_FAILOVER_DOMAIN_ERROR_CODES: Readonly<Record<string, ErrorCodeDoc>> = {
  CLOUDFLARE_ACCOUNT_ID_INVALID: {
    meaning: 'The Cloudflare account id is not shaped like one.',
    fix: 'Set engine.accountId to the 32 lower-case hex characters of the account id.',
  },
  CLOUDFLARE_INTERVAL: {
    meaning: 'The health-check interval is shorter than Cloudflare allows.',
    fix: 'Use at least 15 s, or 10 s with engine enterprise: true on an Enterprise account.',
  },
  CLOUDFLARE_REGION_CODES_MISSING: {
    meaning: "With NEAREST routing, a member region is not in the built-in table, so which Cloudflare regions it serves is unknown.",
    fix: "Give engine.regionCodes for that region, e.g. ['SEAS'].",
  },
  CLOUDFLARE_REGION_CODE_DUPLICATE: {
    meaning: 'A Cloudflare region code is served by two member regions, so its clients would have no single nearest pool.',
    fix: 'Give each region code to one member region only.',
  },
  CLOUDFLARE_REGION_CODE_INVALID: {
    meaning: 'A region code (in engine.regionCodes or engine.checkRegions) is not a Cloudflare region code.',
    fix: 'Use one of the codes listed in the message (checkRegions also accepts ALL_REGIONS).',
  },
  CLOUDFLARE_TIMEOUT: {
    meaning: 'The probe timeout is not shorter than the interval, so a probe could still run when the next starts.',
    fix: 'Set healthCheck.timeoutSeconds below healthCheck.intervalSeconds.',
  },
  CLOUDFLARE_TTL_PROXIED: {
    meaning: 'A DNS TTL is set on a proxied load balancer, which has none (Cloudflare ignores it).',
    fix: 'Leave ttlSeconds unset, or set engine proxied: false.',
  },
  CLOUDFLARE_ZONE_ID_INVALID: {
    meaning: 'The Cloudflare zone id is not shaped like one.',
    fix: 'Set engine.zoneId to the 32 lower-case hex characters of the zone id.',
  },
  FAILOVER_BUDGET_EXCEEDED: {
    meaning: 'In the worst case, failover with these settings takes longer than maxFailoverSeconds allows.',
    fix: 'Use one of the configurations the message lists, tighten the health check (failuresToDown, timeoutSeconds), or raise maxFailoverSeconds.',
  },
  GTM_EDITION_INVALID: {
    meaning: 'The Alibaba GTM edition is not one of the GtmEdition values.',
    fix: 'Use one of the editions in the message.',
  },
  GTM_EVALUATION_COUNT: {
    meaning: 'failuresToDown is not an evaluation count Alibaba GTM accepts.',
    fix: 'Use one of the counts in the message.',
  },
  GTM_EXPECTED_CODES: {
    meaning: "The expected status codes cannot be expressed in GTM, which only knows 'fail above 400' and 'fail above 500'.",
    fix: 'Use a 2xx, 3xx or 4xx code or class in healthCheck.expectedCodes.',
  },
  GTM_FAILURE_RATE: {
    meaning: 'The failure rate is not one Alibaba GTM accepts.',
    fix: 'Set engine.failureRatePercent to one of the values in the message.',
  },
  GTM_INTERVAL: {
    meaning: 'The health-check interval is not one Alibaba GTM accepts through Terraform (60 s).',
    fix: 'Use the interval in the message, or TrafficEngine.cloudflare() for shorter detection.',
  },
  GTM_LINE_CODES_MISSING: {
    meaning: 'With NEAREST routing, a member region is not in the built-in table, so which DNS lines it serves is unknown.',
    fix: "Give engine.lineCodes for that region, e.g. ['os_asia_sg'].",
  },
  GTM_LINE_CODE_DUPLICATE: {
    meaning: 'A DNS line code is served by two regions, so its clients would have no single nearest pool.',
    fix: 'Give each line code to one region only.',
  },
  GTM_LINE_CODE_INVALID: {
    meaning: "A line code is not an Alibaba DNS line code, or is 'default', which the library adds to the primary region itself.",
    fix: "Use line codes such as 'os_asia_hk' or 'cn_region_huanan'.",
  },
  GTM_PERIOD_INVALID: {
    meaning: 'The GTM subscription period is not a whole number of months of at least 1.',
    fix: 'Set engine.periodMonths to a whole number of at least 1.',
  },
  GTM_POOL_MIXED_TYPES: {
    meaning: 'One GTM address pool (a region, or the failover pools of PRIORITY routing) would mix IPv4 and domain addresses, which GTM does not allow.',
    fix: 'Put the members of a region (and all failover regions) behind one kind of address.',
  },
  GTM_POOL_TOO_LARGE: {
    meaning: 'A region has more members than a GTM address pool holds.',
    fix: 'Keep the members of a region at or below the limit in the message.',
  },
  GTM_PROBE_NODES_EMPTY: {
    meaning: 'The list of GTM probe nodes is empty, so nothing would probe the members.',
    fix: 'Give at least one { cityCode, ispCode } in engine.probeNodes, or leave it unset.',
  },
  GTM_TIMEOUT: {
    meaning: 'The probe timeout is not one Alibaba GTM accepts.',
    fix: 'Use one of the timeouts in the message.',
  },
  GTM_TTL: {
    meaning: 'The DNS TTL is not one Alibaba GTM accepts.',
    fix: 'Use one of the TTLs in the message.',
  },
  GTM_UNSUPPORTED_SETTING: {
    meaning: 'A health-check setting Alibaba GTM does not have (separate recovery threshold, probe retries) is set and would be ignored.',
    fix: 'Leave successesToUp unset and retries unset or 0; use failuresToDown.',
  },
  HEALTH_CHECK_CODES_INVALID: {
    meaning: 'The expected status codes are neither one code nor a class.',
    fix: "Use one status code ('200') or a class ('2xx').",
  },
  HEALTH_CHECK_HOST_INVALID: {
    meaning: 'The health-check Host header is not a host name.',
    fix: 'Set healthCheck.host to a host name such as api.example.com.',
  },
  HEALTH_CHECK_HOST_NOT_SERVED: {
    meaning: "A member's ingress does not route the health-check host, so it would answer the probe with 404 and never be healthy.",
    fix: "Set healthCheck.host to a host the member routes, or add the host to the member's workload.",
  },
  HEALTH_CHECK_PATH_AMBIGUOUS: {
    meaning: 'Members answer health checks on different paths and no path is set.',
    fix: 'Set healthCheck.path.',
  },
  HEALTH_CHECK_PATH_INVALID: {
    meaning: 'The health-check path is not absolute.',
    fix: "Use a path starting with '/', e.g. /healthz.",
  },
  HEALTH_CHECK_PORT_AMBIGUOUS: {
    meaning: 'Members listen on different ports and no health-check port is set.',
    fix: 'Set healthCheck.port.',
  },
  HEALTH_CHECK_PORT_INVALID: {
    meaning: 'The health-check port is not a TCP port.',
    fix: 'Use a port from 1 to 65535.',
  },
  HEALTH_CHECK_PROTOCOL_INVALID: {
    meaning: 'The health-check protocol is not one of the HealthCheckProtocol values.',
    fix: 'Use one of the protocols in the message.',
  },
  HOSTNAME_INVALID: {
    meaning: 'The hostname is not a fully qualified lower-case host name.',
    fix: 'Use a name such as api.example.com (no wildcard, no trailing dot).',
  },
  HOSTNAME_NOT_SERVED: {
    meaning: "A member's ingress does not route the hostname, so client requests for it would get 404.",
    fix: "Add the hostname to the member's hosts, or serve another hostname.",
  },
  MAX_FAILOVER_INVALID: {
    meaning: 'The failover budget is not a number of seconds greater than 0.',
    fix: 'Set maxFailoverSeconds above 0, or leave it unset.',
  },
  MEMBERS_EMPTY: {
    meaning: 'The failover domain has no member.',
    fix: 'Give at least one member (two or more to fail over).',
  },
  MEMBER_ADDRESS_INVALID: {
    meaning: "A member's address does not match its address type (IPv4 dotted decimal, or a DNS name).",
    fix: 'Give an address of the member\'s addressType, or change addressType.',
  },
  MEMBER_NAME_INVALID: {
    meaning: 'A member name is not a DNS label.',
    fix: "Use lower-case letters, digits and '-', starting and ending with a letter or digit.",
  },
  MEMBER_PORT_INVALID: {
    meaning: "A member's port is not a TCP port.",
    fix: 'Use a port from 1 to 65535.',
  },
  MEMBER_REGION_MISSING: {
    meaning: 'A member has no region, and pools are formed per region.',
    fix: 'Set the region the member runs in.',
  },
  NOT_POSITIVE_INTEGER: {
    meaning: 'A health-check count or duration (intervalSeconds, timeoutSeconds, failuresToDown, successesToUp, ttlSeconds) is not a whole number of at least 1.',
    fix: 'Use a whole number of at least 1.',
  },
  HEALTH_CHECK_RETRIES_INVALID: {
    meaning: 'The health check\'s retries (extra attempts before a check counts as failed) is not a whole number of 0 or more.',
    fix: 'Use 0 (no retry) or a positive whole number.',
  },
  PRIMARY_REGION_UNKNOWN: {
    meaning: "The primary region is not a region of any member.",
    fix: "Set routing.primaryRegion to one of the members' regions.",
  },
  ROUTING_INVALID: {
    meaning: 'The routing mode is not one of the Routing values.',
    fix: 'Use one of the modes in the message.',
  },
};
