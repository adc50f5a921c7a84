import { findDomain, findDomains, readSynthesizedApp } from '../../lib/cli/synthesized-app';
import { synthExample } from './app-fixture';

describe('reading a failover domain back from a synthesized app', () => {
  test('Alibaba GTM (examples/ai-inference): the monitors\' check, the members, the published budget', () => {
    const app = readSynthesizedApp(synthExample('ai-inference').outdir);
    const d = findDomain(app, 'kokoro');
    expect(d).toMatchObject({ id: 'kokoro', path: 'global/kokoro', stack: 'global', engine: 'alibaba-gtm', hostname: 'kokoro.ai.example.com' });
    expect(d.members.map((m) => [m.name, m.address.kind, m.address.kind === 'stack-output' ? m.address.stack : ''])).toEqual([
      ['hk-ack', 'stack-output', 'ack-hongkong'], ['hcm-vks', 'stack-output', 'vks-hcm'],
    ]);
    // GTM's code 400 is a threshold: anything above it fails, so 100-400 is healthy (a 404 is not)
    expect(d.members[0].check).toEqual({
      protocol: 'HTTP', port: 80, path: '/health', host: 'kokoro.ai.example.com', expect: '100-400',
      expectSource: 'GTM code 400: a status above 400 fails', timeoutSeconds: 2, intervalSeconds: 60,
    });
    expect(d.budget).toMatchObject({ failoverTypicalSeconds: 62, failoverWorstSeconds: 122, formula: '60 s × 1 + 2 s + 60 s TTL = 122 s' });
    expect(app.stacks.find((s) => s.name === 'vks-hcm')!.sensitiveVariables).toEqual(
      ['vks_lb_client_id', 'vks_lb_client_secret', 'vngcloud_client_id', 'vngcloud_client_secret']);
  });

  test('Cloudflare (examples/global-failover-cloudflare): the monitor\'s Host header, codes and timeout', () => {
    const app = readSynthesizedApp(synthExample('global-failover-cloudflare').outdir);
    expect(findDomains(app).map((d) => d.path)).toEqual(['global/kokoro']);
    const d = findDomain(app, 'global/kokoro');
    expect(d.engine).toBe('cloudflare');
    expect(d.members.map((m) => m.name)).toEqual(['hk', 'hcm']);
    expect(d.members[1].check).toMatchObject({ protocol: 'HTTP', port: 80, path: '/health', host: 'kokoro.example.com', expect: '2xx', timeoutSeconds: 5, intervalSeconds: 15 });
    expect(d.budget).toMatchObject({ failoverTypicalSeconds: 27.5, failoverWorstSeconds: 35 });
  });
});
