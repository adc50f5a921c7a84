import { VksGpuFlavor } from '../flavors';
import { VksNetworkType } from '../types';

/** What a node group takes from its cluster. */
export interface NodeGroupContext {
  /** `vngcloud_vks_cluster` id (a token). */
  readonly clusterId: string;
  readonly networkType: VksNetworkType;
  readonly projectId?: string;
  readonly flavorZone?: string;
  readonly sshKeyId?: string;
  /** Default for `privateNodes`. */
  readonly privateNodes: boolean;
  /** Known GPU flavors (library table merged with the user's). */
  readonly gpuFlavors: Readonly<Record<string, VksGpuFlavor>>;
  /** Labels every GPU node group gets (HAMi's node selector), empty without HAMi. */
  readonly gpuNodeLabels: Readonly<Record<string, string>>;
}
