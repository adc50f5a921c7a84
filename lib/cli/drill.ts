/**
 * `cdktf-multiregion drill`: requests a URL at a fixed interval while the operator takes a member
 * down, resolving the name afresh for every request, and reports the outages it saw.
 */
import { promises as dns } from 'dns';
import * as fs from 'fs';
import * as net from 'net';
import { SingleBar } from 'cli-progress';
import { analyzeDrill, compareWithBudget, DrillSample, DrillSummary, Prediction } from './drill-analysis';
import { renderReport, terminalTimeline } from './drill-report';
import { ExpectedCodes, sendCheck } from './http-check';
import { CliError, findDomain, readSynthesizedApp } from './synthesized-app';

/** Where one request goes: the address and port to connect to. */
export interface ResolvedTarget {
  readonly address: string;
  readonly port: number;
}

/** Resolves the URL's host for one request. Called once per request: no caching. */
export type DrillResolver = (host: string, port: number) => Promise<ResolvedTarget>;

/** Options of the `drill` command, as commander parses them. */
export interface DrillOptions {
  readonly url: string;
  readonly host?: string;
  readonly intervalMs?: string;
  readonly durationSeconds?: string;
  readonly untilRecovered?: boolean;
  readonly recoveredSeconds?: string;
  readonly maxSeconds?: string;
  readonly timeoutMs?: string;
  readonly expect?: string;
  readonly dnsServer?: string[];
  readonly resolve?: string[];
  readonly insecure?: boolean;
  readonly json?: string;
  readonly report?: string;
  readonly from?: string;
  readonly domain?: string;
}

/** What the caller provides besides options (tests pass a fake resolver and an abort signal). */
export interface DrillIo {
  readonly out: (s: string) => void;
  /** Live progress goes to this stream when it is a terminal. */
  readonly progress?: NodeJS.WriteStream;
  readonly resolver?: DrillResolver;
  readonly signal?: AbortSignal;
}

function number(flag: string, value: string | undefined, fallback: number | undefined, min: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new CliError(`${flag} ${value}: expected a number of at least ${min}`);
  return n;
}

/** `host:port:address` (curl's --resolve), or `host:port:address:port2` to also change the port. */
export function parseResolve(spec: string): { host: string; port: number; target: ResolvedTarget } {
  const m = /^([^:\s]+):(\d{1,5}):(\[[0-9a-fA-F:.]+\]|[^:\s]+)(?::(\d{1,5}))?$/.exec(spec);
  if (!m) throw new CliError(`--resolve ${spec}: expected host:port:address (as curl), or host:port:address:port`);
  const address = m[3].replace(/^\[|\]$/g, '');
  if (net.isIP(address) === 0) throw new CliError(`--resolve ${spec}: '${address}' is not an IP address`);
  return { host: m[1].toLowerCase(), port: Number(m[2]), target: { address, port: Number(m[4] ?? m[2]) } };
}

/** Fresh resolution per request: a new resolver each time (no shared cache), IPv4 first, then IPv6. */
export function dnsResolver(servers: string[] = [], pins: ReturnType<typeof parseResolve>[] = []): DrillResolver {
  return async (host, port) => {
    const pin = pins.find((p) => p.host === host.toLowerCase() && p.port === port);
    if (pin) return pin.target;
    if (net.isIP(host) !== 0) return { address: host, port };
    const resolver = new dns.Resolver({ timeout: 2000, tries: 1 });
    if (servers.length > 0) resolver.setServers(servers);
    try {
      const v4 = await resolver.resolve4(host);
      if (v4.length > 0) return { address: v4[0], port };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENODATA') throw e;
    }
    const v6 = await resolver.resolve6(host);
    return { address: v6[0], port };
  };
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const onAbort = () => { clearTimeout(timer); resolve(); };
  const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, Math.max(0, ms));
  signal?.addEventListener('abort', onAbort, { once: true });
});

/** The prediction of `--from --domain`: the budget the library computed at synth and published as `<id>_failover_budget`. */
export function predictionOf(from: string, domainId: string): Prediction {
  const d = findDomain(readSynthesizedApp(from), domainId);
  return { engine: d.budget.engine, typicalSeconds: d.budget.failoverTypicalSeconds, worstSeconds: d.budget.failoverWorstSeconds, formula: d.budget.formula };
}

