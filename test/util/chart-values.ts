import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { SHARED_DIR } from './synth';

/** The chart's own default values (../shared/reference/charts/<chart>-<version>/values.yaml). */
export function chartDefaults(chartDir: string): Record<string, unknown> {
  const file = path.join(SHARED_DIR, 'reference', 'charts', chartDir, 'values.yaml');
  return parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Key paths in `values` that the chart's values.yaml does not know. Descends only where the chart
 * has a non-empty object; a key under an empty map (`annotations: {}`, `nodeSelector: {}`) or under
 * one of `freeForm` (e.g. `config.merge`) is free-form and accepted.
 */
export function unknownValueKeys(values: Record<string, unknown>, defaults: Record<string, unknown>, freeForm: string[] = []): string[] {
  const out: string[] = [];
  const walk = (v: Record<string, unknown>, d: Record<string, unknown>, prefix: string): void => {
    for (const [k, child] of Object.entries(v)) {
      const p = prefix ? `${prefix}.${k}` : k;
      if (freeForm.includes(p)) continue;
      if (!(k in d)) {
        out.push(p);
        continue;
      }
      const dv = d[k];
      if (isObject(child) && isObject(dv) && Object.keys(dv).length > 0) walk(child, dv, p);
    }
  };
  walk(values, defaults, '');
  return out;
}
