import { GtmEdition, GtmFailoverDomain, HealthCheckProtocol, Routing, TrafficEngine } from '../../lib/gtm-failover-domain';
import { onlyResource, resources, StackJson, synthJson } from '../util/synth';
import { globalStack, hk, vn } from './fixtures';

function byName(json: StackJson, type: string, key: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(resources(json, type).map((r) => [String(r[key]), r]));
}

describe('GtmFailoverDomain with Alibaba GTM', () => {
  test('one address pool per region: the ACK ALB hostname as DOMAIN, the VKS IP as IPV4, round robin, health-check driven', () => {
    // GIVEN
    const stack = globalStack();
    // WHEN
    new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: TrafficEngine.alibabaGtm() });
    // THEN
    const pools = byName(synthJson(stack), 'alicloud_alidns_address_pool', 'address_pool_name');
    expect(pools['kokoro-example-com-cn-hongkong']).toMatchObject({
      type: 'DOMAIN',
      lba_strategy: 'ALL_RR',
      address: [{
        address: 'alb-abc123.cn-hongkong.alb.aliyuncs.com', mode: 'SMART', lba_weight: 1, remark: 'hk-ack',
        attribute_info: JSON.stringify({ lineCodeRectifyType: 'RECTIFIED', lineCodes: ['os_asia_hk'] }),
      }],
    });
    expect(pools['kokoro-example-com-hcm03']).toMatchObject({ type: 'IPV4', address: [{ address: '42.1.2.3', mode: 'SMART' }] });
  });

  test('health checks send the Host header the ingress routes on, every 60 s, with the code threshold that fails a 404', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: TrafficEngine.alibabaGtm() });
    const monitors = resources(synthJson(stack), 'alicloud_alidns_monitor_config');
    expect(monitors).toHaveLength(2);
    for (const m of monitors) {
      expect(m).toMatchObject({ protocol_type: 'HTTP', interval: 60, evaluation_count: 1, timeout: 2000 });
      expect(JSON.parse(String(m.monitor_extend_info))).toMatchObject({ host: 'kokoro.example.com', path: '/health', port: 80, code: 400, failureRate: 50 });
    }
    // a DOMAIN pool tells GTM which address family its probe nodes resolve
    expect(monitors.map((m) => JSON.parse(String(m.monitor_extend_info)).nodeType).sort()).toEqual(['IPV4', undefined]);
  });

  test('nearest region: one GEO strategy per region, the primary also takes the default line, each fails over to the other', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: TrafficEngine.alibabaGtm() });
    const json = synthJson(stack);
    const poolId = (region: string) => `\${alicloud_alidns_address_pool.${Object.keys(json.resource!.alicloud_alidns_address_pool).find((k) => k.includes(region))}.id}`;
    const strategies = byName(json, 'alicloud_alidns_access_strategy', 'strategy_name');
    expect(strategies['kokoro-example-com-cn-hongkong']).toMatchObject({
      strategy_mode: 'GEO',
      access_mode: 'AUTO',
      lines: [{ line_code: 'os_asia_hk' }, { line_code: 'default' }],
      default_addr_pool_type: 'DOMAIN',
      default_addr_pools: [{ addr_pool_id: poolId('cn-hongkong'), lba_weight: 1 }],
      failover_addr_pool_type: 'IPV4',
      failover_addr_pools: [{ addr_pool_id: poolId('hcm03'), lba_weight: 1 }],
    });
    expect(strategies['kokoro-example-com-hcm03']).toMatchObject({
      lines: [{ line_code: 'os_asia_vn' }],
      default_addr_pools: [{ addr_pool_id: poolId('hcm03') }],
      failover_addr_pools: [{ addr_pool_id: poolId('cn-hongkong') }],
    });
  });

  test('creates a subscription instance with the TTL and a CNAME output, or uses an existing instance id', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', {
      hostname: 'kokoro.example.com', members: [hk(), vn()], ttlSeconds: 120, engine: TrafficEngine.alibabaGtm({ edition: GtmEdition.ULTIMATE }),
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_alidns_gtm_instance')).toMatchObject({
      package_edition: 'ultimate', payment_type: 'Subscription', ttl: 120, public_user_domain_name: 'example.com', strategy_mode: 'GEO',
    });
    expect(json.output?.kokoro_gtm_cname?.value).toMatch(/public_rr\}\.\$\{alicloud_alidns_gtm_instance\.\w+\.public_zone_name/);

    const existing = globalStack();
    new GtmFailoverDomain(existing, 'kokoro', {
      hostname: 'kokoro.example.com', members: [hk(), vn()], engine: TrafficEngine.alibabaGtm({ instanceId: 'gtm-cn-abc123' }),
    });
    const json2 = synthJson(existing);
    expect(resources(json2, 'alicloud_alidns_gtm_instance')).toHaveLength(0);
    expect(resources(json2, 'alicloud_alidns_address_pool').map((p) => p.instance_id)).toEqual(['gtm-cn-abc123', 'gtm-cn-abc123']);
  });

  test('the alicloud provider is created once, with no credentials in the JSON', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'a', { hostname: 'a.example.com', members: [hk({ hosts: ['*.example.com'] }), vn({ hosts: ['*.example.com'] })], engine: TrafficEngine.alibabaGtm() });
    new GtmFailoverDomain(stack, 'b', { hostname: 'b.example.com', members: [hk({ hosts: ['*.example.com'] }), vn({ hosts: ['*.example.com'] })], engine: TrafficEngine.alibabaGtm() });
    expect(synthJson(stack).provider?.alicloud).toEqual([{}]);
  });

  test('created disabled: addresses always answered and no automatic switch-over, health checks still run', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: TrafficEngine.alibabaGtm(), enabled: false });
    const json = synthJson(stack);
    expect(resources(json, 'alicloud_alidns_address_pool').flatMap((p) => (p.address as { mode: string }[]).map((a) => a.mode))).toEqual(['ONLINE', 'ONLINE']);
    expect(resources(json, 'alicloud_alidns_access_strategy').map((s) => s.access_mode)).toEqual(['DEFAULT', 'DEFAULT']);
    expect(resources(json, 'alicloud_alidns_monitor_config')).toHaveLength(2);
  });

  test('priority routing: one strategy on the default line, primary pool first, HTTPS with SNI', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', {
      hostname: 'kokoro.example.com', members: [hk(), vn()], engine: TrafficEngine.alibabaGtm(),
      routing: { mode: Routing.PRIORITY, primaryRegion: 'HCM03' },
      healthCheck: { protocol: HealthCheckProtocol.HTTPS, failuresToDown: 3, timeoutSeconds: 5 },
    });
    const json = synthJson(stack);
    const strategy = onlyResource(json, 'alicloud_alidns_access_strategy');
    expect(strategy).toMatchObject({ lines: [{ line_code: 'default' }], default_addr_pool_type: 'IPV4', failover_addr_pool_type: 'DOMAIN' });
    const monitor = resources(json, 'alicloud_alidns_monitor_config')[0];
    expect(monitor).toMatchObject({ protocol_type: 'HTTPS', evaluation_count: 3, timeout: 5000 });
    expect(JSON.parse(String(monitor.monitor_extend_info))).toMatchObject({ port: 443, sni: true });
  });

  test('explicit line codes serve a region the built-in table does not know', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', {
      hostname: 'kokoro.example.com',
      members: [hk(), vn({ region: 'sgp-edge', name: 'sg' })],
      engine: TrafficEngine.alibabaGtm({ lineCodes: { 'sgp-edge': ['os_asia_sg', 'os_asia_my'] } }),
    });
    const strategies = byName(synthJson(stack), 'alicloud_alidns_access_strategy', 'strategy_name');
    expect(strategies['kokoro-example-com-sgp-edge'].lines).toEqual([{ line_code: 'os_asia_sg' }, { line_code: 'os_asia_my' }]);
  });

  test('budget: 60 s checks + 60 s TTL = 122 s worst, 62 s typical; the seed measured 71.7 s', () => {
    const domain = new GtmFailoverDomain(globalStack(), 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: TrafficEngine.alibabaGtm() });
    expect(domain.budget.describe()).toBe('Alibaba GTM standard through Terraform: 60 s × 1 + 2 s + 60 s TTL = 122 s worst, 62 s typical');
    expect(domain.healthCheck).toMatchObject({ host: 'kokoro.example.com', intervalSeconds: 60, failuresToDown: 1, ttlSeconds: 60 });
  });
});
