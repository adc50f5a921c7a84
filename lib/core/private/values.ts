import { Fn } from 'cdktf';
import { isListToken } from './lists';
import type { HelmValue, HelmValues } from '../helm-addon';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge key by key, everything else (lists included) is replaced by `over`. */
export function mergeValues(base: HelmValues, over: HelmValues): HelmValues {
  const out: Record<string, HelmValue> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const cur = out[k];
    out[k] = isObject(cur) && isObject(v) ? mergeValues(cur as HelmValues, v as HelmValues) : v;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return isObject(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
}

/** Sorts the keys of plain objects, deeply; tokens and other class instances are left as they are. */
export function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (isPlainObject(v)) {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])]));
  }
  return v;
}

/** JSON with sorted keys: valid YAML for Helm, and the same bytes on every synth. */
export function stableJson(v: unknown): string {
  return JSON.stringify(sortDeep(v), null, 2);
}

/**
 * True when a values tree holds something JSON.stringify cannot write as-is: an expression object
 * (a `for` expression, a function call) or a list token. Such trees are encoded by Terraform
 * (`jsonencode`) instead; plain string tokens are fine either way.
 */
export function needsTerraformEncoding(v: unknown): boolean {
  if (Array.isArray(v)) return (v.every((x) => typeof x === 'string') && isListToken(v as string[])) || v.some(needsTerraformEncoding);
  if (isObject(v)) return !isPlainObject(v) || Object.values(v).some(needsTerraformEncoding);
  return false;
}

/** A values document for Helm: stable JSON, or `jsonencode(...)` of the key-sorted tree when it holds expressions. */
export function renderValues(v: unknown): string {
  return needsTerraformEncoding(v) ? Fn.jsonencode(sortDeep(v)) : stableJson(v);
}
