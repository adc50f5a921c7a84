import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** An example synthesized the way a user runs it (`npx tsx examples/<name>/main.ts`), into a temporary outdir. */
export interface SynthesizedExample {
  /** The outdir (remove it after the test). */
  readonly dir: string;
  /** Each stack's cdk.tf.json, with the outdir replaced by `<out>`. */
  readonly text: Record<string, string>;
  /** The same, parsed. */
  readonly stacks: Record<string, Record<string, Record<string, Record<string, Record<string, unknown>>>>>;
  /** manifest.json: the stacks and their dependencies. */
  readonly manifest: { readonly stacks: Record<string, { readonly dependencies?: string[] }> };
}

const root = path.resolve(__dirname, '..', '..');

/** Runs examples/<name>/main.ts with CDKTF_OUTDIR set to a fresh temporary directory and reads what it wrote. */
export function synthExample(name: string): SynthesizedExample {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), `examples/${name}/main.ts`], {
    cwd: root, env: { ...process.env, CDKTF_OUTDIR: dir }, stdio: 'pipe',
  });
  const names = fs.readdirSync(path.join(dir, 'stacks'));
  const text = Object.fromEntries(names.map((s) => [s, fs.readFileSync(path.join(dir, 'stacks', s, 'cdk.tf.json'), 'utf8').split(dir).join('<out>')]));
  return {
    dir,
    text,
    stacks: Object.fromEntries(names.map((s) => [s, JSON.parse(text[s])])),
    manifest: JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')),
  };
}
