/**
 * The one place that knows how each GPU stack wants a GPU requested: which extended resources,
 * in which unit, which pod annotations, scheduler and runtime class. Both the checks and the
 * rendering live here so they cannot drift apart.
 */
import { isUnresolved, ValidationProblem } from '../../core/errors';
import {
  defaultGpuResourceNames,
  GpuCapabilities,
  GpuMemoryUnit,
  GpuNodeType,
  GpuPlacement,
  GpuResourceNames,
  GpuSharing,
} from '../../core/gpu';

/** HAMi pod annotation that restricts a pod to GPUs of one model. */
export const HAMI_GPU_TYPE_ANNOTATION = 'nvidia.com/use-gputype';
/** HAMi pod annotation that chooses binpack or spread placement among GPUs. */
export const HAMI_SCHEDULER_POLICY_ANNOTATION = 'hami.io/gpu-scheduler-policy';

/** What the workload asks for, in the library's vocabulary. */
export interface GpuRequest {
  readonly memoryGiB: number;
  /** Explicit count, or undefined for the default of one. */
  readonly count?: number;
  readonly type?: string;
  readonly coresPercent?: number;
  readonly schedulerPolicy?: GpuPlacement;
}

/** How the request lands on the pod. */
export interface GpuPodSettings {
  /** Container resource limits (extended resources need only limits; requests default to them). */
  readonly limits: Record<string, string>;
  /** Pod annotations. */
  readonly annotations: Record<string, string>;
  readonly schedulerName?: string;
  readonly runtimeClassName?: string;
}

/** The cluster's resource names, each missing field filled from the sharing mode's defaults. */
export function resourceNames(gpu: GpuCapabilities): GpuResourceNames {
  const defaults = defaultGpuResourceNames(gpu.sharing);
  const own = gpu.resourceNames ?? {};
  return {
    count: own.count ?? defaults.count,
    memory: own.memory ?? defaults.memory,
    memoryUnit: own.memoryUnit ?? defaults.memoryUnit ?? GpuMemoryUnit.GIB,
    cores: own.cores ?? defaults.cores,
  };
}

function memoryInUnit(memoryGiB: number, unit: GpuMemoryUnit | undefined): number {
  return unit === GpuMemoryUnit.MIB ? memoryGiB * 1024 : memoryGiB;
}

function describeNode(n: GpuNodeType): string {
  const what = `${n.gpuModel} ${n.gpuMemoryGiB} GiB`;
  return n.instanceType ? `${n.instanceType} (${what})` : what;
}

type Add = (code: string, prop: string, value: string, expected: string) => void;

/**
 * Problems with a GPU request that depend only on the cluster's sharing mode and resource names,
 * which a cluster knows from the moment it is constructed.
 */
export function checkGpu(gpu: GpuCapabilities, clusterName: string, req: GpuRequest): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add: Add = (code, prop, value, expected) => {
    problems.push({ code, prop, value, expected });
  };

  if (gpu.sharing === GpuSharing.NONE) {
    add('GPU_NONE', 'cluster', `'${clusterName}' (gpu.sharing NONE)`,
      'a cluster with GPU nodes (gpu.sharing CGPU, CGPU_CORE_MEM, SHARED, HAMI or EXCLUSIVE); this cluster has no GPUs, the pods would never schedule');
    return problems;
  }
  const names = resourceNames(gpu);
  const isHami = gpu.sharing === GpuSharing.HAMI;

  // Memory: positive, and a whole number in the unit the cluster's resource uses.
  if (!isUnresolved(req.memoryGiB)) {
    const unit = gpu.sharing === GpuSharing.EXCLUSIVE ? undefined : names.memoryUnit;
    const inUnit = memoryInUnit(req.memoryGiB, unit);
    if (!(Number.isFinite(req.memoryGiB) && req.memoryGiB > 0)) {
      add('GPU_MEMORY_INVALID', 'gpuMemoryGiB', String(req.memoryGiB), 'a positive number of GiB');
    } else if (unit !== undefined && !Number.isInteger(inUnit)) {
      add('GPU_MEMORY_INVALID', 'gpuMemoryGiB', String(req.memoryGiB),
        `a value that is a whole number of ${unit} for ${names.memory} on this ${gpu.sharing} cluster` +
        (unit === GpuMemoryUnit.GIB ? ', e.g. 3 or 8' : ', e.g. 4.5 (4608 MiB)'));
    }
  }

  // Count.
  const count = req.count ?? 1;
  if (!isUnresolved(count)) {
    if (!(Number.isInteger(count) && count >= 1 && count <= 16)) {
      add('GPU_COUNT_INVALID', 'gpuCount', String(count), 'a whole number of GPUs from 1 to 16');
    } else if (count > 1 && !names.count) {
      add('GPU_COUNT_UNSUPPORTED', 'gpuCount', String(count),
        `1 on this ${gpu.sharing} cluster: it publishes no GPU-count resource (gpu.resourceNames.count), only ${names.memory ?? 'GPU memory'}`);
    }
  }

  // HAMi-only settings.
  if (req.coresPercent !== undefined && !isUnresolved(req.coresPercent)) {
    if (!isHami) {
      add('HAMI_ONLY', 'gpuCoresPercent', String(req.coresPercent),
        `leave it unset on this ${gpu.sharing} cluster: a compute share per pod needs HAMi (gpu.sharing HAMI)`);
    } else if (!(Number.isInteger(req.coresPercent) && req.coresPercent >= 1 && req.coresPercent <= 100)) {
      add('GPU_CORES_INVALID', 'gpuCoresPercent', String(req.coresPercent), 'a whole percentage from 1 to 100');
    } else if (!names.cores) {
      add('GPU_CORES_UNSUPPORTED', 'gpuCoresPercent', String(req.coresPercent),
        'leave it unset: the cluster publishes no GPU-cores resource (gpu.resourceNames.cores)');
    }
  }
  if (req.schedulerPolicy !== undefined) {
    if (!isHami) {
      add('HAMI_ONLY', 'schedulerPolicy', `'${req.schedulerPolicy}'`,
        `leave it unset on this ${gpu.sharing} cluster: ${HAMI_SCHEDULER_POLICY_ANNOTATION} is read only by the HAMi scheduler`);
    } else if (!Object.values(GpuPlacement).includes(req.schedulerPolicy)) {
      add('SCHEDULER_POLICY_INVALID', 'schedulerPolicy', `'${req.schedulerPolicy}'`, 'GpuPlacement.BINPACK or GpuPlacement.SPREAD');
    }
  }
  return problems;
}

