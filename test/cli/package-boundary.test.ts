import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../lib/cli/program';
import { capture } from './servers';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI_DEPENDENCIES = ['commander', 'undici', 'cli-table3', 'cli-progress', 'asciichart', 'echarts', 'zrender', 'yaml'];

describe('the command and the library', () => {
  test('importing the package index loads none of the command\'s dependencies', () => {
    // GIVEN a fresh Node process that loads lib/index.ts the way an app imports the package
    const script = `
      require('./lib/index.ts');
      const loaded = Object.keys(require.cache).filter((f) => f.includes('/node_modules/'));
      console.log(JSON.stringify(loaded.map((f) => f.split('/node_modules/').pop().split('/')[0])));
    `;
    const out = execFileSync(process.execPath, ['--require', path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cjs', 'index.cjs'), '-e', script], { cwd: ROOT, encoding: 'utf8' });
    const packages = new Set(JSON.parse(out.trim().split('\n').pop()!) as string[]);
    // THEN the library's own dependencies are there and the CLI's are not
    expect(packages.has('cdktf')).toBe(true);
    expect(CLI_DEPENDENCIES.filter((d) => packages.has(d))).toEqual([]);
  });

  test('the package index exports nothing from the command', () => {
    const source = fs.readFileSync(path.join(ROOT, 'lib', 'index.ts'), 'utf8');
    expect(source).not.toMatch(/cli/);
  });

  test('--help lists the three commands', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const c of ['probe', 'drill', 'pipeline']) expect(io.stdout()).toMatch(new RegExp(`^  ${c} `, 'm'));
  });
});
