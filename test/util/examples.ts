import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** One synthesized example: its out dir, every stack's JSON and each stack's dependencies (manifest.json). */
export interface ExampleSynth<J = Record<string, Record<string, Record<string, Record<string, unknown>>>>> {
  readonly dir: string;
  readonly stacks: Record<string, J>;
  readonly dependencies: Record<string, string[]>;
}

/** Synthesizes `examples/<name>/main.ts` the way a user runs it (`npx tsx …`), into a temp dir. */
export function synthExample<J = ExampleSynth['stacks'][string]>(name: string): ExampleSynth<J> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), `examples/${name}/main.ts`], {
    cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: dir }, stdio: 'pipe',
  });
  const stacks = Object.fromEntries(fs.readdirSync(path.join(dir, 'stacks')).map((s) =>
    [s, JSON.parse(fs.readFileSync(path.join(dir, 'stacks', s, 'cdk.tf.json'), 'utf8')) as J]));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { dependencies: string[] }> };
  const dependencies = Object.fromEntries(Object.entries(manifest.stacks).map(([k, v]) => [k, v.dependencies]));
  return { dir, stacks, dependencies };
}

/** A stack's cdk.tf.json text with the out dir masked, to compare two synths byte for byte. */
export function stackText(synth: ExampleSynth<unknown>, stack: string): string {
  return fs.readFileSync(path.join(synth.dir, 'stacks', stack, 'cdk.tf.json'), 'utf8').split(synth.dir).join('<out>');
}

/** Removes the synth dirs. */
export function removeSynths(...synths: (ExampleSynth<unknown> | undefined)[]): void {
  for (const s of synths) if (s) fs.rmSync(s.dir, { recursive: true, force: true });
}

/**
 * Synthesizes an example twice in `beforeAll` (the second run checks determinism) and removes both
 * in `afterAll`. Read `first` and `second` inside tests.
 */
export function synthesizedTwice<J = ExampleSynth['stacks'][string]>(name: string): { first: ExampleSynth<J>; second: ExampleSynth<J> } {
  const runs = {} as { first: ExampleSynth<J>; second: ExampleSynth<J> };
  beforeAll(() => {
    runs.first = synthExample<J>(name);
    runs.second = synthExample<J>(name);
  });
  afterAll(() => removeSynths(runs.first, runs.second));
  return runs;
}
