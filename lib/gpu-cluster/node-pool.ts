import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CsKubernetesNodePool } from '../../.gen/providers/alicloud/cs-kubernetes-node-pool';
import { isUnresolved, Problems, ValidationProblem } from '../core/errors';
import { sortedEntries } from '../core/private/compare';
import { GpuNodeType, GpuSharing } from '../core/gpu';
import { TaintEffect } from '../core/scheduling';
import { lookupGpuInstanceType } from './gpu-instance-types';
import { ACK_GPU_PLACEMENT_LABEL, ACK_GPU_SCHEDULE_LABEL, ackGpuNodeLabels, GpuPlacement, needsAiSchedulingComponent } from './gpu-sharing';

/** ECS disk category. @see https://www.alibabacloud.com/help/en/ecs/user-guide/disks-2 */
export enum DiskCategory {
  /** Enterprise SSD (ESSD), PL1 by default. */
  CLOUD_ESSD = 'cloud_essd',
  /** ESSD Entry. */
  CLOUD_ESSD_ENTRY = 'cloud_essd_entry',
  /** ESSD AutoPL. */
  CLOUD_AUTO = 'cloud_auto',
  /** Standard SSD (older instance families). */
  CLOUD_SSD = 'cloud_ssd',
  /** Ultra disk (older instance families). */
  CLOUD_EFFICIENCY = 'cloud_efficiency',
}

/** A node disk. */
export interface NodeDisk {
  /** Disk category. @default DiskCategory.CLOUD_ESSD */
  readonly category?: DiskCategory;
  /** Size in GiB (system disk 20-2048, data disk 20-32768). */
  readonly sizeGiB: number;
}

/** A Kubernetes taint put on every node of a pool. */
export interface NodeTaint {
  /** Taint key, e.g. `nvidia.com/gpu`. */
  readonly key: string;
  /** Taint value. @default - empty */
  readonly value?: string;
  /** Effect. */
  readonly effect: TaintEffect;
}

/** Auto scaling bounds of a node pool (ACK's node auto scaling must be enabled for the cluster). */
export interface NodeScaling {
  /** Fewest nodes (0 lets a GPU pool scale to zero). */
  readonly minSize: number;
  /** Most nodes. */
  readonly maxSize: number;
}

/** Options of a node pool (CPU or GPU). */
export interface NodePoolOptions {
  /** Node pool name, 1-63 letters, digits, '-' or '_', starting with a letter or digit. Unique in the cluster. */
  readonly name: string;
  /** ECS instance types, in order of preference (1-10), e.g. `['ecs.g7.xlarge']`. */
  readonly instanceTypes: string[];
  /**
   * Fixed number of nodes. Mutually exclusive with `scaling`.
   * @default - 2 for the system pool, 1 for GPU pools (when `scaling` is not set)
   */
  readonly desiredSize?: number;
  /** Auto scaling bounds instead of a fixed size. @default - fixed size (`desiredSize`) */
  readonly scaling?: NodeScaling;
  /** System disk. @default { category: DiskCategory.CLOUD_ESSD, sizeGiB: 120 } */
  readonly systemDisk?: NodeDisk;
  /** Data disks (container images and ephemeral storage; model images are large on GPU nodes). @default - none */
  readonly dataDisks?: NodeDisk[];
  /** Kubernetes labels on every node. @default - none */
  readonly labels?: Record<string, string>;
  /** Taints on every node. @default - none */
  readonly taints?: NodeTaint[];
  /** Vswitches the nodes are created in. @default - the cluster's node vswitches */
  readonly vswitchIds?: string[];
  /** Tags on the ECS instances. @default - the cluster's tags */
  readonly tags?: Record<string, string>;
}

/** Options of a GPU node pool. */
export interface GpuNodePoolOptions extends NodePoolOptions {
  /**
   * How the shared-GPU scheduler places pods on the GPUs of a node. Only for the sharing modes
   * (CGPU, CGPU_CORE_MEM, SHARED). @default GpuPlacement.BINPACK (for sharing modes)
   */
  readonly placement?: GpuPlacement;
  /** GPU model; required for instance types this library does not know. @default - from the known instance types */
  readonly gpuModel?: string;
  /** Memory of one GPU in GiB; required for unknown instance types. @default - from the known instance types */
  readonly gpuMemoryGiB?: number;
  /** GPUs per node. @default - from the known instance types, else 1 */
  readonly gpusPerNode?: number;
}

