import { stackText, synthesizedTwice } from '../util/examples';

// The Cassandra part of the chat example, synthesized the way a user runs it (`npx tsx examples/chat-active-active/main.ts`).
type Json = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

/** Construct paths of the chat-history resources in one stack. */
function historyPaths(json: Json): string[] {
  return Object.values(json.resource ?? {}).flatMap((byId) => Object.values(byId))
    .map((r) => String(((r['//'] as Record<string, unknown>).metadata as Record<string, unknown>).path))
    .filter((p) => p.includes('/chat-history/'));
}

describe('examples/chat-active-active: chat history (CassandraMultiDc)', () => {
  const runs = synthesizedTwice<Json>('chat-active-active');

  test('each member\'s part is in its own stack: datacenters in mn and fsn1, the control plane and the K8ssandraCluster in mgmt', () => {
    for (const s of ['mn', 'fsn1', 'mgmt']) {
      const paths = historyPaths(runs.first.stacks[s]);
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) expect(p.startsWith(`${s}/cluster/chat-history/`)).toBe(true);
    }
    expect(historyPaths(runs.first.stacks.mgmt).some((p) => p.endsWith('/k8ssandra-cluster/release'))).toBe(true);
  });

  test('no member stack depends on another; mgmt (the hub) reads both datacenters', () => {
    expect(runs.first.dependencies.mn).toEqual([]);
    expect(runs.first.dependencies.fsn1).toEqual([]);
    expect(runs.first.dependencies.mgmt).toEqual(expect.arrayContaining(['mn', 'fsn1']));
  });

  test('the kubeconfigs cross stacks only as sensitive outputs', () => {
    for (const s of ['mn', 'fsn1']) {
      const outputs = Object.values((runs.first.stacks[s].output ?? {}) as unknown as Record<string, { sensitive?: boolean }>);
      expect(outputs.length).toBeGreaterThan(0);
      for (const o of outputs) expect(o.sensitive).toBe(true);
    }
  });

  test('synth is byte-for-byte deterministic', () => {
    for (const s of Object.keys(runs.first.stacks)) {
      expect(stackText(runs.first, s)).toBe(stackText(runs.second, s));
    }
  });
});
