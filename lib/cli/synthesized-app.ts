/**
 * Reads what `cdktf synth` wrote (an outdir with manifest.json and stacks/<name>/cdk.tf.json): the
 * stacks and their dependencies, each stack's sensitive variables, and the failover domains.
 *
 * A failover domain is found by its budget output (`//.outputs` records the construct path of every
 * output; GtmFailoverDomain always publishes `failover-budget`). Its health check is read back from
 * the engine's own resources under that construct path (Alibaba GTM monitor configs, the Cloudflare
 * monitor), so a probe sends what the engine was told to send, not what the library meant to tell it.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

/** One stack of the synthesized app. */
export interface SynthesizedStack {
  readonly name: string;
  /** Stacks this one reads outputs from (cdktf cross-stack references), from manifest.json. */
  readonly dependencies: string[];
  /** Directory terraform runs in, relative to the outdir (`stacks/<name>`). */
  readonly workingDirectory: string;
  /** Names of the stack's variables marked sensitive (TF_VAR_<name> at plan/apply). */
  readonly sensitiveVariables: string[];
  /** Provider types the stack configures (`alicloud`, `kubernetes`, ...). */
  readonly providers: string[];
  /** The synthesized Terraform JSON. */
  readonly json: Json;
}

/** The synthesized app: manifest plus every stack's JSON. */
export interface SynthesizedApp {
  readonly outdir: string;
  readonly stacks: SynthesizedStack[];
}

/** Where a member's address comes from. */
export type AddressSource =
  | { readonly kind: 'literal'; readonly value: string }
  | {
    readonly kind: 'stack-output';
    readonly stack: string;
    readonly output: string;
    readonly expression: string;
    /** State file of the source stack, when the reading stack reads it through the local backend. */
    readonly localState?: string;
  }
  | { readonly kind: 'unknown'; readonly expression: string };

/** HTTP(S) or TCP check as the engine runs it. */
export interface EngineCheck {
  readonly protocol: 'HTTP' | 'HTTPS' | 'TCP';
  readonly port: number;
  readonly path: string;
  /** Host header (and TLS server name); undefined for TCP. */
  readonly host?: string;
  /** Which status codes the engine counts as healthy, as the CLI's `--expect` syntax. */
  readonly expect: string;
  /** How the engine words it, e.g. `GTM code 400: a status above 400 fails`. */
  readonly expectSource: string;
  readonly timeoutSeconds: number;
  readonly intervalSeconds: number;
}

/** A member of a failover domain, with the check the engine sends it. */
export interface DomainMember {
  readonly name: string;
  readonly pool: string;
  readonly address: AddressSource;
  /** Port from the member (Cloudflare origin port), when set. */
  readonly port?: number;
  readonly check: EngineCheck;
}

/** Figures the library published in `<id>_failover_budget` at synth (FailoverBudget.toJson()). */
export interface PublishedBudget {
  readonly engine: string;
  readonly failoverTypicalSeconds: number;
  readonly failoverWorstSeconds: number;
  readonly recoverySeconds: number;
  readonly formula: string;
}

/** A GtmFailoverDomain found in a synthesized stack. */
export interface SynthesizedDomain {
  /** Construct id (last segment of the path). */
  readonly id: string;
  /** Construct path, e.g. `global/kokoro`. */
  readonly path: string;
  readonly stack: string;
  readonly engine: 'alibaba-gtm' | 'cloudflare';
  readonly hostname?: string;
  readonly members: DomainMember[];
  readonly budget: PublishedBudget;
}

function readJson(file: string): Json {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** An error for the operator: printed without a stack trace, exit code 2. */
export class CliError extends Error {}

/** Reads `<outdir>/manifest.json` and every stack it lists. */
export function readSynthesizedApp(outdir: string): SynthesizedApp {
  const manifestFile = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new CliError(`--from ${outdir}: no manifest.json there; pass the directory cdktf synth wrote (cdktf.out by default, or $CDKTF_OUTDIR)`);
  }
  const manifest = readJson(manifestFile) as { stacks?: Record<string, Json> };
  const stacks = Object.entries(manifest.stacks ?? {}).map(([name, s]): SynthesizedStack => {
    const json = readJson(path.join(outdir, String(s.synthesizedStackPath)));
    const variables = (json.variable ?? {}) as Record<string, Json>;
    return {
      name,
      dependencies: [...((s.dependencies as string[] | undefined) ?? [])],
      workingDirectory: String(s.workingDirectory ?? `stacks/${name}`),
      sensitiveVariables: Object.keys(variables).filter((v) => variables[v].sensitive === true).sort(),
      providers: Object.keys((json.provider ?? {}) as Json).sort(),
      json,
    };
  });
  return { outdir, stacks };
}

