/**
 * `npm run conformance`: synthesize every example (examples/<name>/main.ts) into a temp dir,
 * then init + validate + plan each synthesized stack with the real terraform binary, offline,
 * against schema-only providers (see docs/conformance.md).
 *
 *   npm run conformance                          # all examples
 *   npm run conformance -- --example ai-inference # one example (repeatable)
 *   npm run conformance -- path/to/cdktf.out      # an existing synth outdir (or a stack dir)
 *
 * Options: --launch (Terraform starts the provider processes itself through the mirror
 * instead of reattaching to long-running ones), --jobs N (stacks in parallel, default 2),
 * --validate-only, --keep (keep the temp dir and print its path).
 *
 * Exit code: 0 when every stack passed (or when ../shared/reference/terraform or terraform is
 * absent: the check is skipped, except under CI=true, where that fails), 1 on any failure.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkSynthDir, type StackResult } from './check';
import { availability, childNodeEnv, Harness, type HarnessMode } from './harness';
import { PROJECT_ROOT } from './providers';

interface Args {
  dirs: string[];
  examples: string[];
  mode: HarnessMode;
  jobs: number;
  keep: boolean;
  validateOnly: boolean;
}

function usage(): never {
  console.log(
    'usage: npm run conformance -- [--example <name>]... [<cdktf-outdir>]... [--launch] [--jobs N] [--validate-only] [--keep]',
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = { dirs: [], examples: [], mode: 'reattach', jobs: 2, keep: false, validateOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--example' || x === '-e') a.examples.push(argv[++i] ?? usage());
    else if (x.startsWith('--example=')) a.examples.push(x.slice('--example='.length));
    else if (x === '--launch') a.mode = 'launch';
    else if (x === '--reattach') a.mode = 'reattach';
    else if (x === '--jobs' || x === '-j') a.jobs = Number(argv[++i] ?? usage());
    else if (x === '--keep') a.keep = true;
    else if (x === '--validate-only') a.validateOnly = true;
    else if (x === '--help' || x === '-h') usage();
    else if (x.startsWith('-')) {
      console.error(`unknown option ${x}`);
      usage();
    } else a.dirs.push(path.resolve(x));
  }
  if (!Number.isFinite(a.jobs) || a.jobs < 1) a.jobs = 1;
  return a;
}

interface SynthOutcome {
  name: string;
  outdir: string;
  ms: number;
  ok: boolean;
  output: string;
}

/** Runs `tsx examples/<name>/main.ts` with CDKTF_OUTDIR=<outdir> (cwd: project root). */
function synthExample(root: string, name: string, outdir: string): Promise<SynthOutcome> {
  const t0 = Date.now();
  const tsxCli = require.resolve('tsx/cli', { paths: [root] });
  const main = path.join(root, 'examples', name, 'main.ts');
  fs.mkdirSync(path.dirname(outdir), { recursive: true });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, main], {
      cwd: root,
      env: childNodeEnv({ CDKTF_OUTDIR: outdir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ name, outdir, ms: Date.now() - t0, ok: code === 0, output }));
    child.on('error', (e) => resolve({ name, outdir, ms: Date.now() - t0, ok: false, output: String(e) }));
  });
}

