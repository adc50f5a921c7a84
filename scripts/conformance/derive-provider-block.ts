/**
 * Derives a provider-block schema (the `provider` entry of `terraform providers schema -json`)
 * from a prebuilt CDKTF provider binding, for providers whose schema dump has no provider block
 * (hashicorp/kubernetes, hashicorp/helm in ../shared/reference/terraform).
 *
 *   npx tsx scripts/conformance/derive-provider-block.ts            # writes provider-blocks/*.json
 *   npx tsx scripts/conformance/derive-provider-block.ts --check    # exits 1 if they are stale
 *
 * Source of truth, per binding: `lib/provider/index.js` (the class's `synthesizeHclAttributes()`
 * and the `*ToHclTerraform(struct)` functions: Terraform attribute names, `type`
 * simple/list/set/map/struct, `storageClassType`, and `listMapperHcl(fn, isBlock)` telling
 * a nested block from a nested attribute) plus `lib/provider/index.d.ts` (the config
 * interfaces: a property without `?` is required).
 *
 * Mapping:
 * - simple string/number/boolean, stringList/numberList/booleanList, ...Map -> attribute types;
 * - list/set of a struct with `listMapperHcl(fn, true)`  -> block (nesting list/set);
 * - list/set of a struct with `listMapperHcl(fn, false)` -> nested attribute (nesting list/set);
 * - a struct mapped directly (`fooToHclTerraform(x)`)     -> nested attribute, nesting single
 *   (what plugin-framework providers such as helm 3.x use for `kubernetes`, `experiments`).
 * What the binding cannot tell: min_items/max_items of blocks, sensitivity, deprecation;
 * those are left out. `alias` is a Terraform meta-argument, not part of the schema.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CtyTypeJson, Schema, SchemaAttribute, SchemaBlock } from './schema-types';

interface Entry {
  tfName: string;
  value: string;
  type: string;
  storageClassType: string;
}

export interface BindingSpec {
  /** npm package of the prebuilt binding */
  pkg: string;
  /** provider short name, used for the output file */
  name: string;
  /** class name prefix in the binding, e.g. KubernetesProvider */
  className: string;
}

export const BINDINGS: BindingSpec[] = [
  { pkg: '@cdktf/provider-kubernetes', name: 'kubernetes', className: 'KubernetesProvider' },
  { pkg: '@cdktf/provider-helm', name: 'helm', className: 'HelmProvider' },
];

const ENTRY_RE =
  /(\w+): \{\s*value: ([^\n]+),\s*isBlock: (?:true|false),\s*type: "(\w+)",\s*storageClassType: "(\w+)",\s*\}/g;

function entriesOf(body: string): Entry[] {
  const out: Entry[] = [];
  for (const m of body.matchAll(ENTRY_RE)) {
    out.push({ tfName: m[1], value: m[2], type: m[3], storageClassType: m[4] });
  }
  return out;
}

/** Text of `function <name>(struct) { ... }` at top level of the module. */
function functionBody(js: string, name: string): string {
  const start = js.indexOf(`function ${name}(`);
  if (start < 0) throw new Error(`function ${name} not found`);
  const end = js.indexOf('\n}\n', start);
  return js.slice(start, end);
}

function methodBody(js: string, className: string, method: string): string {
  const cls = js.indexOf(`class ${className} `);
  if (cls < 0) throw new Error(`class ${className} not found`);
  const start = js.indexOf(`    ${method}() {`, cls);
  if (start < 0) throw new Error(`${className}.${method} not found`);
  const end = js.indexOf('\n    }\n', start);
  return js.slice(start, end);
}

/** `readonly foo?: T;` members of `export interface <name> { ... }` -> camelName -> required? */
function interfaceMembers(dts: string, name: string): Map<string, boolean> {
  const start = dts.indexOf(`export interface ${name} {`);
  if (start < 0) throw new Error(`interface ${name} not found`);
  const end = dts.indexOf('\n}\n', start);
  const body = dts.slice(start, end);
  const out = new Map<string, boolean>();
  for (const m of body.matchAll(/^ {4}readonly (\w+)(\??):/gm)) out.set(m[1], m[2] !== '?');
  return out;
}

const PRIMITIVE: Record<string, string> = { string: 'string', number: 'number', boolean: 'bool', any: 'dynamic' };

function camelOf(value: string): string {
  const m = /\((?:this\._|struct\.)(\w+)\)\s*$/.exec(value);
  if (!m) throw new Error(`cannot find the property read by ${value}`);
  return m[1];
}

