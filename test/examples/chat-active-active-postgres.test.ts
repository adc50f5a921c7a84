import { stackText, synthesizedTwice } from '../util/examples';

// The chat example synthesized the way a user runs it; this file covers its Postgres part (examples/chat-active-active/postgres.ts).
describe('examples/chat-active-active: Postgres multi-master', () => {
  const runs = synthesizedTwice('chat-active-active');

  const pgedge = (s: string): Record<string, unknown> | undefined =>
    Object.values(runs.first.stacks[s].resource?.helm_release ?? {}).find((r) => r.chart === 'pgedge');

  test('a pgEdge node in mn and in fsn1, nothing in mgmt; fsn1 runs init-spock', () => {
    const node = (s: string) => JSON.parse((pgedge(s)!.values as string[])[0]).pgEdge;
    expect(node('mn')).toMatchObject({ initSpock: false, nodes: [{ name: 'n1', ordinal: 1, hostname: 'astring-n1-primary.pgedge.svc.mn.internal' }] });
    expect(node('fsn1')).toMatchObject({ initSpock: true, nodes: [{ name: 'n2', ordinal: 2, hostname: 'astring-n2-primary.pgedge.svc.fsn1.internal' }] });
    expect(pgedge('mgmt')).toBeUndefined();
    // mgmt is not a Postgres member: none of its resources belongs to the Postgres construct.
    expect(stackText(runs.first, 'mgmt')).not.toMatch(/"path": "[^"]*\/postgres\//);
  });

  test('no member stack depends on another (manifest.json)', () => {
    for (const s of ['mn', 'fsn1']) expect(runs.first.dependencies[s] ?? []).toEqual([]);
    for (const s of ['mn', 'fsn1']) expect(runs.first.stacks[s].data?.terraform_remote_state).toBeUndefined();
  });

  test('the client CA is a sensitive variable of the same name in both member stacks, never a literal', () => {
    for (const s of ['mn', 'fsn1']) {
      expect(runs.first.stacks[s].variable).toMatchObject({
        postgres_client_ca_crt: { sensitive: true }, postgres_client_ca_key: { sensitive: true },
      });
      // No PEM block and no password written as a value (variable names such as nats_client_password are fine).
      expect(stackText(runs.first, s)).not.toMatch(/-----BEGIN|"[a-z_]*password"\s*:\s*"(?!\$\{)/i);
    }
  });

  test('synth is byte-for-byte deterministic', () => {
    for (const s of Object.keys(runs.first.stacks)) expect(stackText(runs.first, s)).toBe(stackText(runs.second, s));
  });
});
