import { IConstruct } from 'constructs';
import type { ICluster } from '../cluster';

/** Every cluster of an app (keyed by the app's root construct), in construction order. */
const clusters = new WeakMap<IConstruct, ICluster[]>();
/** Pairs of clusters that a multi-cluster construct joins (they route to each other). */
const joined = new WeakMap<ICluster, Set<ICluster>>();

export function registerCluster(cluster: ICluster): void {
  const root = cluster.node.root;
  const list = clusters.get(root) ?? [];
  list.push(cluster);
  clusters.set(root, list);
}

/** The clusters registered in the app `scope` belongs to. */
export function clustersOf(scope: IConstruct): readonly ICluster[] {
  return clusters.get(scope.node.root) ?? [];
}

/** Records that the clusters route to each other (their CIDR overlaps are then errors, reported by the joining construct). */
export function markJoined(members: readonly ICluster[]): void {
  for (const a of members) {
    const set = joined.get(a) ?? new Set<ICluster>();
    for (const b of members) if (b !== a) set.add(b);
    joined.set(a, set);
  }
}

export function areJoined(a: ICluster, b: ICluster): boolean {
  return joined.get(a)?.has(b) ?? false;
}
