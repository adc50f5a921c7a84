/**
 * Validating and planning synthesized CDKTF stacks with the real terraform binary, offline.
 *
 *   const h = await Harness.create();
 *   const results = await checkSynthDir('cdktf.out', { harness: h });   // every stack of an outdir
 *   const r = await planStack('cdktf.out/stacks/fsn1', { harness: h });  // one stack dir
 *   const r2 = await planStackJson(JSON.parse(Testing.synth(stack)), { harness: h });
 *   await h.close();
 *
 * Per stack: copy the stack dir to a temp work dir; point the local backend (and the local
 * paths of `terraform_remote_state` data sources, CDKTF's cross-stack references) into the
 * temp dir, with a fake state (format version 4) holding the producing stack's outputs as
 * placeholder strings; supply placeholders for input variables without a default; then
 * `terraform init`, `terraform validate -json`, `terraform plan -json -refresh=false -lock=false`.
 * A stack passes when validate and plan report no error and every managed resource of the
 * configuration is planned as a create.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PLACEHOLDER_NUMBER, PLACEHOLDER_STRING } from './cty';
import { Harness, type HarnessOptions } from './harness';
import { findProvider, normalizeSource, providerAddress } from './providers';

// Synthesized Terraform JSON is untyped; it is read defensively.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

export interface Diagnostic {
  severity: string;
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename: string; start: { line: number; column: number } };
  snippet?: { context?: string | null; code?: string };
}

export interface StackResult {
  /** Label of the synth dir (example name) */
  example: string;
  stack: string;
  /** Managed resources in the configuration (without count/for_each: exact). */
  resources: number;
  /** Resources planned for creation. */
  creates: number;
  initMs: number;
  validateMs: number;
  planMs: number;
  ok: boolean;
  /** The stage that failed first, if any. */
  failedAt?: 'prepare' | 'init' | 'validate' | 'plan' | 'check';
  /** Terraform's diagnostics (errors first), formatted one per line. */
  errors: string[];
  warnings: string[];
  /** Raw diagnostics from validate/plan. */
  diagnostics: Diagnostic[];
  /** Where the stack was checked (kept only with keepTemp). */
  workDir: string;
}

export interface CheckOptions extends HarnessOptions {
  /** A harness to reuse; otherwise one is created and closed around the call. */
  harness?: Harness;
  /** Label for result rows (default: the synth dir's name). */
  label?: string;
  /** Max stacks checked at the same time (default 2). */
  jobs?: number;
  /** Extra variable values (merged over the generated placeholders). */
  vars?: Record<string, unknown>;
  /** Skip `terraform plan` (validate only). */
  validateOnly?: boolean;
}