/** What a node pool needs from its cluster. */
export interface NodePoolHost {
  /** Cluster ID (a token). */
  readonly clusterId: string;
  /** The alicloud provider of the cluster's region. */
  readonly alicloudProvider: TerraformProvider;
  /** Default vswitches for nodes. */
  readonly nodeVswitchIds: string[];
  /** Default tags. */
  readonly tags?: Record<string, string>;
}

/** Props of {@link AckNodePool}. */
export interface AckNodePoolProps {
  readonly host: NodePoolHost;
  readonly options: NodePoolOptions | GpuNodePoolOptions;
  /** Set for GPU pools: the cluster's sharing mode. @default - a CPU pool */
  readonly gpuSharing?: GpuSharing;
  /** Prefix for prop names in error messages, e.g. `gpuNodePools[1]`. */
  readonly propPrefix: string;
  /** Size when neither desiredSize nor scaling is given. */
  readonly defaultDesiredSize: number;
  /** Resources that must exist before nodes boot (NAT egress, add-ons). @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

const POOL_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;
const INSTANCE_TYPE = /^ecs\.[a-z0-9-]+\.[a-z0-9-]+$/;
// Kubernetes qualified name with optional DNS-subdomain prefix, and label value syntax.
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/**
 * One `alicloud_cs_kubernetes_node_pool`: a CPU system pool or a GPU pool labelled for the
 * cluster's GPU sharing mode. Created through `GpuCluster` (props or `addGpuNodePool`).
 */
export class AckNodePool extends Construct implements ITerraformDependable {
  /** The node pool resource (escape hatch). */
  public readonly resource: CsKubernetesNodePool;
  /** Node pool name. */
  public readonly poolName: string;
  /** GPU node types this pool offers (empty for CPU pools). */
  public readonly gpuNodeTypes: GpuNodeType[];
  /** Whether this is a GPU pool. */
  public readonly isGpu: boolean;
  /** Node labels set on the pool, including the ACK GPU labels. */
  public readonly labels: Record<string, string>;
  public readonly fqn: string;

