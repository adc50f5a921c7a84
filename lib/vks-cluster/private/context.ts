import { GpuSpec } from '../../core/gpu';
import { VksNetworkType } from '../props';

/** What a node group's rules read from its cluster: all known before the cluster resource exists. */
export interface NodeGroupRules {
  readonly networkType: VksNetworkType;
  readonly projectId?: string;
  readonly flavorZone?: string;
  /** Whether the cluster gives node groups an SSH key (sshKeyId, or sshPublicKey to create one). */
  readonly clusterHasSshKey: boolean;
  /** Known GPU flavors (library table merged with the user's). */
  readonly gpuFlavors: Readonly<Record<string, GpuSpec>>;
  /** Labels every GPU node group gets (HAMi's node selector), empty without HAMi. */
  readonly gpuNodeLabels: Readonly<Record<string, string>>;
}

/** What a node group takes from its cluster to create its resources. */
export interface NodeGroupContext extends NodeGroupRules {
  /** `vngcloud_vks_cluster` id (a token). */
  readonly clusterId: string;
  /** The cluster's SSH key id (given, or the created key's id). */
  readonly sshKeyId?: string;
  /** Default for `privateNodes`. */
  readonly privateNodes: boolean;
}

/** Internal prop: the cluster already ran this group's rules (with the same context), so the group does not run them again. */
export const CHECKED_BY_CLUSTER = Symbol.for('cdktf-multiregion.vks.checkedByCluster');
