/**
 * `npm run synth`: runs the app that cdktf.json names (the default example) the way `cdktf synth`
 * does, then prints what was written and every annotation (info, warning, error) from the
 * synthesized manifest.json, so a synth warning is seen instead of only landing in a file.
 *
 *   npm run synth                                  # cdktf.json's app, into cdktf.out/ (or $CDKTF_OUTDIR)
 *   npm run synth -- examples/vks-gpu/main.ts      # another TypeScript app
 *
 * Exit code: the app's own when it fails; 1 when the manifest holds an error annotation (the app only
 * gets that far with CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS set); 0 otherwise.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Annotation {
  readonly constructPath: string;
  readonly level: string;
  readonly message: string;
}
interface StackManifest {
  readonly name: string;
  readonly synthesizedStackPath: string;
  readonly annotations: Annotation[];
}

const LEVELS: Record<string, string> = { '@cdktf/info': 'INFO', '@cdktf/warn': 'WARNING', '@cdktf/error': 'ERROR' };

const root = path.resolve(__dirname, '..');
const config = JSON.parse(fs.readFileSync(path.join(root, 'cdktf.json'), 'utf8')) as { app: string; output?: string };
const entry = process.argv[2];
const command = entry ? `npx tsx ${JSON.stringify(entry)}` : config.app;
const outdir = path.resolve(root, process.env.CDKTF_OUTDIR ?? config.output ?? 'cdktf.out');

const started = Date.now();
const run = spawnSync(command, { cwd: root, shell: true, stdio: 'inherit', env: { ...process.env, CDKTF_OUTDIR: outdir } });
if (run.status !== 0) {
  console.error(`synth failed: \`${command}\` exited with ${run.status ?? run.signal}`);
  process.exit(run.status ?? 1);
}

const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, StackManifest> };
const stacks = Object.values(manifest.stacks);
const rel = (p: string) => path.relative(process.cwd(), p) || '.';
console.log(`\`${command}\` synthesized ${stacks.length} stack(s) into ${rel(outdir)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
const width = Math.max(...stacks.map((s) => s.name.length));
for (const s of stacks) {
  const file = path.join(outdir, s.synthesizedStackPath);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { resource?: Record<string, Record<string, unknown>> };
  const resources = Object.values(json.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
  console.log(`  ${s.name.padEnd(width)}  ${rel(file)}  (${resources} resources)`);
}

const annotations = stacks.flatMap((s) => s.annotations);
for (const a of annotations) {
  const line = `[${LEVELS[a.level] ?? a.level}] ${a.constructPath}: ${a.message}`;
  if (a.level === '@cdktf/info') console.log(line);
  else console.error(line);
}
const count = (level: string) => annotations.filter((a) => a.level === level).length;
console.log(`${count('@cdktf/warn')} warning(s), ${count('@cdktf/error')} error(s)`);
if (count('@cdktf/error') > 0) process.exit(1);
