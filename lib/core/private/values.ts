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

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (isObject(v)) {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])]));
  }
  return v;
}

/** JSON with sorted keys: valid YAML for Helm, and the same bytes on every synth. */
export function stableJson(v: unknown): string {
  return JSON.stringify(sortDeep(v), null, 2);
}
