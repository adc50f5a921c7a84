import { Construct } from 'constructs';
import { MultiRegionValidationError } from '../core/errors';
import { GpuNodeType } from '../core/gpu';
import { DEFAULT_TAINT_EFFECT, NodeTaint } from '../core/scheduling';
import { DataVngcloudVserverFlavor } from '../../.gen/providers/vngcloud/data-vngcloud-vserver-flavor';
import { DataVngcloudVserverFlavorZone } from '../../.gen/providers/vngcloud/data-vngcloud-vserver-flavor-zone';
import { VksClusterNodeGroupResource } from './resources';
import { CHECKED_BY_CLUSTER, NodeGroupContext } from './private/context';
import { nodeGroupProblems, resolveGpu } from './private/node-group-rules';
import { VksNodeGroupOptions } from './props';

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
  public readonly resource: VksClusterNodeGroupResource;
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
    this.resource = new VksClusterNodeGroupResource(this, 'node-group', {
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