/** Runs the drill; returns the exit code (1 when a prediction was given and the failover exceeded its worst case). */
export async function runDrill(o: DrillOptions, io: DrillIo): Promise<number> {
  let url: URL;
  try {
    url = new URL(o.url);
  } catch {
    throw new CliError(`--url ${o.url}: not a URL; expected e.g. https://kokoro.example.com/health`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`--url ${o.url}: expected an http:// or https:// URL`);
  const intervalMs = number('--interval-ms', o.intervalMs, 250, 10)!;
  const duration = number('--duration-seconds', o.durationSeconds, undefined, 0.1);
  if (duration === undefined && !o.untilRecovered) throw new CliError('drill needs --duration-seconds <n> or --until-recovered');
  const recoveredMs = number('--recovered-seconds', o.recoveredSeconds, 10, 0.1)! * 1000;
  const maxMs = number('--max-seconds', o.maxSeconds, 900, 1)! * 1000;
  const timeoutMs = number('--timeout-ms', o.timeoutMs, Math.min(2000, Math.max(intervalMs * 4, 500)), 1)!;
  const expected = ExpectedCodes.parse(o.expect ?? '200-399');
  if ((o.from === undefined) !== (o.domain === undefined)) throw new CliError('--from and --domain go together (the budget of a domain of a synthesized app)');
  const prediction = o.from !== undefined ? predictionOf(o.from, o.domain!) : undefined;
  const resolver = io.resolver ?? dnsResolver(o.dnsServer ?? [], (o.resolve ?? []).map(parseResolve));

  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const hostHeader = o.host ?? url.host;
  const protocol = url.protocol === 'https:' ? 'HTTPS' : 'HTTP';
  const samples: DrillSample[] = [];
  const started = performance.now();
  const startedWall = Date.now();
  const stopAt = duration !== undefined ? duration * 1000 : maxMs;

  const bar = io.progress?.isTTY
    ? new SingleBar({ stream: io.progress, format: '{elapsed}s  {requests} requests  {state}  downtime {downtime} s  {last}', hideCursor: true, fps: 8 })
    : undefined;
  bar?.start(0, 0, { elapsed: '0.0', requests: 0, state: 'starting', downtime: '0.0', last: '' });

  const one = async (): Promise<void> => {
    const t = Math.round((performance.now() - started) * 10) / 10;
    const at = new Date(startedWall + t).toISOString();
    let target: ResolvedTarget;
    try {
      target = await resolver(host, port);
    } catch (e) {
      samples.push({ t, at, latencyMs: 0, ok: false, error: `dns: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    const r = await sendCheck({ protocol, address: target.address, port: target.port, path: `${url.pathname}${url.search}`, host: hostHeader, timeoutMs, insecure: o.insecure });
    samples.push({
      t, at, address: target.address, port: target.port,
      ...(r.status !== undefined ? { status: r.status } : {}), latencyMs: r.latencyMs,
      ok: r.status !== undefined && expected.matches(r.status), ...(r.error !== undefined ? { error: r.error } : {}),
    });
  };

  const recovered = (now: number): boolean => {
    if (!o.untilRecovered) return false;
    const sorted = [...samples].sort((a, b) => a.t - b.t);
    const lastFail = sorted.filter((s) => !s.ok).pop();
    if (!lastFail) return false;
    const okAfter = sorted.filter((s) => s.t > lastFail.t);
    return okAfter.length > 0 && now - okAfter[0].t >= recoveredMs;
  };

  const inflight = new Set<Promise<void>>();
  for (let i = 0; ; i++) {
    const t = i * intervalMs;
    if (t >= stopAt || io.signal?.aborted) break;
    await sleep(started + t - performance.now(), io.signal);
    if (io.signal?.aborted) break;
    const p = one().finally(() => inflight.delete(p));
    inflight.add(p);
    if (bar) {
      const s = analyzeDrill(samples, intervalMs);
      const lastSample = samples[samples.length - 1];
      bar.update(0, {
        elapsed: (t / 1000).toFixed(1), requests: samples.length, downtime: s.downtimeSeconds.toFixed(1),
        state: s.outages.some((x) => x.open) ? 'DOWN' : 'up',
        last: lastSample ? `${lastSample.address ?? '-'} ${lastSample.status ?? lastSample.error}` : '',
      });
    }
    if (recovered(t)) break;
  }
  await Promise.all([...inflight]);
  bar?.stop();

  const summary = analyzeDrill(samples, intervalMs);
  const comparison = prediction ? compareWithBudget(summary, prediction) : undefined;
  printSummary(io.out, url, hostHeader, intervalMs, summary, samples);
  if (comparison) io.out(`\nfailover ${comparison.sentence} (${prediction!.engine}: ${prediction!.formula})`);
  const document = {
    url: url.toString(), host: hostHeader, intervalMs, ...summary,
    ...(prediction ? { predicted: prediction, withinBudget: comparison!.withinBudget } : {}),
    samples: [...samples].sort((a, b) => a.t - b.t),
  };
  if (o.json) {
    fs.writeFileSync(o.json, `${JSON.stringify(document, null, 2)}\n`);
    io.out(`wrote ${o.json}`);
  }
  if (o.report) {
    fs.writeFileSync(o.report, await renderReport(o.report, document, comparison?.sentence));
    io.out(`wrote ${o.report}`);
  }
  return comparison && !comparison.withinBudget ? 1 : 0;
}

function printSummary(out: (s: string) => void, url: URL, host: string, intervalMs: number, s: DrillSummary, samples: DrillSample[]): void {
  const pct = (r: number) => `${Math.round(r * 1000) / 10} %`;
  const sec = (n: number) => `${Math.round(n * 100) / 100} s`;
  const requests = (n: number) => `${n} ${n === 1 ? 'request' : 'requests'}`;
  out(`drill of ${url.toString()} (Host: ${host}) every ${intervalMs} ms: ${requests(s.requests)} over ${sec(s.durationSeconds)}, ${s.succeeded} succeeded (${pct(s.overallSuccessRate)})`);
  if (s.outages.length === 0) {
    out('no outage seen');
  } else {
    for (const [i, o] of s.outages.entries()) {
      out(`outage ${i + 1}: ${o.startedAt} -> ${o.endedAt}${o.open ? ' (still down when the drill ended)' : ''}: ${sec(o.seconds)}, ${requests(o.failedRequests)} failed`);
    }
    out(`total downtime ${sec(s.downtimeSeconds)}; failover (first failure to last recovery) ${sec(s.failoverSeconds)}; success rate during the failover ${pct(s.successRate)}`);
  }
  const list = (a: string[]) => (a.length > 0 ? a.join(', ') : 'none');
  const same = list(s.addressesBefore) === list(s.addressesAfter);
  out(s.switched
    ? `served by ${list(s.addressesBefore)} before, ${list(s.addressesAfter)} after: the traffic moved`
    : s.outages.length === 0 || same
      ? `served by ${list(s.addressesBefore)}${s.outages.length > 0 ? ' before and after: the same address came back' : ''}`
      : `served by ${list(s.addressesBefore)} before and ${list(s.addressesAfter)} after`);
  out('');
  out(terminalTimeline(samples, intervalMs));
}
