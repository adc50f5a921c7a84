import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CsKubernetesNodePoolResource } from './resources';
import { isUnresolved, Problems, ValidationProblem } from '../core/errors';
import { sortedEntries } from '../core/private/compare';
import { GpuNodeType, GpuPlacement, GpuSharing } from '../core/gpu';
import { DEFAULT_TAINT_EFFECT, TaintEffect } from '../core/scheduling';
import { lookupGpuInstanceType } from './gpu-instance-types';
import { DiskCategory, GpuNodePoolOptions, NodePoolOptions } from './props';
import { ACK_GPU_PLACEMENT_LABEL, ACK_GPU_SCHEDULE_LABEL, ackGpuNodeLabels, needsAiSchedulingComponent } from './gpu-sharing';

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
  /**
   * The result of {@link checkNodePool} when the cluster already ran it on these options (with the
   * same sharing mode), so the rules run once. @default - the pool checks its options itself
   * @internal
   */
  readonly checked?: CheckedNodePool;
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
  public readonly resource: CsKubernetesNodePoolResource;
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
    const checked = props.checked ?? checkNodePool(o, props.gpuSharing, props.propPrefix);
    new Problems(this.node.path).addAll(checked.problems).throwIfAny();

    this.poolName = o.name;
    this.isGpu = props.gpuSharing !== undefined;
    this.gpuNodeTypes = checked.gpuNodeTypes;
    this.labels = checked.labels;
    const systemDisk = o.systemDisk ?? { sizeGiB: 120 };
    const scaling = o.scaling;
    this.resource = new CsKubernetesNodePoolResource(this, 'pool', {
      provider: props.host.alicloudProvider,
      clusterId: props.host.clusterId,
      nodePoolName: o.name,
      vswitchIds: [...(o.vswitchIds ?? props.host.nodeVswitchIds)],
      instanceTypes: [...o.instanceTypes],
      instanceChargeType: 'PostPaid',
      desiredSize: scaling ? undefined : String(o.desiredSize ?? props.defaultDesiredSize),
      scalingConfig: scaling ? { enable: true, minSize: scaling.minNodes, maxSize: scaling.maxNodes } : undefined,
      systemDiskCategory: systemDisk.category ?? DiskCategory.CLOUD_ESSD,
      systemDiskSize: systemDisk.sizeGiB,
      dataDisks: o.dataDisks?.map((d) => ({ category: d.category ?? DiskCategory.CLOUD_ESSD, size: d.sizeGiB })),
      labels: sortedEntries(this.labels).map(([key, value]) => ({ key, value })),
      taints: o.taints?.map((t) => ({ key: t.key, value: t.value, effect: t.effect ?? DEFAULT_TAINT_EFFECT })),
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

  problems.checkRequired('NODE_POOL_NAME', `${p}.name`, o.name, (n) => POOL_NAME.test(n), "1-63 letters, digits, '-' or '_', starting with a letter or digit");
  const types = o.instanceTypes ?? [];
  if (problems.checkValue('INSTANCE_TYPES_COUNT', `${p}.instanceTypes`, types, (ts) => ts.length >= 1 && ts.length <= 10, 'between 1 and 10 ECS instance types')) {
    types.forEach((t, i) => problems.checkValue('INSTANCE_TYPE_INVALID', `${p}.instanceTypes[${i}]`, t, (x) => INSTANCE_TYPE.test(x),
      "an ECS instance type such as 'ecs.gn8is.4xlarge'"));
  }
  checkSize(problems, p, o);
  checkDisks(problems, p, o);
  const userLabels = o.labels ?? {};
  for (const [k, v] of Object.entries(userLabels)) {
    problems.check(LABEL_KEY.test(k) && k.length <= 317, 'LABEL_KEY_INVALID', `${p}.labels`, k, 'a Kubernetes label key ([prefix/]name, name up to 63 characters)');
    problems.checkValue('LABEL_VALUE_INVALID', `${p}.labels['${k}']`, v, (x) => LABEL_VALUE.test(x), "a Kubernetes label value: up to 63 letters, digits, '-', '_' or '.'");
    if (k === ACK_GPU_SCHEDULE_LABEL || k === ACK_GPU_PLACEMENT_LABEL) {
      problems.add('LABEL_RESERVED', `${p}.labels`, k,
        gpu ? 'leave the ACK GPU labels to the library: set gpuSharing on the cluster and placement on the pool'
          : 'ACK GPU labels belong on GPU pools; add the pool with addGpuNodePool / gpuNodePools');
    }
  }
  (o.taints ?? []).forEach((t, i) => {
    problems.check(LABEL_KEY.test(t.key ?? ''), 'TAINT_KEY_INVALID', `${p}.taints[${i}].key`, t.key, 'a Kubernetes taint key ([prefix/]name)');
    problems.checkValue('TAINT_VALUE_INVALID', `${p}.taints[${i}].value`, t.value, (x) => LABEL_VALUE.test(x), 'up to 63 letters, digits, \'-\', \'_\' or \'.\'');
    problems.checkValue('TAINT_EFFECT_INVALID', `${p}.taints[${i}].effect`, t.effect, (x) => Object.values(TaintEffect).includes(x), `one of ${Object.values(TaintEffect).join(', ')}`);
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
      'either desiredSize (a fixed size) or scaling (minNodes/maxNodes), not both: ACK ignores one of them');
  }
  problems.checkValue('DESIRED_SIZE_INVALID', `${p}.desiredSize`, o.desiredSize, (n) => Number.isInteger(n) && n >= 0 && n <= 1000,
    'a whole number of nodes from 0 to 1000');
  if (o.scaling) {
    const { minNodes, maxNodes } = o.scaling;
    const ints = Number.isInteger(minNodes) && Number.isInteger(maxNodes);
    problems.check(ints && minNodes >= 0 && maxNodes >= 1 && maxNodes <= 1000 && minNodes <= maxNodes, 'SCALING_RANGE_INVALID',
      `${p}.scaling`, o.scaling, 'whole numbers with 0 <= minNodes <= maxNodes, 1 <= maxNodes <= 1000');
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
