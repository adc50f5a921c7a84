import { TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { KubernetesProviderBlock } from '../../lib/core/provider-blocks';
import { IngressAddressType, MultiRegionValidationError } from '../../lib';
import { GtmEdition, GtmFailoverDomain, GtmFailoverDomainProps, HealthCheckProtocol, TrafficEngine } from '../../lib/gtm-failover-domain';
import { ACCOUNT, globalStack, hk, vn, ZONE } from './fixtures';

const gtm = TrafficEngine.alibabaGtm;
const cloudflare = (extra = {}) => TrafficEngine.cloudflare({ accountId: ACCOUNT, zoneId: ZONE, ...extra });

function build(props: Partial<GtmFailoverDomainProps>): GtmFailoverDomain {
  return new GtmFailoverDomain(globalStack(), 'kokoro', {
    hostname: 'kokoro.example.com',
    members: [hk(), vn()],
    engine: gtm(),
    ...props,
  });
}

/** The problems of a construct that refuses its props. */
function problems(props: Partial<GtmFailoverDomainProps>): MultiRegionValidationError {
  try {
    build(props);
  } catch (e) {
    if (e instanceof MultiRegionValidationError) return e;
    throw e;
  }
  throw new Error('expected a MultiRegionValidationError');
}

/** Asserts one problem with the code, naming the prop and the value. */
function expectProblem(props: Partial<GtmFailoverDomainProps>, code: string, prop: string, value: string | RegExp): void {
  const err = problems(props);
  const p = err.problems.find((x) => x.code === code);
  expect(p).toBeDefined();
  expect(p!.prop).toBe(prop);
  if (typeof value === 'string') expect(p!.value).toBe(value);
  else expect(p!.value).toMatch(value);
  expect(err.message).toContain(`[${code}] ${prop}: got ${p!.value}`);
}

describe('GtmFailoverDomain validation', () => {
  test.each([
    ['Alibaba GTM', (p: TerraformProvider) => gtm({ provider: p }), 'alicloud'],
    ['Cloudflare', (p: TerraformProvider) => cloudflare({ provider: p }), 'cloudflare'],
  ] as const)('%s refuses another provider\'s configuration as engine.provider', (_name, engine, expected) => {
    // GIVEN a kubernetes provider configuration passed as the engine's provider
    const wrong = new KubernetesProviderBlock(new TerraformStack(Testing.app(), 'other'), 'k8s', {});
    // THEN the domain names the prop, what was given and the provider it needs
    expectProblem({ engine: engine(wrong) }, 'PROVIDER_TYPE_MISMATCH', 'engine.provider', "the 'kubernetes' provider configuration other/k8s");
    expect(problems({ engine: engine(wrong) }).message).toContain(`a provider configuration of '${expected}'`);
  });

  describe('Alibaba GTM allowed values', () => {
    test('throws when the interval is not 60 s (the only value the provider accepts)', () => {
      expectProblem({ healthCheck: { intervalSeconds: 15 } }, 'GTM_INTERVAL', 'healthCheck.intervalSeconds', '15');
      expect(problems({ healthCheck: { intervalSeconds: 15 } }).message).toMatch(/only 60 s through Terraform.*TrafficEngine\.cloudflare/);
    });
    test('throws when failuresToDown is not an evaluation count of 1, 2 or 3', () => {
      expectProblem({ healthCheck: { failuresToDown: 4 } }, 'GTM_EVALUATION_COUNT', 'healthCheck.failuresToDown', '4');
    });
    test('throws when the timeout is not 2, 3, 5 or 10 s', () => {
      expectProblem({ healthCheck: { timeoutSeconds: 4 } }, 'GTM_TIMEOUT', 'healthCheck.timeoutSeconds', '4');
    });
    test('throws when the TTL is not 60, 120, 300 or 600', () => {
      expectProblem({ ttlSeconds: 30 }, 'GTM_TTL', 'ttlSeconds', '30');
    });
    test('throws when the edition is unknown', () => {
      expectProblem({ engine: gtm({ edition: 'enterprise' as GtmEdition }) }, 'GTM_EDITION_INVALID', 'engine.edition', "'enterprise'");
    });
    test('throws when the failure rate is not 20, 50, 80 or 100 percent', () => {
      expectProblem({ engine: gtm({ failureRatePercent: 30 }) }, 'GTM_FAILURE_RATE', 'engine.failureRatePercent', '30');
    });
    test('throws when a region has no line codes and is not in the built-in table', () => {
      expectProblem({ members: [hk(), vn({ region: 'mars-1' })] }, 'GTM_LINE_CODES_MISSING', "engine.lineCodes['mars-1']", 'undefined');
    });
    test('throws when a line code is malformed or is the reserved default line', () => {
      expectProblem({ engine: gtm({ lineCodes: { HCM03: ['OS-ASIA'] } }) }, 'GTM_LINE_CODE_INVALID', "engine.lineCodes['HCM03'][0]", "'OS-ASIA'");
      expectProblem({ engine: gtm({ lineCodes: { HCM03: ['default'] } }) }, 'GTM_LINE_CODE_INVALID', "engine.lineCodes['HCM03'][0]", "'default'");
    });
    test('throws when two regions claim the same line code', () => {
      expectProblem({ engine: gtm({ lineCodes: { HCM03: ['os_asia_hk'] } }) }, 'GTM_LINE_CODE_DUPLICATE', "engine.lineCodes['HCM03']", "'os_asia_hk'");
    });
    test('throws when one region mixes IP and hostname members (a GTM pool has one type)', () => {
      expectProblem({ members: [hk(), vn(), vn({ name: 'vn-2', address: 'lb.vn.example.com', addressType: IngressAddressType.DOMAIN })] },
        'GTM_POOL_MIXED_TYPES', 'members[1,2].addressType', '["IPV4","DOMAIN"]');
    });
    test('throws when Cloudflare-only timings are set', () => {
      expectProblem({ healthCheck: { retries: 2 } }, 'GTM_UNSUPPORTED_SETTING', 'healthCheck.retries', '2');
      expectProblem({ healthCheck: { successesToUp: 3 } }, 'GTM_UNSUPPORTED_SETTING', 'healthCheck.successesToUp', '3');
    });
    test('throws when healthy codes are 5xx (GTM can only fail codes above 400 or 500)', () => {
      expectProblem({ healthCheck: { expectedCodes: '5xx' } }, 'GTM_EXPECTED_CODES', 'healthCheck.expectedCodes', "'5xx'");
    });
    test('throws when the probe node list is empty', () => {
      expectProblem({ engine: gtm({ probeNodes: [] }) }, 'GTM_PROBE_NODES_EMPTY', 'engine.probeNodes', '[]');
    });
  });

  describe('Cloudflare allowed values', () => {
    test('throws when the interval is under 15 s, or under 10 s on Enterprise', () => {
      expectProblem({ engine: cloudflare(), healthCheck: { intervalSeconds: 10 } }, 'CLOUDFLARE_INTERVAL', 'healthCheck.intervalSeconds', '10');
      expect(() => build({ engine: cloudflare({ enterprise: true }), healthCheck: { intervalSeconds: 10 } })).not.toThrow();
      expectProblem({ engine: cloudflare({ enterprise: true }), healthCheck: { intervalSeconds: 5 } }, 'CLOUDFLARE_INTERVAL', 'healthCheck.intervalSeconds', '5');
    });
    test('throws when the timeout is not shorter than the interval', () => {
      expectProblem({ engine: cloudflare(), healthCheck: { timeoutSeconds: 15 } }, 'CLOUDFLARE_TIMEOUT', 'healthCheck.timeoutSeconds', '15');
    });
    test('throws when retries are negative or fractional', () => {
      expectProblem({ engine: cloudflare(), healthCheck: { retries: -1 } }, 'HEALTH_CHECK_RETRIES_INVALID', 'healthCheck.retries', '-1');
    });
    test('throws when a TTL is set on a proxied load balancer', () => {
      expectProblem({ engine: cloudflare(), ttlSeconds: 60 }, 'CLOUDFLARE_TTL_PROXIED', 'ttlSeconds', '60');
    });
    test('throws when account or zone ids are not Cloudflare ids', () => {
      expectProblem({ engine: cloudflare({ accountId: 'my-account' }) }, 'CLOUDFLARE_ACCOUNT_ID_INVALID', 'engine.accountId', "'my-account'");
      expectProblem({ engine: cloudflare({ zoneId: 'example.com' }) }, 'CLOUDFLARE_ZONE_ID_INVALID', 'engine.zoneId', "'example.com'");
    });
    test('throws when region codes are unknown, missing or shared', () => {
      expectProblem({ engine: cloudflare({ regionCodes: { HCM03: ['ASIA'] } }) }, 'CLOUDFLARE_REGION_CODE_INVALID', "engine.regionCodes['HCM03'][0]", "'ASIA'");
      expectProblem({ engine: cloudflare(), members: [hk(), vn({ region: 'mars-1' })] }, 'CLOUDFLARE_REGION_CODES_MISSING', "engine.regionCodes['mars-1']", 'undefined');
      expectProblem({ engine: cloudflare({ regionCodes: { HCM03: ['NEAS'] } }) }, 'CLOUDFLARE_REGION_CODE_DUPLICATE', "engine.regionCodes['HCM03']", "'NEAS'");
    });
  });

  describe('engine-neutral rules', () => {
    test("throws when the health check's Host is not routed by a member's ingress (it would get 404 forever)", () => {
      expectProblem({ healthCheck: { host: 'other.example.com' } }, 'HEALTH_CHECK_HOST_NOT_SERVED', 'healthCheck.host', "'other.example.com'");
      expect(problems({ healthCheck: { host: 'other.example.com' } }).message).toMatch(/member 'hk-ack' \(members\[0\]\) routes on \(kokoro\.example\.com\).*404/);
    });
    test('throws when the hostname is not routed by a member (the default Host then fails too)', () => {
      expectProblem({ hostname: 'api.example.com' }, 'HEALTH_CHECK_HOST_NOT_SERVED', 'healthCheck.host', "'api.example.com'");
    });
    test('accepts a wildcard ingress rule covering the host, and raw endpoints without hosts', () => {
      expect(() => build({ hostname: 'api.example.com', members: [hk({ hosts: ['*.example.com'] }), vn({ hosts: [] })] })).not.toThrow();
      expect(() => build({ hostname: 'a.b.example.com', members: [hk({ hosts: ['*.example.com'] }), vn()] })).toThrow(/HEALTH_CHECK_HOST_NOT_SERVED/);
    });
    test('throws when two members share a name', () => {
      expectProblem({ members: [hk(), vn({ name: 'hk-ack' })] }, 'MEMBER_NAME_DUPLICATE', 'members[1].name', "'hk-ack'");
    });
    test('throws when there are no members, and warns with a single member', () => {
      expectProblem({ members: [] }, 'MEMBERS_EMPTY', 'members', '[]');
      const single = build({ members: [hk()] });
      expect(single.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)).join()).toMatch(/only one member \(hk-ack\).*nothing to fail over to/);
    });
    test('warns when every member is in the same region: nothing to fail over to when it is down', () => {
      const sameRegion = build({ members: [hk(), hk({ name: 'hk-ack-2', address: 'alb-def456.cn-hongkong.alb.aliyuncs.com' })] });
      expect(sameRegion.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)).join())
        .toMatch(new RegExp(`every member \\(hk-ack, hk-ack-2\\) is in region ${hk().region}.*add a member in another region`));
      expect(build({ members: [hk(), vn()] }).node.metadata.filter((m) => m.type === '@cdktf/warn')).toHaveLength(0);
    });
    test('throws when the hostname is not a fully qualified name', () => {
      expectProblem({ hostname: '*.example.com' }, 'HOSTNAME_INVALID', 'hostname', "'*.example.com'");
    });
    test('throws when a literal address does not match its type', () => {
      expectProblem({ members: [hk(), vn({ address: '42.1.2' })] }, 'MEMBER_ADDRESS_INVALID', 'members[1].address', "'42.1.2'");
    });
    test('throws when members listen on different ports and no health-check port is set', () => {
      expectProblem({ members: [hk({ port: 80 }), vn({ port: 8080 })] }, 'HEALTH_CHECK_PORT_AMBIGUOUS', 'healthCheck.port', 'undefined');
    });
    test('throws when the path is relative or the expected codes are not a code or class', () => {
      expectProblem({ healthCheck: { path: 'health' } }, 'HEALTH_CHECK_PATH_INVALID', 'healthCheck.path', "'health'");
      expectProblem({ healthCheck: { expectedCodes: '2**' } }, 'HEALTH_CHECK_CODES_INVALID', 'healthCheck.expectedCodes', "'2**'");
    });
    test('throws when the primary region has no member', () => {
      expectProblem({ routing: { primaryRegion: 'us-west-1' } }, 'PRIMARY_REGION_UNKNOWN', 'routing.primaryRegion', "'us-west-1'");
    });
    test('skips values that are tokens', () => {
      const stack = globalStack();
      expect(() => new GtmFailoverDomain(stack, 'x', {
        hostname: 'kokoro.example.com',
        members: [hk({ address: '${TfToken[TOKEN.1]}' }), vn({ address: '${TfToken[TOKEN.2]}' })],
        engine: cloudflare({ accountId: '${TfToken[TOKEN.3]}' }),
      })).not.toThrow();
    });
  });

  test('reports several problems together', () => {
    const err = problems({
      healthCheck: { intervalSeconds: 30, timeoutSeconds: 7, protocol: HealthCheckProtocol.HTTP, host: 'nope.example.com' },
      ttlSeconds: 45,
      members: [hk(), vn({ name: 'hk-ack' })],
    });
    expect(err.codes).toEqual(expect.arrayContaining([
      'GTM_INTERVAL', 'GTM_TIMEOUT', 'GTM_TTL', 'HEALTH_CHECK_HOST_NOT_SERVED', 'MEMBER_NAME_DUPLICATE',
    ]));
    expect(err.message).toMatch(/\d+ invalid settings/);
  });

  describe('maxFailoverSeconds', () => {
    test('synth fails when the worst case exceeds it, naming configurations that would meet it', () => {
      const domain = build({ maxFailoverSeconds: 60 });
      expect(() => Testing.synth(domain.node.scope as never, true)).toThrow(
        /\[FAILOVER_BUDGET_EXCEEDED\] maxFailoverSeconds: got 60; at least 122 s for this configuration \(Alibaba GTM standard through Terraform: 60 s × 1 \+ 2 s \+ 60 s TTL = 122 s worst.*would meet it: .*Cloudflare proxied, 15 s checks: 15 s × 2 \+ 5 s = 35 s worst/,
      );
    });
    test('passes when the worst case fits', () => {
      const domain = build({ engine: cloudflare(), maxFailoverSeconds: 35 });
      expect(() => Testing.synth(domain.node.scope as never, true)).not.toThrow();
      expect(domain.budget.failoverWorstSeconds).toBe(35);
    });
    test('says when no engine meets it with these health-check settings', () => {
      const domain = build({ engine: cloudflare(), maxFailoverSeconds: 20, healthCheck: { failuresToDown: 3 } });
      expect(() => Testing.synth(domain.node.scope as never, true)).toThrow(/no engine meets it.*fastest is Cloudflare proxied on Enterprise, 10 s checks: 10 s × 3 \+ 5 s = 35 s/);
    });
    test('throws when it is not a positive number', () => {
      expectProblem({ maxFailoverSeconds: 0 }, 'MAX_FAILOVER_INVALID', 'maxFailoverSeconds', '0');
    });
  });
});
