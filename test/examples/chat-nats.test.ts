import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The chat example as a user runs it (`npx tsx examples/chat-active-active/main.ts`), NATS part.
const root = path.resolve(__dirname, '..', '..');
type StackJson = { resource?: Record<string, Record<string, Record<string, unknown>>>; variable?: Record<string, Record<string, unknown>> };

describe('examples/chat-active-active: NATS super-cluster', () => {
  let dir: string;
  let stacks: Record<string, StackJson>;
  let manifest: { stacks: Record<string, { dependencies: string[] }> };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chat-nats-'));
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'examples/chat-active-active/main.ts'], {
      cwd: root, env: { ...process.env, CDKTF_OUTDIR: dir }, stdio: 'pipe',
    });
    stacks = Object.fromEntries(fs.readdirSync(path.join(dir, 'stacks')).map((s) =>
      [s, JSON.parse(fs.readFileSync(path.join(dir, 'stacks', s, 'cdk.tf.json'), 'utf8')) as StackJson]));
    manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const natsRelease = (s: string): Record<string, unknown> | undefined =>
    Object.values(stacks[s].resource?.helm_release ?? {}).find((r) => r.chart === 'nats');

  test('a nats release in mn and fsn1 only, each in its own stack, gateway port 7522', () => {
    expect(natsRelease('mgmt')).toBeUndefined();
    for (const [self, peer] of [['mn', 'fsn1'], ['fsn1', 'mn']]) {
      const release = natsRelease(self)!;
      expect(release).toMatchObject({ name: `nats-${self}`, version: '2.14.2', namespace: 'nats' });
      const values = JSON.parse((release.values as string[])[0]);
      expect(values.config.gateway).toMatchObject({ port: 7522, merge: { name: self, gateways: [{ name: peer }] } });
      const secret = Object.values(stacks[self].resource?.kubernetes_secret_v1 ?? {}).find((r) => (r.metadata as { name: string }).name === `nats-${self}-credentials`)!;
      expect((secret.data as Record<string, string>)[`gateway-url-${peer}`]).toMatch(new RegExp(`@nats-${peer}-headless\\.nats\\.svc\\.${peer}\\.internal:7522$`));
    }
  });

  test('no member stack depends on another', () => {
    // mn and fsn1 are the NATS members; mgmt (a hub for other constructs) may read them one way.
    for (const s of ['mn', 'fsn1']) expect(manifest.stacks[s].dependencies).toEqual([]);
  });

  test('the NATS passwords are sensitive variables without defaults in both member stacks', () => {
    for (const s of ['mn', 'fsn1']) {
      for (const v of ['nats_client_password', 'nats_gateway_password']) {
        expect(stacks[s].variable?.[v]).toMatchObject({ sensitive: true });
        expect(stacks[s].variable?.[v]).not.toHaveProperty('default');
      }
    }
  });
});