/**
 * Problems with how a GPU request fits the cluster's GPU node types: the model on offer, memory
 * and count per node. Node pools may be added after the workload, so this runs at synth.
 */
export function checkGpuFit(gpu: GpuCapabilities, clusterName: string, req: GpuRequest): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add: Add = (code, prop, value, expected) => {
    problems.push({ code, prop, value, expected });
  };
  if (gpu.sharing === GpuSharing.NONE) return problems;
  if (gpu.nodeTypes !== undefined && gpu.nodeTypes.length === 0) {
    add('GPU_NO_NODES', 'cluster', `'${clusterName}' (gpu.sharing ${gpu.sharing}, no GPU node pool)`,
      'a cluster with at least one GPU node pool or group (gpuNodePools / addGpuNodePool on GpuCluster, ' +
      'gpuNodeGroup / addNodeGroup on VksCluster); without one the pods never schedule');
    return problems;
  }
  const isHami = gpu.sharing === GpuSharing.HAMI;
  const nodeTypes = gpu.nodeTypes ?? [];
  const models = [...new Set(nodeTypes.map((n) => n.gpuModel))];
  const count = req.count ?? 1;

  let eligible = nodeTypes;
  if (req.type !== undefined && !isUnresolved(req.type)) {
    if (nodeTypes.length > 0 && !models.includes(req.type)) {
      add('GPU_TYPE_NOT_OFFERED', 'gpuType', `'${req.type}'`,
        `one of the GPU models cluster '${clusterName}' offers: ${models.join(', ')}`);
    } else if (!isHami && (nodeTypes.length === 0 || models.length > 1)) {
      add('GPU_TYPE_NEEDS_HAMI', 'gpuType', `'${req.type}'`,
        `leave gpuType unset on this ${gpu.sharing} cluster: only HAMi can pin a pod to a GPU model (${HAMI_GPU_TYPE_ANNOTATION}); ` +
        (nodeTypes.length === 0 ? 'the cluster does not list its GPU node types, so the model cannot be checked either'
          : `the cluster mixes ${models.join(', ')}`));
    } else {
      eligible = nodeTypes.filter((n) => n.gpuModel === req.type);
    }
  }

  if (eligible.length > 0 && !isUnresolved(req.memoryGiB) && Number.isFinite(req.memoryGiB)) {
    const largest = Math.max(...eligible.map((n) => n.gpuMemoryGiB));
    if (req.memoryGiB > largest) {
      add('GPU_MEMORY_EXCEEDS_NODE', 'gpuMemoryGiB', String(req.memoryGiB),
        `at most ${largest} GiB: the largest GPU on cluster '${clusterName}'${req.type ? ` of model ${req.type}` : ''} is ` +
        eligible.map(describeNode).join(', '));
    }
  }
  if (eligible.length > 0 && !isUnresolved(count) && Number.isInteger(count) && count > 1) {
    const most = Math.max(...eligible.map((n) => n.gpusPerNode ?? 1));
    if (count > most) {
      add('GPU_COUNT_EXCEEDS_NODE', 'gpuCount', String(count),
        `at most ${most}: no GPU node of cluster '${clusterName}' has more (${eligible.map((n) => `${describeNode(n)} × ${n.gpusPerNode ?? 1}`).join(', ')})`);
    }
  }
  return problems;
}

/** Renders a request that {@link checkGpu} accepted for the cluster's GPU stack. */
export function renderGpu(gpu: GpuCapabilities, req: GpuRequest): GpuPodSettings {
  const names = resourceNames(gpu);
  const count = req.count ?? 1;
  const limits: Record<string, string> = {};
  const annotations: Record<string, string> = {};
  const memory = String(memoryInUnit(req.memoryGiB, names.memoryUnit));

  switch (gpu.sharing) {
    case GpuSharing.EXCLUSIVE:
      // Whole GPUs: memory is a property of the GPU, not a resource.
      limits[names.count!] = String(count);
      break;
    case GpuSharing.CGPU:
    case GpuSharing.CGPU_CORE_MEM:
    case GpuSharing.SHARED:
      limits[names.memory!] = memory;
      if (names.count && req.count !== undefined) limits[names.count] = String(count);
      break;
    case GpuSharing.HAMI:
      limits[names.count!] = String(count);
      limits[names.memory!] = memory;
      if (req.coresPercent !== undefined && names.cores) limits[names.cores] = String(req.coresPercent);
      if (req.type !== undefined) annotations[HAMI_GPU_TYPE_ANNOTATION] = req.type;
      if (req.schedulerPolicy !== undefined) annotations[HAMI_SCHEDULER_POLICY_ANNOTATION] = req.schedulerPolicy;
      break;
    case GpuSharing.NONE:
      throw new Error('renderGpu called for a cluster without GPUs; checkGpu reports this');
  }
  return { limits, annotations, schedulerName: gpu.schedulerName, runtimeClassName: gpu.runtimeClassName };
}
