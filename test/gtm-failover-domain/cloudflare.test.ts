import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { IngressV1 } from '@cdktf/provider-kubernetes/lib/ingress-v1';
import { ExistingCluster, IngressAddressType } from '../../lib';
import { FailoverMember, GtmFailoverDomain, HealthCheckProtocol, Routing, TrafficEngine } from '../../lib/gtm-failover-domain';
import { onlyResource, resources, StackJson, synthJson } from '../util/synth';
import { ACCOUNT, globalStack, hk, vn, ZONE } from './fixtures';

const cloudflare = (extra = {}) => TrafficEngine.cloudflare({ accountId: ACCOUNT, zoneId: ZONE, ...extra });

describe('GtmFailoverDomain with Cloudflare', () => {
  test('the monitor sends the served hostname as Host header, with fast-failover timings', () => {
    // GIVEN
    const stack = globalStack();
    // WHEN
    new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: cloudflare() });
    // THEN
    const monitor = onlyResource(synthJson(stack), 'cloudflare_load_balancer_monitor');
    expect(monitor).toMatchObject({
      account_id: ACCOUNT,
      type: 'http',
      path: '/health',
      port: 80,
      header: { Host: ['kokoro.example.com'] },
      expected_codes: '2xx',
      interval: 15,
      timeout: 5,
      retries: 0,
      consecutive_down: 2,
      consecutive_up: 2,
    });
  });

  test('one pool per region, nearest-region steering with the other region as failover, proxied', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: cloudflare() });
    const json = synthJson(stack);
    const pools = resources(json, 'cloudflare_load_balancer_pool');
    expect(pools.map((p) => (p.origins as { name: string; address: string }[]).map((o) => `${o.name}=${o.address}`))).toEqual([
      ['hk-ack=alb-abc123.cn-hongkong.alb.aliyuncs.com'],
      ['vn-vks=42.1.2.3'],
    ]);
    const lb = onlyResource(json, 'cloudflare_load_balancer');
    const [hkPool, vnPool] = Object.keys(json.resource!.cloudflare_load_balancer_pool).map((k) => `\${cloudflare_load_balancer_pool.${k}.id}`);
    expect(lb).toMatchObject({
      zone_id: ZONE,
      name: 'kokoro.example.com',
      proxied: true,
      enabled: true,
      steering_policy: 'geo',
      default_pools: [hkPool, vnPool],
      fallback_pool: hkPool,
      region_pools: { NEAS: [hkPool, vnPool], SEAS: [vnPool, hkPool] },
    });
    expect(lb.ttl).toBeUndefined();
  });

  test('the API token is a sensitive variable, never a literal', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: cloudflare() });
    const json = synthJson(stack);
    expect(json.provider?.cloudflare).toEqual([{ api_token: '${var.cloudflare_api_token}' }]);
    expect(json.variable?.cloudflare_api_token).toMatchObject({ sensitive: true, type: 'string' });
  });

  test('publishes the failover budget as an output whose name contains "failover"', () => {
    const stack = globalStack();
    const domain = new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: cloudflare() });
    expect(domain.budget.failoverWorstSeconds).toBe(35);
    expect(synthJson(stack).output?.kokoro_failover_budget?.value).toMatchObject({
      failover_worst_seconds: 35, failover_typical_seconds: 27.5, dns_cache_seconds: 0, recovery_seconds: 30,
    });
  });

  test('DNS-only load balancing carries the TTL and counts it in the budget', () => {
    const stack = globalStack();
    const domain = new GtmFailoverDomain(stack, 'kokoro', {
      hostname: 'kokoro.example.com', members: [hk(), vn()], engine: cloudflare({ proxied: false }), ttlSeconds: 30,
    });
    expect(onlyResource(synthJson(stack), 'cloudflare_load_balancer')).toMatchObject({ proxied: false, ttl: 30 });
    expect(domain.budget.failoverWorstSeconds).toBe(65);
  });

  test('created disabled: the load balancer is off while monitors already probe', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', { hostname: 'kokoro.example.com', members: [hk(), vn()], engine: cloudflare(), enabled: false });
    const json = synthJson(stack);
    expect(onlyResource(json, 'cloudflare_load_balancer').enabled).toBe(false);
    expect(resources(json, 'cloudflare_load_balancer_pool').every((p) => p.enabled === true)).toBe(true);
  });

  test('priority routing: steering off, pools in primary-first order', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', {
      hostname: 'kokoro.example.com', members: [hk(), vn()], engine: cloudflare(),
      routing: { mode: Routing.PRIORITY, primaryRegion: 'HCM03' },
    });
    const json = synthJson(stack);
    const lb = onlyResource(json, 'cloudflare_load_balancer');
    expect(lb.steering_policy).toBe('off');
    expect(lb.region_pools).toBeUndefined();
    expect(String((lb.default_pools as string[])[0])).toMatch(/pool-hcm03/);
    expect(String(lb.fallback_pool)).toMatch(/pool-hcm03/);
  });

  test('HTTPS health check on an explicit port and host; members in one region share a pool', () => {
    const stack = globalStack();
    new GtmFailoverDomain(stack, 'kokoro', {
      hostname: 'kokoro.example.com',
      members: [
        FailoverMember.endpoint({ name: 'vn-a', region: 'HCM03', address: '42.1.2.3' }),
        FailoverMember.endpoint({ name: 'vn-b', region: 'HCM03', address: '42.1.2.4' }),
        FailoverMember.endpoint({ name: 'hk', region: 'cn-hongkong', address: 'alb-1.cn-hongkong.alb.aliyuncs.com' }),
      ],
      healthCheck: { protocol: HealthCheckProtocol.HTTPS, port: 8443, host: 'health.example.com', path: '/ready' },
      engine: cloudflare(),
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'cloudflare_load_balancer_monitor')).toMatchObject({
      type: 'https', port: 8443, path: '/ready', header: { Host: ['health.example.com'] },
    });
    const origins = Object.fromEntries(resources(json, 'cloudflare_load_balancer_pool').map((p) => [p.name, (p.origins as { name: string }[]).map((o) => o.name)]));
    expect(origins).toEqual({ 'kokoro-example-com-hcm03': ['vn-a', 'vn-b'], 'kokoro-example-com-cn-hongkong': ['hk'] });
  });

  test('FailoverMember.endpoint guesses the address type from a literal', () => {
    expect(FailoverMember.endpoint({ name: 'a', region: 'r', address: '10.0.0.1' }).addressType).toBe(IngressAddressType.IPV4);
    expect(FailoverMember.endpoint({ name: 'a', region: 'r', address: 'lb.example.com' }).addressType).toBe(IngressAddressType.DOMAIN);
  });

  test('addresses read in the clusters\' stacks reach the global stack through outputs and remote state', () => {
    // GIVEN two cluster stacks, each with an ingress whose load-balancer address is known only after apply
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-xstack-'));
    const app = new App({ outdir });
    const endpointIn = (name: string, region: string, addressType: IngressAddressType): ReturnType<typeof FailoverMember.endpoint> => {
      const stack = new TerraformStack(app, name);
      const cluster = new ExistingCluster(stack, 'cluster', {
        clusterName: name, region, kubeContext: name, podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16', ingressAddressType: addressType,
      });
      const ingress = new IngressV1(stack, 'ingress', {
        provider: cluster.kubernetesProvider,
        metadata: { name: 'kokoro', namespace: 'default' },
        spec: { rule: [{ host: 'kokoro.example.com' }] },
      });
      const lb = ingress.status.get(0).loadBalancer.get(0).ingress.get(0);
      return FailoverMember.endpoint({
        name, region, addressType, hosts: ['kokoro.example.com'], healthPath: '/health',
        address: addressType === IngressAddressType.IPV4 ? lb.ip : lb.hostname,
      });
    };
    const members = [endpointIn('hk-ack', 'cn-hongkong', IngressAddressType.DOMAIN), endpointIn('vn-vks', 'HCM03', IngressAddressType.IPV4)];
    const global = new TerraformStack(app, 'global');
    // WHEN
    new GtmFailoverDomain(global, 'kokoro', { hostname: 'kokoro.example.com', members, engine: cloudflare() });
    app.synth();
    const read = (name: string): StackJson => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
    // THEN the global stack reads each address from the cluster stack's state
    const json = read('global');
    expect(Object.keys((json.data as Record<string, object>).terraform_remote_state).sort())
      .toEqual(['cross-stack-reference-input-hk-ack', 'cross-stack-reference-input-vn-vks']);
    const addresses = Object.fromEntries(resources(json, 'cloudflare_load_balancer_pool').map((p) => [p.name, (p.origins as { address: string }[])[0].address]));
    expect(addresses['kokoro-example-com-cn-hongkong']).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-hk-ack\.outputs\./);
    expect(addresses['kokoro-example-com-hcm03']).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-vn-vks\.outputs\./);
    // and each cluster stack publishes the address it read from its ingress status
    expect(Object.values(read('hk-ack').output ?? {}).map((o) => o.value))
      .toContainEqual(expect.stringMatching(/kubernetes_ingress_v1\.ingress\.status\[0\]\.load_balancer\[0\]\.ingress\[0\]\.hostname/));
    expect(Object.values(read('vn-vks').output ?? {}).map((o) => o.value))
      .toContainEqual(expect.stringMatching(/kubernetes_ingress_v1\.ingress\.status\[0\]\.load_balancer\[0\]\.ingress\[0\]\.ip/));
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});
