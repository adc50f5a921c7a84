#!/usr/bin/env node
/**
 * Synth benchmark. Times, in one run and side by side:
 *   - the baseline: `node -e "require('cdktf')"` (loading cdktf alone),
 *   - every compiled example (dist/examples/<name>/main.js), synthesizing into a temp dir,
 *   - a generated 50-cluster topology (dist/bench/topology.js) in two shapes: the cluster contract and
 *     one add-on per cluster, and the full GPU stack (ACK/VKS/existing clusters, a workload on each,
 *     a global failover domain),
 * as the median wall time of RUNS interleaved rounds (default 9, after one warm-up round), with
 * each one's ratio to the baseline and its peak RSS. Targets (from the issue): examples <= 2x baseline and < 150 MB; topology <= 3x.
 * It prints; it gates nothing. Run with `npm run bench` (builds first).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const runs = Math.max(5, Number(process.env.RUNS || 9));
const probe = path.join(__dirname, 'rss-probe.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-mr-bench-'));

function runOnce(c, i) {
  const rssFile = path.join(tmp, `rss-${i}`);
  const out = path.join(tmp, `out-${i}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', probe, ...c.args], {
    cwd: root,
    env: { ...process.env, ...c.env, CDKTF_OUTDIR: out, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${c.args.join(' ')} failed:\n${r.stderr}`);
  const rss = Number(fs.readFileSync(rssFile, 'utf8'));
  fs.rmSync(out, { recursive: true, force: true });
  return { ms, rss };
}

const exDir = path.join(root, 'dist', 'examples');
if (!fs.existsSync(exDir)) {
  console.error('dist/examples is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}
const cases = [{ name: "baseline: require('cdktf')", args: ['-e', "require('cdktf')"], env: {}, target: 0 }];
for (const name of fs.readdirSync(exDir).sort()) {
  const main = path.join(exDir, name, 'main.js');
  if (fs.existsSync(main)) cases.push({ name: `example ${name}`, args: [main], env: {}, target: 2, mbTarget: 150 });
}
const topo = path.join(root, 'dist', 'bench', 'topology.js');
if (fs.existsSync(topo)) {
  cases.push({ name: 'topology: 50 clusters, contract', args: [topo], env: { BENCH_CLUSTERS: '50', BENCH_TOPOLOGY: 'contract' }, target: 3 });
  cases.push({ name: 'topology: 50 GPU clusters, full', args: [topo], env: { BENCH_CLUSTERS: '50', BENCH_TOPOLOGY: 'full' }, target: 3 });
}

// Rounds interleave the cases (baseline, every example, topology; again ...), so a slow spell of
// the machine hits every case alike instead of skewing one case's median. One warm-up round first.
for (const c of cases) runOnce(c, 'warm');
const samples = cases.map(() => ({ times: [], peak: 0 }));
for (let round = 0; round < runs; round++) {
  cases.forEach((c, i) => {
    const { ms, rss } = runOnce(c, `${round}-${i}`);
    samples[i].times.push(ms);
    samples[i].peak = Math.max(samples[i].peak, rss);
  });
}
fs.rmSync(tmp, { recursive: true, force: true });
const rows = cases.map((c, i) => {
  const times = samples[i].times.sort((a, b) => a - b);
  return { ...c, median: times[Math.floor(times.length / 2)], min: times[0], peakMB: samples[i].peak / 1024 / 1024 };
});
const baseline = rows[0];

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`node ${process.version}, ${os.cpus().length} cores, median of ${runs} interleaved rounds\n`);
console.log(`${pad('case', 34)}${lpad('median ms', 10)}${lpad('min ms', 9)}${lpad('ratio', 8)}${lpad('peak MB', 9)}  target`);
let within = true;
for (const r of rows) {
  const ratio = r.median / baseline.median;
  let verdict = '';
  if (r.target) {
    const ok = ratio <= r.target && (!r.mbTarget || r.peakMB < r.mbTarget);
    within = within && ok;
    verdict = `<= ${r.target}x${r.mbTarget ? `, < ${r.mbTarget} MB` : ''}: ${ok ? 'within' : 'OVER'}`;
  }
  console.log(`${pad(r.name, 34)}${lpad(r.median.toFixed(0), 10)}${lpad(r.min.toFixed(0), 9)}${lpad(ratio.toFixed(2) + 'x', 8)}${lpad(r.peakMB.toFixed(0), 9)}  ${verdict}`);
}
console.log(`\n${within ? 'All cases within their targets.' : 'Some cases are over their targets (see OVER).'}`);
