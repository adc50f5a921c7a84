/**
 * The offline Terraform harness: a per-run temp dir with
 *
 * - the conformance provider bundled to one JS file (esbuild, cached under .conformance/),
 * - a filesystem mirror `<mirror>/registry.terraform.io/<ns>/<type>/<version>/<os_arch>/
 *   terraform-provider-<type>_v<version>`, each a shell script exec'ing node on that bundle
 *   with the provider's schema file, so `terraform init` installs providers offline,
 * - a CLI config (TF_CLI_CONFIG_FILE) that only ever installs from that mirror,
 * - in "reattach" mode (the default) one long-running provider process per provider,
 *   handed to Terraform through TF_REATTACH_PROVIDERS, so validate/plan do not start a node
 *   process per provider per command; in "launch" mode Terraform starts the mirror's
 *   executables itself (go-plugin handshake with AutoMTLS).
 *
 * Everything lives under os.tmpdir() and is removed by close(); provider processes started
 * here are killed by close() (and exit by themselves when this process goes away).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT, PROVIDERS, providerAddress, prepareSchemaFile, referenceDir, sharedDir, type ProviderEntry } from './providers';
import { generateServerTls, writeServerTls } from './tls';

export type HarnessMode = 'reattach' | 'launch';

export interface HarnessOptions {
  /** Project root (default: two levels above this file). */
  root?: string;
  mode?: HarnessMode;
  /** Keep the temp dir on close (its path is in `harness.tmp`). */
  keepTemp?: boolean;
  terraform?: string;
}

export interface Availability {
  ok: boolean;
  reason?: string;
  terraform?: string;
  refDir: string;
}

/** The terraform binary: $TERRAFORM_BIN, else the first `terraform` on PATH. */
export function findTerraform(): string | undefined {
  const explicit = process.env.TERRAFORM_BIN;
  if (explicit) return fs.existsSync(explicit) ? explicit : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'terraform');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** Whether the conformance check can run here (schemas in ../shared and a terraform binary). */
export function availability(root: string = PROJECT_ROOT): Availability {
  const refDir = referenceDir(root);
  if (!fs.existsSync(refDir)) {
    return {
      ok: false,
      refDir,
      reason: `${path.relative(root, refDir) || refDir} is absent (looked for ${refDir})`,
    };
  }
  const terraform = findTerraform();
  if (!terraform) return { ok: false, refDir, reason: 'no terraform binary on PATH (or $TERRAFORM_BIN)' };
  return { ok: true, refDir, terraform };
}

function goPlatform(): string {
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
  return `${process.platform}_${arch[process.arch] ?? process.arch}`;
}

function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const SERVER_SOURCES = ['server-main.ts', 'server.ts', 'cty.ts', 'proto-schema.ts', 'schema-types.ts', 'tls.ts'];
const PROTO_FILES = ['tfplugin6-min.proto', 'go-plugin-min.proto', 'health-min.proto'];

interface ServerBuild {
  /** argv prefix to run the server: [node, ...args] */
  command: string[];
  protoDir: string;
}

/**
 * Bundles server-main.ts with esbuild (shipped with tsx) into one file, cached by content
 * hash under <root>/.conformance/ (gitignored); falls back to the temp dir when that is not
 * writable, and to running the TypeScript through tsx when esbuild is missing.
 */
function buildServer(root: string, tmp: string): ServerBuild {
  const here = __dirname;
  const hash = createHash('sha256');
  for (const f of [...SERVER_SOURCES, ...PROTO_FILES.map((p) => `proto/${p}`)]) {
    hash.update(f).update(fs.readFileSync(path.join(here, f)));
  }
  hash.update(process.version);
  let esbuild: { buildSync: (o: Record<string, unknown>) => unknown; version: string } | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    esbuild = require(require.resolve('esbuild', { paths: [root, here] }));
  } catch {
    esbuild = undefined;
  }
  if (!esbuild) {
    const tsxCli = require.resolve('tsx/cli', { paths: [root, here] });
    return { command: [process.execPath, tsxCli, path.join(here, 'server-main.ts')], protoDir: path.join(here, 'proto') };
  }
  hash.update(esbuild.version);
  const key = hash.digest('hex').slice(0, 16);
  const candidates = [path.join(root, '.conformance', `provider-${key}`), path.join(tmp, 'provider')];
  for (const dir of candidates) {
    const bundle = path.join(dir, 'server.js');
    const protoDir = path.join(dir, 'proto');
    if (fs.existsSync(bundle) && PROTO_FILES.every((p) => fs.existsSync(path.join(protoDir, p)))) {
      return { command: [process.execPath, bundle], protoDir };
    }
    try {
      const staging = `${dir}.${process.pid}.tmp`;
      fs.rmSync(staging, { recursive: true, force: true });
      fs.mkdirSync(path.join(staging, 'proto'), { recursive: true });
      esbuild.buildSync({
        entryPoints: [path.join(here, 'server-main.ts')],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        minify: true,
        outfile: path.join(staging, 'server.js'),
        logLevel: 'warning',
      });
      for (const p of PROTO_FILES) fs.copyFileSync(path.join(here, 'proto', p), path.join(staging, 'proto', p));
      try {
        fs.renameSync(staging, dir);
      } catch {
        // Another process won the race: use its copy.
        fs.rmSync(staging, { recursive: true, force: true });
      }
      if (fs.existsSync(bundle)) {
        pruneOldBundles(path.dirname(dir), path.basename(dir));
        return { command: [process.execPath, bundle], protoDir };
      }
    } catch {
      /* try the next location */
    }
  }
  throw new Error('could not build the conformance provider bundle');
}