/** Every failover domain of the app (found by its `failover-budget` output). */
export function findDomains(app: SynthesizedApp): SynthesizedDomain[] {
  const found: SynthesizedDomain[] = [];
  for (const stack of app.stacks) {
    const tree = ((stack.json['//'] as Json | undefined)?.outputs ?? {}) as Json;
    const walk = (node: Json, at: string[]) => {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'failover-budget' && typeof value === 'string') {
          found.push(readDomain(stack, at.join('/'), value));
        } else if (value !== null && typeof value === 'object') {
          walk(value as Json, [...at, key]);
        }
      }
    };
    walk(tree, []);
  }
  return found;
}

/** The domain whose construct id (or path) is `id`; the error lists the domains there are. */
export function findDomain(app: SynthesizedApp, id: string): SynthesizedDomain {
  const all = findDomains(app);
  const matches = all.filter((d) => d.id === id || d.path === id);
  if (matches.length === 1) return matches[0];
  const known = all.map((d) => `${d.id} (${d.path})`).join(', ') || 'none';
  if (matches.length === 0) throw new CliError(`--domain ${id}: no GtmFailoverDomain with that construct id in ${app.outdir}; domains there: ${known}`);
  throw new CliError(`--domain ${id}: several domains have that id; pass the construct path instead, one of: ${known}`);
}

function resourcesUnder(stack: SynthesizedStack, type: string, domainPath: string): Json[] {
  const all = ((stack.json.resource as Record<string, Record<string, Json>> | undefined)?.[type]) ?? {};
  return Object.values(all).filter((r) => {
    const p = ((r['//'] as Json | undefined)?.metadata as Json | undefined)?.path;
    return typeof p === 'string' && p.startsWith(`${domainPath}/`);
  });
}

function uniqueIdOf(resource: Json): string {
  return String(((resource['//'] as Json).metadata as Json).uniqueId);
}

function readDomain(stack: SynthesizedStack, domainPath: string, budgetOutput: string): SynthesizedDomain {
  const outputs = (stack.json.output ?? {}) as Record<string, Json>;
  const b = (outputs[budgetOutput]?.value ?? {}) as Record<string, unknown>;
  const budget: PublishedBudget = {
    engine: String(b.engine),
    failoverTypicalSeconds: Number(b.failover_typical_seconds),
    failoverWorstSeconds: Number(b.failover_worst_seconds),
    recoverySeconds: Number(b.recovery_seconds),
    formula: String(b.formula),
  };
  const id = domainPath.split('/').pop()!;
  const gtmMonitors = resourcesUnder(stack, 'alicloud_alidns_monitor_config', domainPath);
  if (gtmMonitors.length > 0) {
    return { id, path: domainPath, stack: stack.name, engine: 'alibaba-gtm', budget, ...gtmMembers(stack, domainPath, gtmMonitors) };
  }
  const cfMonitors = resourcesUnder(stack, 'cloudflare_load_balancer_monitor', domainPath);
  if (cfMonitors.length > 0) {
    return { id, path: domainPath, stack: stack.name, engine: 'cloudflare', budget, ...cloudflareMembers(stack, domainPath, cfMonitors) };
  }
  throw new CliError(`${domainPath}: found its budget output but neither alicloud_alidns_monitor_config nor cloudflare_load_balancer_monitor under it`);
}

function gtmMembers(stack: SynthesizedStack, domainPath: string, monitors: Json[]) {
  const pools = resourcesUnder(stack, 'alicloud_alidns_address_pool', domainPath);
  const instance = resourcesUnder(stack, 'alicloud_alidns_gtm_instance', domainPath)[0];
  const members: DomainMember[] = [];
  for (const pool of pools) {
    const ref = `\${alicloud_alidns_address_pool.${uniqueIdOf(pool)}.id}`;
    const monitor = monitors.find((m) => m.addr_pool_id === ref);
    if (!monitor) continue;
    const extend = JSON.parse(String(monitor.monitor_extend_info ?? '{}')) as Json;
    const protocol = String(monitor.protocol_type) as EngineCheck['protocol'];
    const code = Number(extend.code ?? 400);
    const check: EngineCheck = {
      protocol,
      port: Number(extend.port ?? (protocol === 'HTTPS' ? 443 : 80)),
      path: String(extend.path ?? '/'),
      host: protocol === 'TCP' ? undefined : String(extend.host),
      // GTM's code is a threshold: a status code above it is a failure.
      expect: `100-${code}`,
      expectSource: `GTM code ${code}: a status above ${code} fails`,
      timeoutSeconds: Number(monitor.timeout) / 1000,
      intervalSeconds: Number(monitor.interval),
    };
    for (const a of (pool.address as Json[] | undefined) ?? []) {
      members.push({ name: String(a.remark ?? a.address), pool: String(pool.address_pool_name), address: addressSource(stack, String(a.address)), check });
    }
  }
  return { members, hostname: instance ? String(instance.instance_name) : undefined };
}

