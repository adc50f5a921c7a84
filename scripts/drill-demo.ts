/**
 * A failover drill on the loopback interface, for the README: two members on 127.0.0.1 (two ports),
 * member A taken down 4 s in, and a stand-in for the traffic manager's DNS that starts answering B
 * at 10 s for some resolvers and for all of them at 14 s (cached answers expiring at different times).
 * It runs the real drill code (requests, analysis, terminal chart, ECharts SVG); only the resolver is
 * simulated. Nothing leaves the machine.
 *
 *   npx tsx scripts/drill-demo.ts [report.svg]
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { runDrill } from '../lib/cli/drill';

async function serve(): Promise<http.Server> {
  const server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return server;
}

async function main(): Promise<void> {
  const a = await serve();
  const b = await serve();
  const portOf = (s: http.Server) => (s.address() as AddressInfo).port;
  const started = Date.now();
  setTimeout(() => { a.closeAllConnections(); a.close(); }, 4000);
  // Deterministic mix during the switch: request n goes to B when (n * 7) % 10 < share of resolvers already switched.
  let n = 0;
  const resolver = async () => {
    const s = (Date.now() - started) / 1000;
    const share = s < 10 ? 0 : s >= 14 ? 10 : Math.round((s - 10) * 2.5);
    return { address: '127.0.0.1', port: (n++ * 7) % 10 < share ? portOf(b) : portOf(a) };
  };
  const report = process.argv[2] ?? 'docs/drill-example.svg';
  const code = await runDrill(
    { url: `http://kokoro.ai.example.com:${portOf(a)}/health`, intervalMs: '250', durationSeconds: '18', report, json: report.replace(/\.svg$/, '.json') },
    { out: (s) => console.log(s), resolver },
  );
  b.close();
  process.exitCode = code;
}

void main();