/** Removes bundles of earlier sources from the cache dir (those untouched for an hour). */
function pruneOldBundles(cacheDir: string, keep: string): void {
  try {
    for (const e of fs.readdirSync(cacheDir)) {
      if (!e.startsWith('provider-') || e === keep) continue;
      const p = path.join(cacheDir, e);
      if (Date.now() - fs.statSync(p).mtimeMs > 60 * 60 * 1000) fs.rmSync(p, { recursive: true, force: true });
    }
  } catch {
    /* best effort */
  }
}

interface RunningServer {
  child: ChildProcess;
  pid: number;
  addr: string;
}

export interface PreparedProvider {
  entry: ProviderEntry;
  address: string;
  schemaFile: string;
  schemaPb: string;
}

/** Environment for child processes that start node: the extra-CA bundle alone costs ~200 ms per start. */
export function childNodeEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

export class Harness {
  static async create(opts: HarnessOptions = {}): Promise<Harness> {
    const root = opts.root ?? PROJECT_ROOT;
    const avail = availability(root);
    const terraform = opts.terraform ?? avail.terraform;
    if (!fs.existsSync(avail.refDir)) throw new Error(`conformance: ${avail.reason}`);
    if (!terraform) throw new Error('conformance: no terraform binary on PATH');
    const h = new Harness(root, avail.refDir, terraform, opts.mode ?? 'reattach', !!opts.keepTemp);
    h.setup();
    return h;
  }

  readonly tmp: string;
  readonly mirrorDir: string;
  readonly cliConfigFile: string;
  readonly providers = new Map<string, PreparedProvider>();
  /** Milliseconds spent in setup (bundle, mirror, schemas). */
  setupMs = 0;
  private server?: ServerBuild;
  private readonly running = new Map<string, Promise<RunningServer>>();
  private closed = false;

  private constructor(
    readonly root: string,
    readonly refDir: string,
    readonly terraform: string,
    readonly mode: HarnessMode,
    private readonly keepTemp: boolean,
  ) {
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-conformance-'));
    this.mirrorDir = path.join(this.tmp, 'mirror');
    this.cliConfigFile = path.join(this.tmp, 'terraform.rc');
  }

