/**
 * How the Kubernetes API server of a cluster the library creates (`GpuCluster`, `VksCluster`) is
 * reached. There is no default: exposure is a decision.
 */
export enum ApiServerAccess {
  /**
   * An internet-facing endpoint. The kubernetes/helm providers of the cluster's stack use it, so
   * `cdktf deploy` works from a laptop. What limits it depends on the provider (see each cluster's README).
   */
  PUBLIC = 'public',
  /** Only the VPC-internal endpoint. Plan/apply must then run from inside the VPC (or over a VPN). */
  PRIVATE = 'private',
}

/**
 * Auto scaling bounds of a node pool (ACK) or node group (VKS). Each cluster type states the
 * range it accepts (ACK: 0 ≤ minNodes ≤ maxNodes, 1 ≤ maxNodes ≤ 1000; VKS: 0–10).
 */
export interface NodeScaling {
  /** Fewest nodes (0 lets a GPU pool scale to zero). */
  readonly minNodes: number;
  /** Most nodes. */
  readonly maxNodes: number;
}
