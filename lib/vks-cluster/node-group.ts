import { Construct } from 'constructs';
import { MultiRegionValidationError } from '../core/errors';
import { NodeScaling } from '../core/cluster-options';
import { GpuNodeType } from '../core/gpu';
import { DEFAULT_TAINT_EFFECT, NodeTaint } from '../core/scheduling';
import { DataVngcloudVserverFlavor } from '../../.gen/providers/vngcloud/data-vngcloud-vserver-flavor';
import { DataVngcloudVserverFlavorZone } from '../../.gen/providers/vngcloud/data-vngcloud-vserver-flavor-zone';
import { VksClusterNodeGroupA } from '../../.gen/providers/vngcloud/vks-cluster-node-group';
import { CHECKED_BY_CLUSTER, NodeGroupContext } from './private/context';
import { nodeGroupProblems, resolveGpu } from './private/node-group-rules';

/** A VKS node group (`vngcloud_vks_cluster_node_group`), for {@link VksCluster.addNodeGroup}. */
export interface VksNodeGroupOptions {
  /** Node group name, 5–15 characters of `[a-z0-9-]`. Changing it replaces the group. */
  readonly name: string;
  /**
   * Flavor name, e.g. `g3-standard-16x128-1A40`. Looked up with the `vngcloud_vserver_flavor` data
   * source (needs the cluster's `projectId` and a `flavorZone`) unless `flavorId` is given. A known
   * GPU flavor makes this a GPU node group. @default - none (VKS picks a default CPU flavor)
   */
  readonly flavor?: string;
  /** Flavor id (`flav-…`); skips the lookup by name. @default - looked up from `flavor` */
  readonly flavorId?: string;
  /** Flavor zone name for the lookup. @default - the cluster's `flavorZone` */
  readonly flavorZone?: string;
  /**
   * Whether the nodes have GPUs. @default - true when `flavor` is a known GPU flavor or `gpuModel` is set
   */
  readonly gpu?: boolean;
  /** GPU model, for flavors the library does not know, e.g. `RTX4090`. @default - from the flavor table */
  readonly gpuModel?: string;
  /** Memory of one GPU in GiB, for flavors the library does not know. @default - from the flavor table */
  readonly gpuMemoryGiB?: number;
  /** GPUs per node, for flavors the library does not know. @default - from the flavor table, else 1 */
  readonly gpusPerNode?: number;
  /** Nodes to start with, 0–10 (within `scaling` when set). @default - scaling.minNodes, else 1 */
  readonly numNodes?: number;
  /** Autoscaling range. @default - no autoscaling */
  readonly scaling?: NodeScaling;
  /** Boot disk size in GiB, 20–1000 (GPU images and model caches need room). @default 100 */
  readonly diskSizeGiB?: number;
  /** Volume type id of the boot disk (`vtype-…`). @default - the zone's default type */
  readonly diskTypeId?: string;
  /** Node image id (`img-…`). @default - the VKS default image of the zone */
  readonly imageId?: string;
  /** SSH key id (`ssh-…`). @default - the cluster's key */
  readonly sshKeyId?: string;
  /** Kubernetes labels on the nodes. GPU groups also get HAMi's selector label (`gpu=on`). @default - none */
  readonly labels?: Record<string, string>;
  /** Taints on the nodes. The GPU add-ons tolerate the taints of GPU groups. @default - none */
  readonly taints?: NodeTaint[];
  /** Nodes without public IPs. @default - true for a private cluster, false for a public one */
  readonly privateNodes?: boolean;
  /** Encrypt the boot volume. @default false */
  readonly encryptedVolume?: boolean;
  /** Security group ids. @default - VKS defaults */
  readonly securityGroupIds?: string[];
  /** Subnet id. @default - the cluster's subnet */
  readonly subnetId?: string;
  /** Secondary subnet CIDRs for pod IPs; required with `VksNetworkType.CILIUM_NATIVE_ROUTING`. @default - none */
  readonly secondarySubnets?: string[];
}

/** Props of {@link VksNodeGroup}; created by {@link VksCluster.addNodeGroup}. */
export interface VksNodeGroupProps extends VksNodeGroupOptions {
  /** @internal what the group takes from its cluster */
  readonly context: NodeGroupContext;
}

/**
 * One node group of a VKS cluster. Created through `VksCluster` (its `gpuNodeGroup`/`cpuNodeGroup`
 * props or `addNodeGroup`); the `vngcloud_vks_cluster_node_group` is {@link resource}.
 */
export class VksNodeGroup extends Construct {
  /** The `vngcloud_vks_cluster_node_group` resource (escape hatch). */
  public readonly resource: VksClusterNodeGroupA;
  /** Node group name. */
  public readonly name: string;
  /** The GPU type of the nodes, undefined for a CPU group. */
  public readonly gpu?: GpuNodeType;
  /** Taints on the nodes. */
  public readonly taints: NodeTaint[];
  /** The flavor data source, when the flavor is looked up by name. */
  public readonly flavorLookup?: DataVngcloudVserverFlavor;

  constructor(scope: Construct, id: string, props: VksNodeGroupProps) {
    super(scope, id);
    const ctx = props.context;
    if (!(props as { [CHECKED_BY_CLUSTER]?: boolean })[CHECKED_BY_CLUSTER]) {
      const problems = nodeGroupProblems('', props, ctx);
      if (problems.length > 0) throw new MultiRegionValidationError(this.node.path, problems);
    }

    this.name = props.name;
    this.gpu = resolveGpu(props, ctx);
    this.taints = props.taints ?? [];

    let flavorId = props.flavorId;
    if (flavorId === undefined && props.flavor !== undefined) {
      const zone = new DataVngcloudVserverFlavorZone(this, 'flavor-zone', {
        projectId: ctx.projectId!,
        name: props.flavorZone ?? ctx.flavorZone!,
      });
      this.flavorLookup = new DataVngcloudVserverFlavor(this, 'flavor', {
        projectId: ctx.projectId!,
        flavorZoneId: zone.id,
        name: props.flavor,
      });
      flavorId = this.flavorLookup.id;
    }

    const labels = { ...(props.labels ?? {}), ...(this.gpu ? ctx.gpuNodeLabels : {}) };
    this.resource = new VksClusterNodeGroupA(this, 'node-group', {
      clusterId: ctx.clusterId,
      name: props.name,
      flavorId,
      imageId: props.imageId,
      diskSize: props.diskSizeGiB ?? 100,
      diskType: props.diskTypeId,
      numNodes: props.numNodes ?? props.scaling?.minNodes ?? 1,
      autoScaleConfig: props.scaling ? { minSize: props.scaling.minNodes, maxSize: props.scaling.maxNodes } : undefined,
      upgradeConfig: { strategy: 'SURGE', maxSurge: 1, maxUnavailable: 0 },
      sshKeyId: props.sshKeyId ?? ctx.sshKeyId!,
      enablePrivateNodes: props.privateNodes ?? ctx.privateNodes,
      enabledEncryptionVolume: props.encryptedVolume ?? false,
      securityGroups: props.securityGroupIds,
      subnetId: props.subnetId,
      secondarySubnets: props.secondarySubnets,
      labels: Object.keys(labels).length > 0 ? labels : undefined,
      taint: this.taints.length > 0
        ? this.taints.map((t) => ({ key: t.key, value: t.value ?? '', effect: t.effect ?? DEFAULT_TAINT_EFFECT }))
        : undefined,
    });
  }
}