function cloudflareMembers(stack: SynthesizedStack, domainPath: string, monitors: Json[]) {
  const monitor = monitors[0];
  const type = String(monitor.type).toUpperCase() as EngineCheck['protocol'];
  const hostHeader = ((monitor.header as Record<string, string[]> | undefined)?.Host ?? [])[0];
  const check: EngineCheck = {
    protocol: type,
    port: Number(monitor.port ?? (type === 'HTTPS' ? 443 : 80)),
    path: String(monitor.path ?? '/'),
    host: type === 'TCP' ? undefined : hostHeader,
    expect: String(monitor.expected_codes ?? '2xx'),
    expectSource: `Cloudflare expected_codes ${String(monitor.expected_codes ?? '2xx')}`,
    timeoutSeconds: Number(monitor.timeout ?? 5),
    intervalSeconds: Number(monitor.interval ?? 60),
  };
  const members: DomainMember[] = [];
  for (const pool of resourcesUnder(stack, 'cloudflare_load_balancer_pool', domainPath)) {
    for (const o of (pool.origins as Json[] | undefined) ?? []) {
      members.push({
        name: String(o.name),
        pool: String(pool.name),
        address: addressSource(stack, String(o.address)),
        ...(o.port !== undefined ? { port: Number(o.port) } : {}),
        check,
      });
    }
  }
  const lb = resourcesUnder(stack, 'cloudflare_load_balancer', domainPath)[0];
  return { members, hostname: lb ? String(lb.name) : undefined };
}

const REMOTE_OUTPUT = /^\$\{data\.terraform_remote_state\.([^.]+)\.outputs\.([^.}]+)\}$/;

/** A literal address, or a reference to another stack's output (cdktf's cross-stack references). */
function addressSource(stack: SynthesizedStack, expression: string): AddressSource {
  if (!expression.includes('${')) return { kind: 'literal', value: expression };
  const m = REMOTE_OUTPUT.exec(expression);
  if (!m) return { kind: 'unknown', expression };
  const remote = (((stack.json.data as Json | undefined)?.terraform_remote_state as Json | undefined)?.[m[1]] ?? {}) as Json;
  const config = (remote.config ?? {}) as Json;
  const localState = remote.backend === 'local' && typeof config.path === 'string' ? config.path : undefined;
  return { kind: 'stack-output', stack: m[1].replace(/^cross-stack-reference-input-/, ''), output: m[2], expression, ...(localState ? { localState } : {}) };
}

const outputsCache = new WeakMap<SynthesizedApp, Map<string, Record<string, unknown> | undefined>>();

/**
 * A deployed stack's outputs: from its state file when it uses the local backend, else from
 * `terraform output -json` in its working directory when that was initialized (cdktf deploy does),
 * whatever the backend. Undefined when neither is available.
 */
export function stackOutputs(app: SynthesizedApp, stackName: string, localState?: string): Record<string, unknown> | undefined {
  let cache = outputsCache.get(app);
  if (!cache) outputsCache.set(app, (cache = new Map()));
  if (cache.has(stackName)) return cache.get(stackName);
  const values = (outputs: Record<string, Json> | undefined) =>
    outputs === undefined ? undefined : Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, v.value]));
  let result: Record<string, unknown> | undefined;
  const dir = path.join(app.outdir, app.stacks.find((s) => s.name === stackName)?.workingDirectory ?? `stacks/${stackName}`);
  if (localState !== undefined) {
    const file = path.isAbsolute(localState) ? localState : path.join(dir, localState);
    if (fs.existsSync(file)) result = values(readJson(file).outputs as Record<string, Json> | undefined);
  }
  if (result === undefined && fs.existsSync(path.join(dir, '.terraform'))) {
    try {
      const out = execFileSync('terraform', [`-chdir=${dir}`, 'output', '-json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
      result = values(JSON.parse(out) as Record<string, Json>);
    } catch {
      result = undefined; // no terraform on PATH, or no state yet
    }
  }
  cache.set(stackName, result);
  return result;
}

/** The address a member is deployed at, when it is a literal or its source stack's outputs are readable. */
export function memberAddress(app: SynthesizedApp, source: AddressSource): string | undefined {
  if (source.kind === 'literal') return source.value;
  if (source.kind !== 'stack-output') return undefined;
  const value = stackOutputs(app, source.stack, source.localState)?.[source.output];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
