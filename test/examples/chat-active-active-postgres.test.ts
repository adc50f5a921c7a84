import * as fs from 'fs';
import { synthExample, SynthesizedExample } from '../util/example';

// The chat example synthesized the way a user runs it; this file covers its Postgres part (examples/chat-active-active/postgres.ts).
const synth = (): SynthesizedExample => synthExample('chat-active-active');

describe('examples/chat-active-active: Postgres multi-master', () => {
  let first: SynthesizedExample;
  let second: SynthesizedExample;
  beforeAll(() => {
    first = synth();
    second = synth();
  });
  afterAll(() => {
    for (const r of [first, second]) if (r) fs.rmSync(r.dir, { recursive: true, force: true });
  });

  const pgedge = (s: string): Record<string, unknown> | undefined =>
    Object.values(first.stacks[s].resource?.helm_release ?? {}).find((r) => r.chart === 'pgedge');

  test('a pgEdge node in mn and in fsn1, nothing in mgmt; fsn1 runs init-spock', () => {
    const node = (s: string) => JSON.parse((pgedge(s)!.values as string[])[0]).pgEdge;
    expect(node('mn')).toMatchObject({ initSpock: false, nodes: [{ name: 'n1', ordinal: 1, hostname: 'astring-n1-primary.pgedge.svc.mn.internal' }] });
    expect(node('fsn1')).toMatchObject({ initSpock: true, nodes: [{ name: 'n2', ordinal: 2, hostname: 'astring-n2-primary.pgedge.svc.fsn1.internal' }] });
    expect(pgedge('mgmt')).toBeUndefined();
    expect(Object.keys(first.stacks.mgmt.resource ?? {}).filter((t) => t.startsWith('kubernetes_'))).toEqual([]);
  });

  test('no member stack depends on another (manifest.json)', () => {
    for (const s of ['mn', 'fsn1']) expect(first.manifest.stacks[s].dependencies ?? []).toEqual([]);
    for (const s of ['mn', 'fsn1']) expect(first.stacks[s].data?.terraform_remote_state).toBeUndefined();
  });

  test('the client CA is a sensitive variable of the same name in both member stacks, never a literal', () => {
    for (const s of ['mn', 'fsn1']) {
      expect(first.stacks[s].variable).toMatchObject({
        postgres_client_ca_crt: { sensitive: true }, postgres_client_ca_key: { sensitive: true },
      });
      // No PEM block and no password written as a value (variable names such as nats_client_password are fine).
      expect(first.text[s]).not.toMatch(/-----BEGIN|"[a-z_]*password"\s*:\s*"(?!\$\{)/i);
    }
  });

  test('synth is byte-for-byte deterministic', () => {
    for (const s of Object.keys(first.text)) expect(first.text[s]).toBe(second.text[s]);
  });
});
