import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The chat example as a user runs it, for the NetBird bridge's part (examples/chat-active-active/network.ts).
const root = path.resolve(__dirname, '..', '..');
type Json = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

describe('examples/chat-active-active: NetBird bridge', () => {
  let dir: string;
  let stacks: Record<string, Json>;
  let manifest: { stacks: Record<string, { dependencies: string[] }> };
  const synth = (): string => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'chat-network-'));
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'examples/chat-active-active/main.ts'], {
      cwd: root, env: { ...process.env, CDKTF_OUTDIR: out }, stdio: 'pipe',
    });
    return out;
  };
  beforeAll(() => {
    dir = synth();
    manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    stacks = Object.fromEntries(Object.keys(manifest.stacks).map((s) =>
      [s, JSON.parse(fs.readFileSync(path.join(dir, 'stacks', s, 'cdk.tf.json'), 'utf8')) as Json]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('no member stack depends on another; mgmt (the hub, holding the policies) reads mn and fsn1 one way', () => {
    expect(manifest.stacks.mn.dependencies).toEqual([]);
    expect(manifest.stacks.fsn1.dependencies).toEqual([]);
    expect([...manifest.stacks.mgmt.dependencies].sort()).toEqual(['fsn1', 'mn']);
  });

  test('each member\'s NetBird objects and Kubernetes objects are in its own stack only', () => {
    for (const name of ['mn', 'fsn1', 'mgmt']) {
      const groups = Object.values(stacks[name].resource.netbird_group).map((g) => String(g.name));
      expect(groups.every((g) => g.startsWith(`k8s-${name}-`))).toBe(true);
      const keys = Object.values(stacks[name].resource.netbird_setup_key).map((k) => k.name);
      expect(keys).toEqual([`k8s-${name}-router`]);
      const text = JSON.stringify(stacks[name].resource.helm_release);
      expect(text).toContain(`netbird-bridge-${name}`);
      for (const other of ['mn', 'fsn1', 'mgmt'].filter((o) => o !== name)) expect(text).not.toContain(`netbird-bridge-${other}"`);
    }
    expect(Object.keys(stacks.mn.resource)).not.toContain('netbird_policy');
    expect(Object.keys(stacks.mgmt.resource.netbird_policy)).toHaveLength(3);
  });

  test('synth is byte-for-byte deterministic', () => {
    const again = synth();
    try {
      for (const s of Object.keys(stacks)) {
        const read = (d: string): string => fs.readFileSync(path.join(d, 'stacks', s, 'cdk.tf.json'), 'utf8').split(d).join('<out>');
        expect(read(again)).toBe(read(dir));
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });

  test('the NetBird API token is a sensitive variable in every stack, never a literal', () => {
    for (const name of ['mn', 'fsn1', 'mgmt']) {
      const v = (stacks[name] as unknown as { variable: Record<string, Record<string, unknown>> }).variable.netbird_api_token;
      expect(v).toMatchObject({ sensitive: true });
      expect(v).not.toHaveProperty('default');
      const provider = (stacks[name] as unknown as { provider: { netbird: { token: string }[] } }).provider.netbird[0];
      expect(provider.token).toBe('${var.netbird_api_token}');
    }
  });
});
