/**
 * The `cdktf-multiregion` command: probe, drill and pipeline. Not exported from the package index:
 * importing the library never loads the command's dependencies.
 */
import { Command, CommanderError, Option } from 'commander';
import { runDrill } from './drill';
import { runPipeline } from './pipeline';
import { runProbe } from './probe';
import { CliError } from './synthesized-app';

/** Where the command writes, and what tests can replace. */
export interface CliIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** Live drill progress is drawn on it when it is a terminal. @default - none */
  readonly progress?: NodeJS.WriteStream;
  readonly signal?: AbortSignal;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function version(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- package.json sits two or three levels up (lib/cli or dist/lib/cli)
    return (require(require.resolve('cdktf-multiregion/package.json', { paths: [__dirname] })) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Runs the command with `argv` (without `node` and the script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = new Command('cdktf-multiregion')
    .description('Operator tools for cdktf-multiregion apps: probe health checks as the traffic manager sends them, drill a failover, generate a CI pipeline.')
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .showHelpAfterError();

  program.command('probe')
    .description('Send each failover-domain member the health check its traffic manager sends (protocol, port, path, Host header, codes, timeout). Exit 0 when all are healthy, 1 otherwise.')
    .option('--from <outdir>', 'synthesized app (the directory cdktf synth wrote, e.g. cdktf.out)')
    .option('--domain <id>', 'construct id (or path) of the GtmFailoverDomain in that app')
    .option('--member <name=address[:port]>', 'a member and its address (repeatable); with --from, overrides the address read from state', collect)
    .option('--host <host>', 'Host header (and TLS server name) of the check')
    .option('--path <path>', 'path of the check')
    .option('--port <port>', 'port of the check')
    .addOption(new Option('--protocol <protocol>', 'protocol of the check').choices(['http', 'https', 'tcp']))
    .option('--expect <codes>', 'healthy status codes: 200, 2xx, 200-399 or a comma list')
    .option('--timeout-seconds <n>', 'timeout of one check')
    .option('--insecure', 'accept any TLS certificate')
    .option('--json', 'print the results as JSON')
    .action(async (o) => { code = await runProbe(o, io.out); });

  program.command('drill')
    .description('Request a URL at a fixed interval with a fresh DNS resolution each time while you take a member down; report outages, downtime and the switch of addresses.')
    .requiredOption('--url <url>', 'URL to request, e.g. https://kokoro.example.com/health')
    .option('--host <host>', 'Host header to send instead of the URL\'s host')
    .option('--interval-ms <ms>', 'milliseconds between requests', '250')
    .option('--duration-seconds <n>', 'stop after this many seconds')
    .option('--until-recovered', 'stop once an outage has ended and requests have succeeded for --recovered-seconds')
    .option('--recovered-seconds <n>', 'seconds of success that count as recovered', '10')
    .option('--max-seconds <n>', 'longest drill with --until-recovered', '900')
    .option('--timeout-ms <ms>', 'timeout of one request (default: 4 intervals, from 500 to 2000 ms)')
    .option('--expect <codes>', 'status codes that count as success', '200-399')
    .option('--dns-server <ip[:port]>', 'DNS server to ask instead of the system\'s (repeatable)', collect)
    .option('--resolve <host:port:address>', 'pin host:port to an address, as curl --resolve; host:port:address:port also changes the port (repeatable)', collect)
    .option('--insecure', 'accept any TLS certificate')
    .option('--json <file>', 'write the measurements (downtimeSeconds, successRate, outages, samples) as JSON')
    .option('--report <file>', 'write a chart: file.svg or file.html')
    .option('--from <outdir>', 'synthesized app whose domain budget the measurement is compared with')
    .option('--domain <id>', 'construct id of the GtmFailoverDomain (with --from); exit 1 when the failover exceeds its worst case')
    .action(async (o) => { code = await runDrill(o, { out: io.out, progress: io.progress, signal: io.signal }); });

  program.command('pipeline')
    .description('Write a CI pipeline with a plan and an apply job per stack, ordered by the cross-stack dependencies of the synthesized app.')
    .requiredOption('--from <outdir>', 'synthesized app (the directory cdktf synth wrote)')
    .addOption(new Option('--format <format>', 'CI system').choices(['gitlab', 'github']).makeOptionMandatory())
    .option('--terraform-version <version>', 'Terraform version pinned in the pipeline', '1.11.4')
    .option('--node-version <version>', 'Node.js version of the synth job', '20')
    .option('--synth-command <command>', 'command that synthesizes the app into $CDKTF_OUTDIR (default: "app" of ./cdktf.json)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action((o) => { code = runPipeline(o, io.out, io.err); });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      io.err(`cdktf-multiregion: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