  constructor(scope: Construct, id: string, props: AckNodePoolProps) {
    super(scope, id);
    const o = props.options;
    const checked = checkNodePool(o, props.gpuSharing, props.propPrefix);
    new Problems(this.node.path).addAll(checked.problems).throwIfAny();

    this.poolName = o.name;
    this.isGpu = props.gpuSharing !== undefined;
    this.gpuNodeTypes = checked.gpuNodeTypes;
    this.labels = checked.labels;
    const systemDisk = o.systemDisk ?? { sizeGiB: 120 };
    const scaling = o.scaling;
    this.resource = new CsKubernetesNodePool(this, 'pool', {
      provider: props.host.alicloudProvider,
      clusterId: props.host.clusterId,
      nodePoolName: o.name,
      vswitchIds: [...(o.vswitchIds ?? props.host.nodeVswitchIds)],
      instanceTypes: [...o.instanceTypes],
      instanceChargeType: 'PostPaid',
      desiredSize: scaling ? undefined : String(o.desiredSize ?? props.defaultDesiredSize),
      scalingConfig: scaling ? { enable: true, minSize: scaling.minSize, maxSize: scaling.maxSize } : undefined,
      systemDiskCategory: systemDisk.category ?? DiskCategory.CLOUD_ESSD,
      systemDiskSize: systemDisk.sizeGiB,
      dataDisks: o.dataDisks?.map((d) => ({ category: d.category ?? DiskCategory.CLOUD_ESSD, size: d.sizeGiB })),
      labels: sortedEntries(this.labels).map(([key, value]) => ({ key, value })),
      taints: o.taints?.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
      tags: o.tags ?? props.host.tags,
      dependsOn: props.dependsOn ? [...props.dependsOn] : undefined,
    });
    this.fqn = this.resource.fqn;
  }
}

/** The result of checking a node pool's options. */
export interface CheckedNodePool {
  readonly problems: ValidationProblem[];
  readonly gpuNodeTypes: GpuNodeType[];
  readonly labels: Record<string, string>;
}

/** Checks a node pool's options; `gpuSharing` is set for GPU pools. Props are named `<p>.<field>`. */
export function checkNodePool(o: NodePoolOptions | GpuNodePoolOptions, gpuSharing: GpuSharing | undefined, p: string): CheckedNodePool {
  const gpu = gpuSharing !== undefined;
  const problems = new Problems(p);

  if (!isUnresolved(o.name)) {
    problems.check(POOL_NAME.test(o.name ?? ''), 'NODE_POOL_NAME', `${p}.name`, o.name,
      "1-63 letters, digits, '-' or '_', starting with a letter or digit");
  }
  const types = o.instanceTypes ?? [];
  if (!isUnresolved(types)) {
    problems.check(types.length >= 1 && types.length <= 10, 'INSTANCE_TYPES_COUNT', `${p}.instanceTypes`, types,
      'between 1 and 10 ECS instance types');
    types.forEach((t, i) => {
      if (!isUnresolved(t)) problems.check(INSTANCE_TYPE.test(t), 'INSTANCE_TYPE_INVALID', `${p}.instanceTypes[${i}]`, t, "an ECS instance type such as 'ecs.gn8is.4xlarge'");
    });
  }
  checkSize(problems, p, o);
  checkDisks(problems, p, o);
  const userLabels = o.labels ?? {};
  for (const [k, v] of Object.entries(userLabels)) {
    problems.check(LABEL_KEY.test(k) && k.length <= 317, 'LABEL_KEY_INVALID', `${p}.labels`, k, 'a Kubernetes label key ([prefix/]name, name up to 63 characters)');
    if (!isUnresolved(v)) problems.check(LABEL_VALUE.test(v), 'LABEL_VALUE_INVALID', `${p}.labels['${k}']`, v, "a Kubernetes label value: up to 63 letters, digits, '-', '_' or '.'");
    if (k === ACK_GPU_SCHEDULE_LABEL || k === ACK_GPU_PLACEMENT_LABEL) {
      problems.add('LABEL_RESERVED', `${p}.labels`, k,
        gpu ? 'leave the ACK GPU labels to the library: set gpuSharing on the cluster and placement on the pool'
          : 'ACK GPU labels belong on GPU pools; add the pool with addGpuNodePool / gpuNodePools');
    }
  }
  (o.taints ?? []).forEach((t, i) => {
    problems.check(LABEL_KEY.test(t.key ?? ''), 'TAINT_KEY_INVALID', `${p}.taints[${i}].key`, t.key, 'a Kubernetes taint key ([prefix/]name)');
    if (t.value !== undefined && !isUnresolved(t.value)) problems.check(LABEL_VALUE.test(t.value), 'TAINT_VALUE_INVALID', `${p}.taints[${i}].value`, t.value, 'up to 63 letters, digits, \'-\', \'_\' or \'.\'');
    problems.check(Object.values(TaintEffect).includes(t.effect), 'TAINT_EFFECT_INVALID', `${p}.taints[${i}].effect`, t.effect, `one of ${Object.values(TaintEffect).join(', ')}`);
  });

  let gpuNodeTypes: GpuNodeType[] = [];
  let gpuLabels: Record<string, string> = {};
  if (gpu) {
    const g = o as GpuNodePoolOptions;
    gpuNodeTypes = gpuTypes(problems, p, g);
    const sharing = gpuSharing!;
    if (g.placement !== undefined && !needsAiSchedulingComponent(sharing)) {
      problems.add('GPU_PLACEMENT_NOT_SHARED', `${p}.placement`, g.placement,
        `placement applies to shared GPUs only (gpuSharing CGPU, CGPU_CORE_MEM or SHARED); the cluster uses ${sharing}`);
    }
    if (g.placement !== undefined) {
      problems.check(Object.values(GpuPlacement).includes(g.placement), 'GPU_PLACEMENT_INVALID', `${p}.placement`, g.placement,
        `one of ${Object.values(GpuPlacement).join(', ')}`);
    }
    gpuLabels = ackGpuNodeLabels(sharing, g.placement);
  }
  return { problems: [...problems.all], gpuNodeTypes, labels: { ...userLabels, ...gpuLabels } };
}

function checkSize(problems: Problems, p: string, o: NodePoolOptions): void {
  if (o.desiredSize !== undefined && o.scaling !== undefined) {
    problems.add('NODE_POOL_SIZE_CONFLICT', `${p}.desiredSize`, o.desiredSize,
      'either desiredSize (a fixed size) or scaling (minSize/maxSize), not both: ACK ignores one of them');
  }
  if (o.desiredSize !== undefined && !isUnresolved(o.desiredSize)) {
    problems.check(Number.isInteger(o.desiredSize) && o.desiredSize >= 0 && o.desiredSize <= 1000, 'DESIRED_SIZE_INVALID',
      `${p}.desiredSize`, o.desiredSize, 'a whole number of nodes from 0 to 1000');
  }
  if (o.scaling) {
    const { minSize, maxSize } = o.scaling;
    const ints = Number.isInteger(minSize) && Number.isInteger(maxSize);
    problems.check(ints && minSize >= 0 && maxSize >= 1 && maxSize <= 1000 && minSize <= maxSize, 'SCALING_RANGE_INVALID',
      `${p}.scaling`, o.scaling, 'whole numbers with 0 <= minSize <= maxSize, 1 <= maxSize <= 1000');
  }
}

function checkDisks(problems: Problems, p: string, o: NodePoolOptions): void {
  const category = (prop: string, c: DiskCategory | undefined): void => {
    if (c !== undefined) problems.check(Object.values(DiskCategory).includes(c), 'DISK_CATEGORY_INVALID', prop, c, `one of ${Object.values(DiskCategory).join(', ')}`);
  };
  if (o.systemDisk) {
    const s = o.systemDisk.sizeGiB;
    problems.check(Number.isInteger(s) && s >= 20 && s <= 2048, 'DISK_SIZE_INVALID', `${p}.systemDisk.sizeGiB`, s, 'a whole number of GiB from 20 to 2048');
    category(`${p}.systemDisk.category`, o.systemDisk.category);
  }
  (o.dataDisks ?? []).forEach((d, i) => {
    problems.check(Number.isInteger(d.sizeGiB) && d.sizeGiB >= 20 && d.sizeGiB <= 32768, 'DISK_SIZE_INVALID', `${p}.dataDisks[${i}].sizeGiB`, d.sizeGiB,
      'a whole number of GiB from 20 to 32768');
    category(`${p}.dataDisks[${i}].category`, d.category);
  });
}

function gpuTypes(problems: Problems, p: string, o: GpuNodePoolOptions): GpuNodeType[] {
  if (o.gpuMemoryGiB !== undefined) {
    problems.check(Number.isInteger(o.gpuMemoryGiB) && o.gpuMemoryGiB >= 1 && o.gpuMemoryGiB <= 1024, 'GPU_MEMORY_INVALID', `${p}.gpuMemoryGiB`,
      o.gpuMemoryGiB, 'a whole number of GiB per GPU from 1 to 1024 (cGPU requests memory in whole GiB)');
  }
  if (o.gpusPerNode !== undefined) {
    problems.check(Number.isInteger(o.gpusPerNode) && o.gpusPerNode >= 1 && o.gpusPerNode <= 16, 'GPUS_PER_NODE_INVALID', `${p}.gpusPerNode`,
      o.gpusPerNode, 'a whole number from 1 to 16');
  }
  if (o.gpuModel !== undefined) {
    problems.check(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$/.test(o.gpuModel), 'GPU_MODEL_INVALID', `${p}.gpuModel`, o.gpuModel, "a GPU model name such as 'L20'");
  }
  const out: GpuNodeType[] = [];
  (o.instanceTypes ?? []).forEach((t, i) => {
    if (isUnresolved(t)) return;
    const known = lookupGpuInstanceType(t);
    if (!known && (o.gpuModel === undefined || o.gpuMemoryGiB === undefined)) {
      problems.add('GPU_INSTANCE_TYPE_UNKNOWN', `${p}.instanceTypes[${i}]`, t,
        'a known GPU instance type (see KNOWN_GPU_INSTANCE_TYPES), or pass gpuModel and gpuMemoryGiB for this pool');
      return;
    }
    out.push({
      gpuModel: o.gpuModel ?? known!.gpuModel,
      gpuMemoryGiB: o.gpuMemoryGiB ?? known!.gpuMemoryGiB,
      gpusPerNode: o.gpusPerNode ?? known?.gpusPerNode ?? 1,
      instanceType: t,
    });
  });
  return out;
}
