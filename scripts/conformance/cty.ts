/**
 * cty values as they travel in tfplugin6 `DynamicValue.msgpack`, decoded by @msgpack/msgpack:
 *
 * - null is msgpack nil; an unknown value is a msgpack extension (type 0, or type 12 for an
 *   unknown carrying refinements) and stays an `ExtData` instance here;
 * - strings are str, numbers int or float64, bools bool;
 * - lists, sets and tuples are arrays; maps and objects are maps;
 * - a value of type `dynamic` is a two-element array [type JSON as bin, value], or nil / unknown.
 *
 * Decoding and re-encoding with @msgpack/msgpack keeps all of that as it is (ExtData and
 * Uint8Array round-trip unchanged), so the functions below only walk the value along the
 * schema and replace what the provider is responsible for.
 */
import { decode, encode, ExtData } from '@msgpack/msgpack';
import type { CtyTypeJson, SchemaAttribute, SchemaBlock, SchemaObject } from './schema-types';

/** cty's msgpack extension code for an unknown value. */
export const UNKNOWN_EXT = 0;
/** cty's msgpack extension code for an unknown value with refinements. */
export const UNKNOWN_REFINED_EXT = 12;

/**
 * The string used wherever the conformance provider must invent a known string (data source
 * results, remote-state outputs, input variables): base64 of "placeholder", so that
 * `base64decode()` of it also works during plan.
 */
export const PLACEHOLDER_STRING = 'cGxhY2Vob2xkZXI=';
export const PLACEHOLDER_NUMBER = 1;

export type CtyValue = unknown;
type Obj = Record<string, CtyValue>;

export function unknownValue(): ExtData {
  return new ExtData(UNKNOWN_EXT, new Uint8Array(0));
}

export function isUnknown(v: CtyValue): boolean {
  return v instanceof ExtData && (v.type === UNKNOWN_EXT || v.type === UNKNOWN_REFINED_EXT);
}

export function decodeValue(buf: Uint8Array | undefined | null): CtyValue {
  if (!buf || buf.length === 0) return null;
  return decode(buf);
}

export function encodeValue(v: CtyValue): Buffer {
  const bytes = encode(v);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isObj(v: CtyValue): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof ExtData) && !(v instanceof Uint8Array);
}

/** Applies fn to each object of a nested block or nested attribute value, whatever its nesting. */
function mapNested(v: CtyValue, mode: string, fn: (o: CtyValue) => CtyValue): CtyValue {
  if (v === null || v === undefined) return null;
  if (isUnknown(v)) return v;
  switch (mode) {
    case 'single':
    case 'group':
      return fn(v);
    case 'list':
    case 'set':
      return Array.isArray(v) ? v.map(fn) : v;
    case 'map':
      return isObj(v) ? Object.fromEntries(Object.entries(v).map(([k, o]) => [k, fn(o)])) : v;
    default:
      return v;
  }
}

function objectBlock(o: SchemaObject): SchemaBlock {
  return { attributes: o.attributes };
}

/**
 * PlanResourceChange: start from Terraform's proposed new state (configured values merged
 * with the prior state), keep every configured value, mark computed attributes that are still
 * null as unknown (to be known after apply), and keep write-only attributes null.
 */
export function planObject(value: CtyValue, block: SchemaBlock): CtyValue {
  if (!isObj(value)) return value;
  const out: Obj = { ...value };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    out[name] = planAttribute(out[name] ?? null, attr);
  }
  for (const [name, nb] of Object.entries(block.block_types ?? {})) {
    out[name] = mapNested(out[name] ?? null, nb.nesting_mode, (o) => planObject(o, nb.block));
  }
  return out;
}

function planAttribute(v: CtyValue, attr: SchemaAttribute): CtyValue {
  if (attr.write_only) return null;
  if (v === null) return attr.computed ? unknownValue() : null;
  if (attr.nested_type) {
    const nested = attr.nested_type;
    return mapNested(v, nested.nesting_mode, (o) => planObject(o, objectBlock(nested)));
  }
  return v;
}

/**
 * ReadDataSource: the configured values, with every computed attribute that is null filled
 * with a known placeholder of its type (a data source result must be wholly known).
 */
export function fillObject(value: CtyValue, block: SchemaBlock): CtyValue {
  if (!isObj(value)) return value;
  const out: Obj = { ...value };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    const v = out[name] ?? null;
    if (attr.write_only) out[name] = null;
    else if (v === null) out[name] = attr.computed ? placeholderForAttribute(attr) : null;
    else if (attr.nested_type) {
      const nested = attr.nested_type;
      out[name] = mapNested(v, nested.nesting_mode, (o) => fillObject(o, objectBlock(nested)));
    }
  }
  for (const [name, nb] of Object.entries(block.block_types ?? {})) {
    out[name] = mapNested(out[name] ?? null, nb.nesting_mode, (o) => fillObject(o, nb.block));
  }
  return out;
}

export function placeholderForAttribute(attr: SchemaAttribute): CtyValue {
  if (attr.nested_type) return placeholderNested(attr.nested_type);
  if (attr.type === undefined) return null;
  return placeholderValue(attr.type);
}

function placeholderNested(o: SchemaObject): CtyValue {
  const element: Obj = {};
  for (const [name, attr] of Object.entries(o.attributes)) {
    element[name] = attr.write_only ? null : placeholderForAttribute(attr);
  }
  switch (o.nesting_mode) {
    case 'list':
    case 'set':
      return [element];
    case 'map':
      return { placeholder: element };
    default:
      return element;
  }
}

/** A known value of the given cty type, in cty's msgpack shape. */
export function placeholderValue(type: CtyTypeJson, opts: { dynamicAsMsgpack?: boolean } = {}): CtyValue {
  const asMsgpack = opts.dynamicAsMsgpack ?? true;
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        return PLACEHOLDER_STRING;
      case 'number':
        return PLACEHOLDER_NUMBER;
      case 'bool':
        return false;
      case 'dynamic':
        // msgpack: a dynamic value carries its concrete type as JSON bytes.
        return asMsgpack ? [Buffer.from(JSON.stringify('string')), PLACEHOLDER_STRING] : PLACEHOLDER_STRING;
      default:
        throw new Error(`unsupported primitive cty type ${JSON.stringify(type)}`);
    }
  }
  const [kind, arg] = type;
  switch (kind) {
    case 'list':
    case 'set':
      return [placeholderValue(arg as CtyTypeJson, opts)];
    case 'map':
      return { placeholder: placeholderValue(arg as CtyTypeJson, opts) };
    case 'object':
      return Object.fromEntries(
        Object.entries(arg as Record<string, CtyTypeJson>).map(([k, t]) => [k, placeholderValue(t, opts)]),
      );
    case 'tuple':
      return (arg as CtyTypeJson[]).map((t) => placeholderValue(t, opts));
    default:
      throw new Error(`unsupported cty type ${JSON.stringify(type)}`);
  }
}