  private setup(): void {
    const t0 = Date.now();
    this.server = buildServer(this.root, this.tmp);
    const tlsDir = path.join(this.tmp, 'tls');
    if (this.mode === 'launch') writeServerTls(tlsDir, generateServerTls());
    const schemaDir = path.join(this.tmp, 'schemas');
    fs.mkdirSync(schemaDir, { recursive: true });
    const platform = goPlatform();
    for (const entry of PROVIDERS) {
      if (!fs.existsSync(path.join(this.refDir, entry.schemaFile))) continue;
      const schemaFile = prepareSchemaFile(entry, this.refDir, schemaDir);
      const schemaPb = this.schemaCachePath(entry, schemaFile, schemaDir);
      const address = providerAddress(entry);
      this.providers.set(address, { entry, address, schemaFile, schemaPb });
      const dir = path.join(this.mirrorDir, 'registry.terraform.io', entry.namespace, entry.type, entry.version, platform);
      fs.mkdirSync(dir, { recursive: true });
      const args = [
        ...this.server.command,
        '--schema',
        schemaFile,
        '--schema-pb',
        schemaPb,
        '--tls-dir',
        tlsDir,
        '--proto-dir',
        this.server.protoDir,
      ];
      fs.writeFileSync(
        path.join(dir, `terraform-provider-${entry.type}_v${entry.version}`),
        [
          '#!/bin/sh',
          `# Schema-only conformance provider for ${address} ${entry.version} (scripts/conformance/server.ts),`,
          `# serving ${schemaFile}.`,
          'unset NODE_EXTRA_CA_CERTS NODE_OPTIONS',
          `exec ${args.map(shQuote).join(' ')} "$@"`,
          '',
        ].join('\n'),
        { mode: 0o755 },
      );
    }
    fs.writeFileSync(
      this.cliConfigFile,
      [
        '# Written by scripts/conformance/harness.ts: install providers only from the local mirror.',
        'disable_checkpoint = true',
        'provider_installation {',
        '  filesystem_mirror {',
        `    path    = ${JSON.stringify(this.mirrorDir)}`,
        '    include = ["*/*/*"]',
        '  }',
        '  direct {',
        '    exclude = ["*/*/*"]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    this.setupMs = Date.now() - t0;
  }

  /**
   * Where a provider process keeps the serialized GetProviderSchema response: under
   * <root>/.conformance/ keyed by the schema's content and the server sources (so it survives
   * runs), else in the temp dir.
   */
  private schemaCachePath(entry: ProviderEntry, schemaFile: string, schemaDir: string): string {
    const hash = createHash('sha256').update(fs.readFileSync(schemaFile));
    hash.update(fs.readFileSync(path.join(__dirname, 'proto-schema.ts')));
    hash.update(fs.readFileSync(path.join(__dirname, 'proto', 'tfplugin6-min.proto')));
    const name = `${entry.type}-${entry.version}-${hash.digest('hex').slice(0, 16)}.pb`;
    const cacheDir = path.join(this.root, '.conformance', 'schemas');
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.accessSync(cacheDir, fs.constants.W_OK);
      for (const e of fs.readdirSync(cacheDir)) {
        if (e.startsWith(`${entry.type}-`) && e !== name) fs.rmSync(path.join(cacheDir, e), { force: true });
      }
      return path.join(cacheDir, name);
    } catch {
      return path.join(schemaDir, name);
    }
  }

  /** Base environment for terraform: offline, non-interactive, our CLI config only. */
  terraformEnv(reattach?: Record<string, unknown>): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of Object.keys(env)) {
      if (k.startsWith('TF_') || k === 'CHECKPOINT_DISABLE') delete env[k];
    }
    delete env.NODE_EXTRA_CA_CERTS;
    delete env.NODE_OPTIONS;
    Object.assign(env, {
      TF_CLI_CONFIG_FILE: this.cliConfigFile,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
    });
    if (reattach && Object.keys(reattach).length) env.TF_REATTACH_PROVIDERS = JSON.stringify(reattach);
    return env;
  }

  /** Starts (once) the long-running servers for the given provider addresses; returns TF_REATTACH_PROVIDERS. */
  async reattachFor(addresses: string[]): Promise<Record<string, unknown>> {
    if (this.mode !== 'reattach') return {};
    const out: Record<string, unknown> = {};
    await Promise.all(
      addresses.map(async (addr) => {
        const s = await this.startServer(addr);
        out[addr] = { Protocol: 'grpc', ProtocolVersion: 6, Pid: s.pid, Test: true, Addr: { Network: 'tcp', String: s.addr } };
      }),
    );
    return out;
  }

  private startServer(addr: string): Promise<RunningServer> {
    const existing = this.running.get(addr);
    if (existing) return existing;
    const prepared = this.providers.get(addr);
    if (!prepared) return Promise.reject(new Error(`no schema for provider ${addr}`));
    const server = this.server!;
    const p = new Promise<RunningServer>((resolve, reject) => {
      const [cmd, ...pre] = server.command;
      const logFile = path.join(this.tmp, `${prepared.entry.type}.server.log`);
      const log = fs.openSync(logFile, 'a');
      const child = spawn(
        cmd,
        [...pre, '--reattach', '--schema', prepared.schemaFile, '--schema-pb', prepared.schemaPb, '--proto-dir', server.protoDir],
        { stdio: ['ignore', 'pipe', log], env: childNodeEnv() },
      );
      fs.closeSync(log);
      let buf = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`provider server for ${addr} did not start within 60 s (log: ${logFile})`));
      }, 60_000);
      child.stdout!.on('data', (d: Buffer) => {
        buf += d.toString();
        const nl = buf.indexOf('\n');
        if (nl < 0) return;
        clearTimeout(timer);
        try {
          const info = JSON.parse(buf.slice(0, nl)) as { pid: number; addr: string };
          resolve({ child, pid: info.pid, addr: info.addr });
        } catch (e) {
          reject(e);
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`provider server for ${addr} exited (${code}); log: ${logFile}`));
      });
    });
    this.running.set(addr, p);
    return p;
  }

  /** Runs terraform; never throws for a non-zero exit. */
  runTerraform(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
    const t0 = Date.now();
    return new Promise((resolve, reject) => {
      const child = spawn(this.terraform, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({
          code: code ?? 1,
          stdout: Buffer.concat(out).toString(),
          stderr: Buffer.concat(err).toString(),
          ms: Date.now() - t0,
        }),
      );
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const servers = await Promise.allSettled([...this.running.values()]);
    await Promise.all(
      servers.map((r) => {
        if (r.status !== 'fulfilled') return undefined;
        const child = r.value.child;
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        return new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 2000);
          child.once('exit', () => {
            clearTimeout(t);
            resolve();
          });
          child.kill('SIGTERM');
        });
      }),
    );
    this.running.clear();
    if (!this.keepTemp) fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

export { sharedDir };
