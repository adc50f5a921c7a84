import * as dgram from 'dgram';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeDrill, compareWithBudget, DrillSample } from '../../lib/cli/drill-analysis';
import { DrillOptions, dnsResolver, parseResolve, runDrill } from '../../lib/cli/drill';
import { serverName } from '../../lib/cli/http-check';
import { runCli } from '../../lib/cli/program';
import { fakeCloudflareApp } from './app-fixture';
import { capture, LoopbackServer } from './servers';

const ok = (): Parameters<typeof LoopbackServer.start>[0] => (_req, res) => res.end('ok');
const INTERVAL = 100;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cli-drill-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface DrillJson {
  downtimeSeconds: number;
  successRate: number;
  failoverSeconds: number;
  outages: { startedAt: string; endedAt: string; seconds: number; open: boolean }[];
  addressesBefore: string[];
  addressesAfter: string[];
  switched: boolean;
  samples: DrillSample[];
  withinBudget?: boolean;
}

describe('cdktf-multiregion drill', () => {
  test('reports one outage within one interval of the real one, with the JSON fields', async () => {
    // GIVEN a member that goes down 1 s into the drill and comes back 2 s later
    const server = await LoopbackServer.start(ok());
    const dir = tmp();
    const io = capture();
    const started = performance.now();
    let downAt = 0;
    let upAt = 0;
    const outage = (async () => {
      await sleep(1000);
      await server.down();
      downAt = performance.now() - started;
      await sleep(2000);
      await server.up();
      upAt = performance.now() - started;
    })();
    // WHEN the drill runs for 4.5 s at 100 ms through the command line
    const code = await runCli(['drill', '--url', `http://127.0.0.1:${server.port}/health`, '--host', 'kokoro.example.com',
      '--interval-ms', String(INTERVAL), '--duration-seconds', '4.5', '--json', path.join(dir, 'drill.json'), '--report', path.join(dir, 'drill.svg')], io);
    await outage;
    await server.down();
    // THEN it saw exactly one outage, as long as the real one give or take an interval
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'drill.json'), 'utf8')) as DrillJson;
    const real = (upAt - downAt) / 1000;
    expect(code).toBe(0);
    expect(doc.outages).toHaveLength(1);
    expect(Math.abs(doc.outages[0].seconds - real)).toBeLessThanOrEqual(INTERVAL / 1000);
    expect(doc.downtimeSeconds).toBe(doc.outages[0].seconds);
    if (doc.successRate !== 0) console.log(JSON.stringify(doc.samples.map((s) => [s.t, s.ok])));
    expect(doc.successRate).toBe(0);
    expect(Date.parse(doc.outages[0].endedAt) - Date.parse(doc.outages[0].startedAt)).toBeCloseTo(doc.outages[0].seconds * 1000, -1);
    expect(doc.outages[0].open).toBe(false);
    expect(doc.samples.every((s) => s.address === '127.0.0.1')).toBe(true);
    expect(server.hosts.every((h) => h === 'kokoro.example.com')).toBe(true);
    expect(io.stdout()).toMatch(/outage 1: .* -> .*: \d+(\.\d+)? s, \d+ requests failed/);
    expect(io.stdout()).toContain('success rate per');
    expect(fs.readFileSync(path.join(dir, 'drill.svg'), 'utf8')).toMatch(/^<svg[^>]*width="960"/);
  });

  test('reports the address change when a second member takes over', async () => {
    // GIVEN member a serving, going down at 0.8 s, and the traffic manager answering b from 1.6 s
    const a = await LoopbackServer.start(ok());
    const b = await LoopbackServer.start(ok());
    const started = performance.now();
    let lookups = 0;
    const resolver = async (host: string) => {
      lookups++;
      expect(host).toBe('kokoro.example.com');
      return { address: '127.0.0.1', port: performance.now() - started < 1600 ? a.port : b.port };
    };
    setTimeout(() => void a.down(), 800);
    const dir = tmp();
    const io = capture();
    // WHEN the drill runs until it has seen 0.5 s of recovery
    const options: DrillOptions = {
      url: `http://kokoro.example.com:${a.port}/health`, intervalMs: String(INTERVAL), untilRecovered: true, recoveredSeconds: '0.5',
      maxSeconds: '10', json: path.join(dir, 'drill.json'),
    };
    const code = await runDrill(options, { out: io.out, resolver });
    await b.down();
    // THEN it names the addresses before and after the switch, and resolved once per request
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'drill.json'), 'utf8')) as DrillJson;
    expect(code).toBe(0);
    expect(doc.addressesBefore).toEqual([`127.0.0.1:${a.port}`]);
    expect(doc.addressesAfter).toEqual([`127.0.0.1:${b.port}`]);
    expect(doc.switched).toBe(true);
    expect(doc.outages).toHaveLength(1);
    expect(doc.outages[0].seconds).toBeGreaterThanOrEqual(0.8 - INTERVAL / 1000);
    expect(lookups).toBe(doc.samples.length);
    expect(io.stdout()).toContain(`served by 127.0.0.1:${a.port} before, 127.0.0.1:${b.port} after: the traffic moved`);
    expect(io.stdout()).toMatch(/served: A+x+B+/);
  });

  test('compares with the domain\'s budget and exits 1 when the failover exceeds its worst case', async () => {
    // GIVEN a domain that promises 0.6 s worst case, and a member down for about 1 s
    const server = await LoopbackServer.start(ok());
    const outdir = fakeCloudflareApp(0.6, 0.4);
    setTimeout(() => void server.down(), 300);
    setTimeout(() => void server.up(), 1300);
    const io = capture();
    // WHEN drilled with --resolve pinning the domain's name to the loopback server
    const code = await runCli(['drill', '--url', `http://web.example.com:${server.port}/`, '--resolve', `web.example.com:${server.port}:127.0.0.1`,
      '--interval-ms', String(INTERVAL), '--duration-seconds', '1.8', '--from', outdir, '--domain', 'web', '--report', path.join(outdir, 'drill.html')], io);
    await server.down();
    // THEN it says so, in the HTML report too, and fails
    expect(io.stdout()).toMatch(/failover measured \d(\.\d)? s; predicted 0\.4 s typical, 0\.6 s worst: over budget by/);
    expect(fs.readFileSync(path.join(outdir, 'drill.html'), 'utf8')).toMatch(/<strong>measured .* over budget by .*<\/strong>[\s\S]*<svg[\s\S]*<table>/);
    expect(code).toBe(1);
  });

  test('within budget: the seed\'s 71.7 s against the GTM budget', () => {
    const samples: DrillSample[] = [0, 1, 2].map((i) => ({ t: i * 1000, at: new Date(i * 1000).toISOString(), latencyMs: 1, ok: i !== 1 }));
    const summary = { ...analyzeDrill(samples, 1000), failoverSeconds: 71.7 };
    expect(compareWithBudget(summary, { engine: 'Alibaba GTM', typicalSeconds: 62, worstSeconds: 122, formula: '' }).sentence)
      .toBe('measured 71.7 s; predicted 62 s typical, 122 s worst: within budget');
  });

  test('success rate during the failover counts the requests that got through while it flapped', () => {
    // GIVEN ok, fail, ok, fail, fail, ok at one-second steps (a failover in which some resolvers already switched)
    const pattern = [true, false, true, false, false, true];
    const samples = pattern.map((good, i) => ({ t: i * 1000, at: new Date(i * 1000).toISOString(), address: '192.0.2.1', port: 80, latencyMs: 1, ok: good }));
    const s = analyzeDrill(samples, 1000);
    expect(s.outages.map((o) => o.seconds)).toEqual([1, 2]);
    expect(s.downtimeSeconds).toBe(3);
    expect(s.failoverSeconds).toBe(4);
    expect(s.successRate).toBe(0.25);
  });

  test('an outage still open when the drill ends is closed one interval after the last failure', () => {
    const samples = [true, false, false].map((good, i) => ({ t: i * 250, at: new Date(i * 250).toISOString(), latencyMs: 1, ok: good }));
    const s = analyzeDrill(samples, 250);
    expect(s.outages).toEqual([expect.objectContaining({ open: true, seconds: 0.5, startSeconds: 0.25 })]);
  });

  test('pins with --resolve, passes IP literals through, and resolves names afresh', async () => {
    const pins = [parseResolve('web.example.com:443:192.0.2.7'), parseResolve('web.example.com:8443:127.0.0.1:9443')];
    const resolve = dnsResolver([], pins);
    await expect(resolve('web.example.com', 443)).resolves.toEqual({ address: '192.0.2.7', port: 443 });
    await expect(resolve('WEB.example.com', 8443)).resolves.toEqual({ address: '127.0.0.1', port: 9443 });
    await expect(resolve('127.0.0.1', 80)).resolves.toEqual({ address: '127.0.0.1', port: 80 });
  });

  test('--dns-server: every request sends its own query to that server (no client cache)', async () => {
    // GIVEN a UDP listener on 127.0.0.1 that counts DNS queries and never answers
    const queries: Buffer[] = [];
    const server = dgram.createSocket('udp4');
    server.on('message', (m) => queries.push(m));
    await new Promise<void>((resolve) => server.bind(0, '127.0.0.1', () => resolve()));
    const dir = tmp();
    try {
      // WHEN a drill of 3 requests asks it for web.example.com
      const io = capture();
      await runCli(['drill', '--url', 'http://web.example.com/health', '--dns-server', `127.0.0.1:${server.address().port}`,
        '--interval-ms', '100', '--duration-seconds', '0.3', '--json', path.join(dir, 'drill.json')], io);
      // THEN it received a query per request, and the requests failed with a DNS error
      const doc = JSON.parse(fs.readFileSync(path.join(dir, 'drill.json'), 'utf8')) as DrillJson;
      expect(doc.samples).toHaveLength(3);
      expect(doc.samples.every((x) => x.error?.startsWith('dns: ') && !x.ok)).toBe(true);
      expect(queries.filter((q) => q.includes(Buffer.from('\x07example\x03com', 'latin1'))).length).toBeGreaterThanOrEqual(3);
    } finally {
      server.close();
    }
  });

  test('throws when --resolve is not host:port:address', () => {
    expect(() => parseResolve('web.example.com:443')).toThrow('--resolve web.example.com:443: expected host:port:address');
    expect(() => parseResolve('web.example.com:443:not-an-ip')).toThrow("'not-an-ip' is not an IP address");
  });

  test('throws when neither --duration-seconds nor --until-recovered is given', async () => {
    const io = capture();
    expect(await runCli(['drill', '--url', 'http://127.0.0.1:9/'], io)).toBe(2);
    expect(io.stderr()).toContain('drill needs --duration-seconds <n> or --until-recovered');
  });

  test('throws when --url is not an http(s) URL', async () => {
    const io = capture();
    expect(await runCli(['drill', '--url', 'ftp://x/', '--duration-seconds', '1'], io)).toBe(2);
    expect(io.stderr()).toContain('--url ftp://x/: expected an http:// or https:// URL');
  });
});

describe('TLS server name', () => {
  test('is the Host header without its port, and none for IP addresses', () => {
    expect(serverName('kokoro.example.com:8443')).toBe('kokoro.example.com');
    expect(serverName('kokoro.example.com')).toBe('kokoro.example.com');
    expect(serverName('127.0.0.1:443')).toBeUndefined();
    expect(serverName('[::1]:443')).toBeUndefined();
  });
});
