import type { HelmValues } from './helm-addon';

/** Effect of a node taint (Kubernetes `spec.taints[].effect`). */
export enum TaintEffect {
  NO_SCHEDULE = 'NoSchedule',
  PREFER_NO_SCHEDULE = 'PreferNoSchedule',
  NO_EXECUTE = 'NoExecute',
}

/** A Kubernetes toleration, for pods (and add-ons) that must run on tainted nodes. */
export interface NodeToleration {
  /** Taint key, e.g. `nvidia.com/gpu`. */
  readonly key: string;
  /** Taint value; omitted means any value (`operator: Exists`). @default - any value */
  readonly value?: string;
  /** Taint effect tolerated. @default - every effect */
  readonly effect?: TaintEffect;
}

/** Renders tolerations the way Kubernetes wants them (`Equal` with a value, `Exists` without). */
export function renderTolerations(tolerations: readonly NodeToleration[]): HelmValues[] {
  return tolerations.map((t) => {
    const out: Record<string, string> = { key: t.key, operator: t.value === undefined ? 'Exists' : 'Equal' };
    if (t.value !== undefined) out.value = t.value;
    if (t.effect !== undefined) out.effect = t.effect;
    return out;
  });
}
