import { stackText, synthesizedTwice } from '../util/examples';

// The default example, synthesized the way a user runs it (`npx tsx examples/ai-inference/main.ts`).
describe('examples/ai-inference', () => {
  const runs = synthesizedTwice('ai-inference');

  test('one stack per cluster plus a global one, each with only its own cloud', () => {
    expect(Object.keys(runs.first.stacks).sort()).toEqual(['ack-hongkong', 'global', 'vks-hcm']);
    const types = (s: string): string[] => Object.keys(runs.first.stacks[s].resource ?? {});
    expect(types('ack-hongkong').filter((t) => t.startsWith('vngcloud_'))).toEqual([]);
    expect(types('vks-hcm').filter((t) => t.startsWith('alicloud_'))).toEqual([]);
    expect(types('global').sort()).toEqual([
      'alicloud_alidns_access_strategy', 'alicloud_alidns_address_pool', 'alicloud_alidns_gtm_instance', 'alicloud_alidns_monitor_config',
    ]);
    // the global stack reads both ingress addresses from the cluster stacks' state, not from their resources
    expect(Object.keys(runs.first.stacks.global.data ?? {})).toEqual(['terraform_remote_state']);
  });

  test('the failover budget is an output of the global stack', () => {
    const out = runs.first.stacks.global.output as Record<string, { value: Record<string, unknown> }>;
    expect(out.kokoro_failover_budget.value).toMatchObject({ failover_worst_seconds: 122 });
  });

  test('synth is byte-for-byte deterministic', () => {
    for (const s of Object.keys(runs.first.stacks)) {
      expect(stackText(runs.first, s)).toBe(stackText(runs.second, s));
    }
  });

  test('credentials are variables or references, never literals', () => {
    const vars = runs.first.stacks['vks-hcm'].variable as Record<string, { sensitive?: boolean; default?: unknown }>;
    for (const name of ['vngcloud_client_id', 'vngcloud_client_secret', 'vks_lb_client_id', 'vks_lb_client_secret']) {
      expect(vars[name]).toMatchObject({ sensitive: true });
      expect(vars[name]).not.toHaveProperty('default');
    }
    const json = JSON.stringify(runs.first.stacks);
    for (const key of ['client_secret', 'client_key', 'token', 'password', 'api_token', 'access_key', 'secret_key']) {
      for (const m of json.matchAll(new RegExp(`"${key}":"([^"]*)"`, 'g'))) expect(m[1]).toMatch(/^\$\{/);
    }
  });
});
