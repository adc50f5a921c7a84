import type { HelmValues } from './helm-addon';

/** Effect of a node taint (Kubernetes `spec.taints[].effect`). */
export enum TaintEffect {
  NO_SCHEDULE = 'NoSchedule',
  PREFER_NO_SCHEDULE = 'PreferNoSchedule',
  NO_EXECUTE = 'NoExecute',
}

/**
 * A Kubernetes taint put on every node of a node pool or node group (ACK `AckNodePool`, VKS `VksNodeGroup`).
 * Pods need a matching {@link NodeToleration} to run there.
 */
export interface NodeTaint {
  /** Taint key, e.g. `nvidia.com/gpu`. */
  readonly key: string;
  /** Taint value. VNG Cloud VKS requires one; ACK accepts none. @default - no value (ACK); required on VKS */
  readonly value?: string;
  /** Effect. @default TaintEffect.NO_SCHEDULE */
  readonly effect?: TaintEffect;
}

/** The effect a taint has when its `effect` is not set. */
export const DEFAULT_TAINT_EFFECT = TaintEffect.NO_SCHEDULE;

/** The toleration that lets a pod onto nodes with this taint (the same key, value and effect). */
export function tolerationFor(taint: NodeTaint): NodeToleration {
  return { key: taint.key, value: taint.value, effect: taint.effect ?? DEFAULT_TAINT_EFFECT };
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