function listExamples(root: string): string[] {
  const dir = path.join(root, 'examples');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'main.ts')))
    .map((e) => e.name)
    .sort();
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c >= 2 && c <= 6 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const root = PROJECT_ROOT;
  const args = parseArgs(process.argv.slice(2));
  const avail = availability(root);
  if (!avail.ok) {
    // CI must not pass by skipping: there the reference data and terraform are part of the setup.
    if (process.env.CI === 'true') {
      console.error(`conformance check cannot run in CI: ${avail.reason ?? 'not available'}`);
      process.exit(1);
    }
    console.log(`conformance check skipped: ${avail.reason ?? 'not available'}`);
    return;
  }
  const t0 = Date.now();
  const harness = await Harness.create({ root, mode: args.mode, keepTemp: args.keep });
  let failed = false;
  const results: StackResult[] = [];
  const cleanup = async () => {
    await harness.close();
  };
  process.once('SIGINT', () => {
    void cleanup().then(() => process.exit(130));
  });
  try {
    console.log(
      `conformance: terraform ${avail.terraform}, mode ${args.mode}, setup ${harness.setupMs} ms` +
        (args.keep ? `, temp dir ${harness.tmp}` : ''),
    );
    const targets: { label: string; dir: string }[] = args.dirs.map((d) => ({ label: path.basename(d), dir: d }));
    const examples = args.examples.length || !args.dirs.length ? (args.examples.length ? args.examples : listExamples(root)) : [];
    for (const e of args.examples) {
      if (!fs.existsSync(path.join(root, 'examples', e, 'main.ts'))) {
        console.error(`no example examples/${e}/main.ts`);
        failed = true;
      }
    }
    const toSynth = examples.filter((e) => fs.existsSync(path.join(root, 'examples', e, 'main.ts')));
    if (!toSynth.length && !targets.length) {
      console.log('conformance: nothing to check (no examples/*/main.ts)');
      return;
    }
    // Each example is synthesized in its own process, then its stacks are checked; examples
    // run `jobs` at a time so one example's terraform work overlaps another's synth.
    const synthRoot = path.join(harness.tmp, 'synth');
    const perTarget: StackResult[][] = [];
    const checkTarget = async (label: string, dir: string): Promise<StackResult[]> => {
      try {
        return await checkSynthDir(dir, { harness, label, jobs: args.jobs, validateOnly: args.validateOnly });
      } catch (e) {
        failed = true;
        console.log(`${label}: ${e instanceof Error ? e.message : String(e)}`);
        return [];
      }
    };
    const work: (() => Promise<void>)[] = [];
    targets.forEach((t, i) =>
      work.push(async () => {
        perTarget[i] = await checkTarget(t.label, t.dir);
      }),
    );
    toSynth.forEach((name, j) =>
      work.push(async () => {
        const s = await synthExample(root, name, path.join(synthRoot, name));
        console.log(`synth ${s.name}: ${s.ok ? 'ok' : 'FAILED'} (${s.ms} ms)`);
        if (!s.ok) {
          failed = true;
          console.log(s.output.trim().split('\n').map((l) => `  ${l}`).join('\n'));
          perTarget[targets.length + j] = [];
          return;
        }
        perTarget[targets.length + j] = await checkTarget(name, s.outdir);
      }),
    );
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(args.jobs, work.length) }, async () => {
        while (next < work.length) await work[next++]();
      }),
    );
    for (const r of perTarget) results.push(...(r ?? []));

    if (results.length) {
      const rows = [['example', 'stack', 'to add', 'init ms', 'validate ms', 'plan ms', 'result']];
      for (const r of results) {
        rows.push([
          r.example,
          r.stack,
          args.validateOnly ? '-' : `${r.creates}/${r.resources}`,
          String(r.initMs),
          String(r.validateMs),
          args.validateOnly ? '-' : String(r.planMs),
          r.ok ? 'ok' : `FAILED (${r.failedAt})`,
        ]);
      }
      console.log(`\n${table(rows)}\n`);
      for (const r of results) {
        if (r.ok && !r.warnings.length) continue;
        const lines = [...r.errors.map((e) => `  error: ${e}`), ...r.warnings.map((w) => `  warning: ${w}`)];
        if (lines.length) console.log(`${r.example}/${r.stack}:\n${lines.join('\n')}`);
      }
    }
    if (results.some((r) => !r.ok)) failed = true;
    const n = results.length;
    const avg = (f: (r: StackResult) => number) => (n ? Math.round(results.reduce((s, r) => s + f(r), 0) / n) : 0);
    console.log(
      `conformance: ${results.filter((r) => r.ok).length}/${n} stacks passed in ${Date.now() - t0} ms ` +
        `(per stack avg: init ${avg((r) => r.initMs)} ms, validate ${avg((r) => r.validateMs)} ms, plan ${avg((r) => r.planMs)} ms; ` +
        `${os.cpus().length} cpus)`,
    );
  } finally {
    await cleanup();
  }
  if (failed) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exitCode = 1;
});
