/**
 * `npm run synth` (scripts/synth.ts) prints what it wrote and every annotation, as `cdktf synth` does.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('npm run synth', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-script-'));
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('prints each stack written and the warning the app reported', () => {
    // GIVEN the default example, whose ACK cluster has a public API server (a synth warning)
    // WHEN synthesized through the script
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli', { paths: [ROOT] }), 'scripts/synth.ts'], {
      cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: outdir }, encoding: 'utf8',
    });

    // THEN it succeeds, lists the three stacks with their files, and prints the warning with its construct path
    expect(run.status).toBe(0);
    for (const stack of ['ack-hongkong', 'vks-hcm', 'global']) {
      expect(run.stdout).toMatch(new RegExp(`${stack}\\s+\\S*stacks/${stack}/cdk\\.tf\\.json\\s+\\(\\d+ resources\\)`));
    }
    expect(run.stderr).toMatch(/\[WARNING\] ack-hongkong\/ack: hk-ack: the API server has an internet endpoint/);
    expect(run.stdout).toMatch(/1 warning\(s\), 0 error\(s\)/);
  });
});