function structFn(value: string): { fn: string; isBlock?: boolean } | undefined {
  const list = /cdktf\.listMapperHcl\((\w+ToHclTerraform), (true|false)\)/.exec(value);
  if (list && !list[1].startsWith('cdktf')) return { fn: list[1], isBlock: list[2] === 'true' };
  const direct = /^(\w+ToHclTerraform)\(/.exec(value);
  if (direct) return { fn: direct[1] };
  return undefined;
}

function interfaceNameOf(fn: string): string {
  const base = fn.replace(/ToHclTerraform$/, '');
  return base[0].toUpperCase() + base.slice(1);
}

function deriveBlock(js: string, dts: string, entries: Entry[], iface: string): SchemaBlock {
  const members = interfaceMembers(dts, iface);
  const block: SchemaBlock = { attributes: {}, block_types: {}, description_kind: 'plain' };
  for (const e of entries) {
    if (e.tfName === 'alias') continue;
    const camel = camelOf(e.value);
    if (!members.has(camel)) throw new Error(`${iface}.${camel} not in index.d.ts`);
    const required = members.get(camel)!;
    const flags: SchemaAttribute = required ? { required: true } : { optional: true };
    const nested = structFn(e.value);
    if (nested) {
      const inner = deriveBlock(js, dts, entriesOf(functionBody(js, nested.fn)), interfaceNameOf(nested.fn));
      const mode = e.type === 'struct' ? 'single' : e.type;
      if (mode !== 'single' && mode !== 'list' && mode !== 'set' && mode !== 'map') {
        throw new Error(`${e.tfName}: unexpected nesting ${e.type}`);
      }
      if (nested.isBlock) {
        if (mode === 'single') throw new Error(`${e.tfName}: a listMapper block cannot be single`);
        block.block_types![e.tfName] = { nesting_mode: mode, block: inner };
      } else {
        if (inner.block_types && Object.keys(inner.block_types).length) {
          throw new Error(`${e.tfName}: a nested attribute cannot contain blocks`);
        }
        block.attributes![e.tfName] = {
          ...flags,
          description_kind: 'plain',
          nested_type: { attributes: inner.attributes ?? {}, nesting_mode: mode },
        };
      }
      continue;
    }
    let type: CtyTypeJson;
    if (e.type === 'simple') {
      const p = PRIMITIVE[e.storageClassType];
      if (!p) throw new Error(`${e.tfName}: unknown simple type ${e.storageClassType}`);
      type = p;
    } else if (e.type === 'list' || e.type === 'set' || e.type === 'map') {
      const m = /^(string|number|boolean|any)(List|Map)$/.exec(e.storageClassType);
      if (!m) throw new Error(`${e.tfName}: unknown collection ${e.storageClassType}`);
      type = [e.type, PRIMITIVE[m[1]]];
    } else {
      throw new Error(`${e.tfName}: unknown type ${e.type}`);
    }
    block.attributes![e.tfName] = { ...flags, description_kind: 'plain', type };
  }
  if (!Object.keys(block.block_types!).length) delete block.block_types;
  return block;
}

export function bindingFiles(spec: BindingSpec, root: string): { js: string; dts: string; version: string } {
  const dir = path.dirname(require.resolve(`${spec.pkg}/package.json`, { paths: [root] }));
  return {
    js: path.join(dir, 'lib/provider/index.js'),
    dts: path.join(dir, 'lib/provider/index.d.ts'),
    version: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version,
  };
}

export function deriveProviderBlock(spec: BindingSpec, root: string): { $comment: string; provider: Schema } {
  const files = bindingFiles(spec, root);
  const js = fs.readFileSync(files.js, 'utf8');
  const dts = fs.readFileSync(files.dts, 'utf8');
  const entries = entriesOf(methodBody(js, spec.className, 'synthesizeHclAttributes'));
  const block = deriveBlock(js, dts, entries, `${spec.className}Config`);
  return {
    $comment:
      `Provider-block schema derived from ${spec.pkg}@${files.version} lib/provider/index.js ` +
      `(synthesizeHclAttributes and the *ToHclTerraform functions) and lib/provider/index.d.ts ` +
      `(required = no "?") by scripts/conformance/derive-provider-block.ts. Regenerate, do not edit.`,
    provider: { version: 0, block },
  };
}

export const PROVIDER_BLOCKS_DIR = path.join(__dirname, 'provider-blocks');

function cli(): void {
  const root = path.resolve(__dirname, '../..');
  const check = process.argv.includes('--check');
  let stale = false;
  for (const spec of BINDINGS) {
    const text = `${JSON.stringify(deriveProviderBlock(spec, root), null, 2)}\n`;
    const file = path.join(PROVIDER_BLOCKS_DIR, `${spec.name}.json`);
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
      if (!same) stale = true;
      console.log(`${same ? 'up to date' : 'STALE     '} ${path.relative(root, file)}`);
    } else {
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
  if (stale) process.exit(1);
}

if (require.main === module) cli();
