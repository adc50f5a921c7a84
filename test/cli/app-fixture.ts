import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Synthesizes an example the way a user does (`tsx examples/<name>/main.ts`) into a temp outdir,
 * from a temp working directory so the local backend's state paths land there too.
 */
export function synthExample(name: string): { outdir: string; cwd: string } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), `cli-${name}-`));
  const outdir = path.join(cwd, 'cdktf.out');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'examples', name, 'main.ts')], {
    cwd, env: { ...process.env, CDKTF_OUTDIR: outdir }, stdio: 'pipe',
  });
  return { outdir, cwd };
}

/** A minimal synthesized app with one Cloudflare-engine domain (members a and b) whose published budget is `worstSeconds`. */
export function fakeCloudflareApp(worstSeconds: number, typicalSeconds: number, originAddress = '127.0.0.1'): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-fake-'));
  fs.mkdirSync(path.join(outdir, 'stacks', 'global'), { recursive: true });
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({
    stacks: { global: { name: 'global', dependencies: [], synthesizedStackPath: 'stacks/global/cdk.tf.json', workingDirectory: 'stacks/global' } },
  }));
  const meta = (p: string, id: string) => ({ '//': { metadata: { path: p, uniqueId: id } } });
  fs.writeFileSync(path.join(outdir, 'stacks', 'global', 'cdk.tf.json'), JSON.stringify({
    '//': { outputs: { global: { web: { 'failover-budget': 'web_failover_budget' } } } },
    output: {
      web_failover_budget: {
        value: {
          engine: 'test engine', failover_worst_seconds: worstSeconds, failover_typical_seconds: typicalSeconds,
          recovery_seconds: 1, formula: `test = ${worstSeconds} s`,
        },
      },
    },
    resource: {
      cloudflare_load_balancer_monitor: {
        web_monitor: { ...meta('global/web/monitor', 'web_monitor'), type: 'http', port: 80, path: '/health', expected_codes: '2xx', header: { Host: ['web.example.com'] }, timeout: 1, interval: 10 },
      },
      cloudflare_load_balancer_pool: {
        web_pool: { ...meta('global/web/pool-a', 'web_pool'), name: 'web-a', origins: [{ name: 'a', address: originAddress }, { name: 'b', address: '127.0.0.1' }] },
      },
    },
  }));
  return outdir;
}