/** One line per diagnostic: summary, detail, and where (address, block context, file:line). */
export function formatDiagnostic(d: Diagnostic): string {
  const where: string[] = [];
  if (d.address) where.push(d.address);
  if (d.snippet?.context) where.push(d.snippet.context);
  if (d.range) where.push(`${path.basename(d.range.filename)}:${d.range.start.line}`);
  const detail = d.detail ? `: ${d.detail.replace(/\s+/g, ' ').trim()}` : '';
  return `${d.summary}${detail}${where.length ? ` [${where.join(', ')}]` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Placeholders for input variables

/** A JSON placeholder for an HCL type constraint such as `list(object({a=string}))`. */
export function placeholderForTypeExpr(expr: string | undefined): unknown {
  if (!expr) return PLACEHOLDER_STRING;
  let s = expr.trim();
  if (s.startsWith('${') && s.endsWith('}')) s = s.slice(2, -1).trim();
  let i = 0;
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const ident = () => {
    ws();
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(s.slice(i));
    if (!m) throw new Error(`type expression: identifier expected at ${i} in ${expr}`);
    i += m[0].length;
    return m[0];
  };
  const expect = (c: string) => {
    ws();
    if (s[i] !== c) throw new Error(`type expression: "${c}" expected at ${i} in ${expr}`);
    i++;
  };
  const skipDefault = () => {
    // optional(T, default): skip a balanced default expression
    let depth = 0;
    while (i < s.length) {
      const c = s[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return;
        depth--;
      } else if (c === '"') {
        i++;
        while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
      }
      i++;
    }
  };
  const parse = (): unknown => {
    const name = ident();
    switch (name) {
      case 'string':
      case 'any':
        return PLACEHOLDER_STRING;
      case 'number':
        return PLACEHOLDER_NUMBER;
      case 'bool':
        return false;
      case 'list':
      case 'set': {
        expect('(');
        const v = parse();
        expect(')');
        return [v];
      }
      case 'map': {
        expect('(');
        const v = parse();
        expect(')');
        return { placeholder: v };
      }
      case 'optional': {
        expect('(');
        const v = parse();
        ws();
        if (s[i] === ',') {
          i++;
          skipDefault();
        }
        expect(')');
        return v;
      }
      case 'tuple': {
        expect('(');
        expect('[');
        const out: unknown[] = [];
        ws();
        while (s[i] !== ']') {
          out.push(parse());
          ws();
          if (s[i] === ',') i++;
          ws();
        }
        expect(']');
        expect(')');
        return out;
      }
      case 'object': {
        expect('(');
        expect('{');
        const out: Record<string, unknown> = {};
        ws();
        while (s[i] !== '}') {
          ws();
          let key: string;
          if (s[i] === '"') {
            const end = s.indexOf('"', i + 1);
            key = s.slice(i + 1, end);
            i = end + 1;
          } else key = ident();
          ws();
          if (s[i] === '=' || s[i] === ':') i++;
          out[key] = parse();
          ws();
          if (s[i] === ',' || s[i] === '\n') i++;
          ws();
        }
        expect('}');
        expect(')');
        return out;
      }
      default:
        throw new Error(`type expression: unknown type ${name} in ${expr}`);
    }
  };
  try {
    return parse();
  } catch {
    return PLACEHOLDER_STRING;
  }
}

// ---------------------------------------------------------------------------------------------
// Stack preparation

interface StackSource {
  name: string;
  /** The stack dir to copy (cdk.tf.json and any assets), or undefined for in-memory JSON. */
  dir?: string;
  json: Json;
}

interface SynthContext {
  label: string;
  /** Original local backend path of each stack in the synth dir -> its outputs. */
  producers: Map<string, { stack: string; outputs: Record<string, { sensitive: boolean }> }>;
}

function stackOutputs(json: Json): Record<string, { sensitive: boolean }> {
  const out: Record<string, { sensitive: boolean }> = {};
  for (const [name, o] of Object.entries((json.output ?? {}) as Json)) out[name] = { sensitive: !!o?.sensitive };
  return out;
}

function localBackendPath(json: Json): string | undefined {
  const p = json.terraform?.backend?.local?.path;
  return typeof p === 'string' ? p : undefined;
}

function writeFakeState(file: string, outputs: Record<string, { sensitive: boolean }>): void {
  const state = {
    version: 4,
    terraform_version: '1.11.4',
    serial: 1,
    lineage: randomUUID(),
    outputs: Object.fromEntries(
      Object.entries(outputs).map(([k, o]) => [
        k,
        { value: PLACEHOLDER_STRING, type: 'string', ...(o.sensitive ? { sensitive: true } : {}) },
      ]),
    ),
    resources: [],
    check_results: null,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

interface Prepared {
  workDir: string;
  varFile?: string;
  providers: string[];
  expected: { address: string; exact: boolean }[];
  notes: string[];
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_');
}

function prepareStack(h: Harness, src: StackSource, ctx: SynthContext, vars: Record<string, unknown> | undefined): Prepared {
  const base = path.join(h.tmp, 'work', safeName(ctx.label));
  fs.mkdirSync(base, { recursive: true });
  const workDir = fs.mkdtempSync(path.join(base, `${safeName(src.name)}-`));
  if (src.dir) {
    fs.cpSync(src.dir, workDir, {
      recursive: true,
      filter: (p) => {
        const b = path.basename(p);
        return b !== '.terraform' && b !== '.terraform.lock.hcl' && !b.endsWith('.tfstate') && !b.endsWith('.tfplan');
      },
    });
  }
  const json: Json = structuredClone(src.json);
  const notes: string[] = [];

  // Backend: always a local state in the work dir (never the state a real deploy uses).
  json.terraform ??= {};
  const backend = json.terraform.backend as Json | undefined;
  if (backend && !backend.local) notes.push(`backend ${Object.keys(backend).join(',')} replaced by a local one`);
  json.terraform.backend = { local: { path: path.join(workDir, 'terraform.tfstate') } };
  delete json.terraform.cloud;

  // Cross-stack references: terraform_remote_state with a local backend -> fake producer state.
  const remote = (json.data?.terraform_remote_state ?? {}) as Json;
  for (const [name, ds] of Object.entries(remote)) {
    if (ds?.backend !== 'local') {
      notes.push(`terraform_remote_state.${name}: backend ${String(ds?.backend)} is left as is`);
      continue;
    }
    const original = ds.config?.path;
    if (typeof original !== 'string') continue;
    const producer = ctx.producers.get(original);
    const fake = path.join(workDir, '.remote-state', `${safeName(producer?.stack ?? name)}.tfstate`);
    writeFakeState(fake, producer?.outputs ?? {});
    if (!producer) notes.push(`terraform_remote_state.${name}: no stack in this synth dir writes ${original}; empty outputs`);
    ds.config = { ...ds.config, path: fake };
  }

  // Input variables without a default: typed placeholders in a tfvars file.
  const values: Record<string, unknown> = {};
  for (const [name, v] of Object.entries((json.variable ?? {}) as Json)) {
    if (v && Object.prototype.hasOwnProperty.call(v, 'default')) continue;
    values[name] = placeholderForTypeExpr(v?.type);
  }
  Object.assign(values, vars ?? {});
  let varFile: string | undefined;
  if (Object.keys(values).length) {
    varFile = path.join(workDir, 'conformance.auto-placeholders.tfvars.json');
    fs.writeFileSync(varFile, `${JSON.stringify(values, null, 2)}\n`);
  }

  fs.writeFileSync(path.join(workDir, 'cdk.tf.json'), `${JSON.stringify(json, null, 2)}\n`);

  // Providers required (terraform block), for starting the right servers.
  const providers: string[] = [];
  for (const [local, req] of Object.entries((json.terraform.required_providers ?? {}) as Json)) {
    const source = typeof req === 'string' ? local : (req?.source ?? local);
    const entry = findProvider(source);
    if (entry) providers.push(providerAddress(entry));
    else if (normalizeSource(source) !== 'terraform.io/builtin/terraform') {
      notes.push(`provider ${source} has no schema here (known: kubernetes, helm, cloudflare, alicloud, vngcloud, netbird)`);
    }
  }

  const expected: { address: string; exact: boolean }[] = [];
  for (const [type, byName] of Object.entries((json.resource ?? {}) as Json)) {
    for (const [name, r] of Object.entries(byName as Json)) {
      const dynamic = r && (r.count !== undefined || r.for_each !== undefined);
      expected.push({ address: `${type}.${name}`, exact: !dynamic });
    }
  }
  return { workDir, varFile, providers, expected, notes };
}

function parseNdjson(text: string): Json[] {
  const out: Json[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    try {
      out.push(JSON.parse(t));
    } catch {
      /* not JSON */
    }
  }
  return out;
}

function splitDiagnostics(diags: Diagnostic[]): { errors: string[]; warnings: string[] } {
  return {
    errors: diags.filter((d) => d.severity === 'error').map(formatDiagnostic),
    warnings: diags.filter((d) => d.severity !== 'error').map(formatDiagnostic),
  };
}

async function checkOne(h: Harness, src: StackSource, ctx: SynthContext, opts: CheckOptions): Promise<StackResult> {
  const result: StackResult = {
    example: ctx.label,
    stack: src.name,
    resources: 0,
    creates: 0,
    initMs: 0,
    validateMs: 0,
    planMs: 0,
    ok: false,
    errors: [],
    warnings: [],
    diagnostics: [],
    workDir: '',
  };
  let prep: Prepared;
  try {
    prep = prepareStack(h, src, ctx, opts.vars);
  } catch (e) {
    result.failedAt = 'prepare';
    result.errors.push(e instanceof Error ? e.message : String(e));
    return result;
  }
  result.workDir = prep.workDir;
  result.resources = prep.expected.length;
  result.warnings.push(...prep.notes);

  // init: providers come from the filesystem mirror (never from the network).
  const init = await h.runTerraform(['init', '-input=false', '-no-color'], prep.workDir, h.terraformEnv());
  result.initMs = init.ms;
  if (init.code !== 0) {
    result.failedAt = 'init';
    // Terraform's human-readable errors: one entry per "Error:" paragraph, whitespace collapsed.
    const text = (init.stderr.trim() || init.stdout.trim()).replace(/^[\s│╷╵]+/gm, '');
    result.errors.push(
      ...text
        .split(/\n(?=Error:)/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    );
    return result;
  }

  let reattach: Record<string, unknown>;
  try {
    reattach = await h.reattachFor(prep.providers);
  } catch (e) {
    result.failedAt = 'prepare';
    result.errors.push(e instanceof Error ? e.message : String(e));
    return result;
  }
  const env = h.terraformEnv(reattach);

  const validate = await h.runTerraform(['validate', '-json', '-no-color'], prep.workDir, env);
  result.validateMs = validate.ms;
  let vjson: Json | undefined;
  try {
    vjson = JSON.parse(validate.stdout);
  } catch {
    vjson = undefined;
  }
  const vdiags = ((vjson?.diagnostics ?? []) as Diagnostic[]).map((d) => ({ ...d }));
  result.diagnostics.push(...vdiags);
  const vsplit = splitDiagnostics(vdiags);
  result.warnings.push(...vsplit.warnings);
  if (validate.code !== 0 || !vjson?.valid) {
    result.failedAt = 'validate';
    result.errors.push(...vsplit.errors);
    if (!vsplit.errors.length) result.errors.push(validate.stderr.trim() || validate.stdout.trim());
    return result;
  }
  if (opts.validateOnly) {
    result.ok = true;
    return result;
  }

  const planArgs = ['plan', '-input=false', '-lock=false', '-refresh=false', '-json', '-no-color'];
  if (prep.varFile) planArgs.push(`-var-file=${prep.varFile}`);
  const plan = await h.runTerraform(planArgs, prep.workDir, env);
  result.planMs = plan.ms;
  const messages = parseNdjson(plan.stdout);
  const pdiags = messages.filter((m) => m.type === 'diagnostic').map((m) => m.diagnostic as Diagnostic);
  result.diagnostics.push(...pdiags);
  const psplit = splitDiagnostics(pdiags);
  result.warnings.push(...psplit.warnings);
  if (plan.code !== 0 || psplit.errors.length) {
    result.failedAt = 'plan';
    result.errors.push(...psplit.errors);
    if (!psplit.errors.length) result.errors.push(plan.stderr.trim() || `terraform plan exited ${plan.code}`);
    return result;
  }

  const changes = messages.filter((m) => m.type === 'planned_change').map((m) => m.change as Json);
  const actionsByAddr = new Map<string, string[]>();
  for (const c of changes) {
    const addr: string = c.resource?.addr ?? '';
    const list = actionsByAddr.get(addr) ?? [];
    list.push(c.action);
    actionsByAddr.set(addr, list);
  }
  result.creates = changes.filter((c) => c.action === 'create').length;
  const problems: string[] = [];
  for (const e of prep.expected) {
    const hits = [...actionsByAddr.entries()].filter(
      ([a]) => a === e.address || a.startsWith(`${e.address}[`),
    );
    const creates = hits.filter(([, acts]) => acts.includes('create')).length;
    if (e.exact && creates !== 1) {
      const seen = hits.map(([a, acts]) => `${a}: ${acts.join('/')}`).join(', ') || 'no planned change';
      problems.push(`${e.address} is not planned as a create (${seen})`);
    }
  }
  for (const [addr, acts] of actionsByAddr) {
    const bad = acts.filter((a) => a !== 'create' && a !== 'read');
    if (bad.length) problems.push(`${addr}: unexpected action ${bad.join('/')}`);
  }
  if (problems.length) {
    result.failedAt = 'check';
    result.errors.push(...problems);
    return result;
  }
  result.ok = true;
  return result;
}

async function withHarness<T>(opts: CheckOptions, fn: (h: Harness) => Promise<T>): Promise<T> {
  if (opts.harness) return fn(opts.harness);
  const h = await Harness.create(opts);
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}

async function pool<T, R>(items: T[], jobs: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return out;
}

/** Stack dirs of a cdktf outdir (`<dir>/stacks/<name>/cdk.tf.json`), or the dir itself if it is one. */
export function findStacks(dir: string): { name: string; dir: string }[] {
  if (fs.existsSync(path.join(dir, 'cdk.tf.json'))) return [{ name: path.basename(path.resolve(dir)), dir }];
  const stacksDir = path.join(dir, 'stacks');
  if (!fs.existsSync(stacksDir)) return [];
  return fs
    .readdirSync(stacksDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(stacksDir, e.name, 'cdk.tf.json')))
    .map((e) => ({ name: e.name, dir: path.join(stacksDir, e.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function contextFor(label: string, sources: StackSource[]): SynthContext {
  const producers: SynthContext['producers'] = new Map();
  for (const s of sources) {
    const p = localBackendPath(s.json);
    if (p) producers.set(p, { stack: s.name, outputs: stackOutputs(s.json) });
  }
  return { label, producers };
}

/** Checks every stack of a cdktf outdir (init, validate, plan); stacks run `jobs` at a time. */
export async function checkSynthDir(dir: string, opts: CheckOptions = {}): Promise<StackResult[]> {
  const stacks = findStacks(dir);
  if (!stacks.length) throw new Error(`no stacks (stacks/*/cdk.tf.json) in ${dir}`);
  const sources: StackSource[] = stacks.map((s) => ({
    name: s.name,
    dir: s.dir,
    json: JSON.parse(fs.readFileSync(path.join(s.dir, 'cdk.tf.json'), 'utf8')),
  }));
  const ctx = contextFor(opts.label ?? path.basename(path.resolve(dir)), sources);
  return withHarness(opts, (h) => pool(sources, opts.jobs ?? 2, (s) => checkOne(h, s, ctx, opts)));
}

/** Checks one stack dir (a dir holding cdk.tf.json). */
export async function planStack(stackDir: string, opts: CheckOptions = {}): Promise<StackResult> {
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  const name = path.basename(path.resolve(stackDir));
  const src: StackSource = { name, dir: stackDir, json };
  const ctx = contextFor(opts.label ?? name, [src]);
  return withHarness(opts, (h) => checkOne(h, src, ctx, opts));
}

/** Checks a synthesized stack given as JSON (e.g. `JSON.parse(Testing.synth(stack))`). */
export async function planStackJson(json: Json | string, opts: CheckOptions & { name?: string } = {}): Promise<StackResult> {
  const parsed: Json = typeof json === 'string' ? JSON.parse(json) : json;
  const name = opts.name ?? parsed['//']?.metadata?.stackName ?? 'stack';
  const src: StackSource = { name, json: parsed };
  const ctx = contextFor(opts.label ?? name, [src]);
  return withHarness(opts, (h) => checkOne(h, src, ctx, opts));
}

export { Harness };
