import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';

/** Synthesized Terraform JSON of one stack. */
export interface StackJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly provider?: Record<string, Record<string, unknown>[]>;
  readonly variable?: Record<string, Record<string, unknown>>;
  readonly output?: Record<string, Record<string, unknown>>;
  readonly [k: string]: unknown;
}

/** Synthesizes one stack (validations included) and parses the JSON. */
export function synthJson(stack: TerraformStack): StackJson {
  return JSON.parse(Testing.synth(stack, true)) as StackJson;
}

/** All resources of a type, as a list of their configs. */
export function resources(json: StackJson, type: string): Record<string, unknown>[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** The only resource of a type; throws when there are none or several. */
export function onlyResource(json: StackJson, type: string): Record<string, unknown> {
  const all = resources(json, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** All data sources of a type. */
export function dataSources(json: StackJson, type: string): Record<string, unknown>[] {
  return Object.values(json.data?.[type] ?? {});
}

/** Parsed values of a helm_release (the first `values` entry, JSON rendered by HelmAddOn). */
export function helmValues(release: Record<string, unknown>): Record<string, unknown> {
  const values = release.values as string[] | undefined;
  if (!values || values.length === 0) return {};
  return JSON.parse(values[0]) as Record<string, unknown>;
}

/** The helm_release whose `chart` ends with `chart`. */
export function helmRelease(json: StackJson, chart: string): Record<string, unknown> {
  const found = resources(json, 'helm_release').filter((r) => String(r.chart).split('/').pop() === chart);
  if (found.length !== 1) throw new Error(`expected one helm_release of chart ${chart}, found ${found.length}`);
  return found[0];
}

/** `../shared` beside the checkout, when present (CI has it; a fresh clone does not). */
export const SHARED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared');
export const HAS_SHARED = fs.existsSync(path.join(SHARED_DIR, 'reference'));

/** `describe` that skips (and says why) when ../shared is absent. */
export const describeWithShared: jest.Describe = HAS_SHARED
  ? describe
  : (((name: string, fn: () => void) => describe.skip(`${name} (skipped: ../shared is absent)`, fn)) as unknown as jest.Describe);

/** Kubernetes objects applied through `ClusterManifest` (Helm releases of the bundled cluster-manifests chart). */
export function clusterManifests(json: StackJson): Record<string, unknown>[] {
  return resources(json, 'helm_release')
    .filter((r) => /assets\/cdktf-multiregion-cluster-manifests-chart\//.test(String(r.chart)))
    .flatMap((r) => (helmValues(r).manifests as Record<string, unknown>[]) ?? []);
}
