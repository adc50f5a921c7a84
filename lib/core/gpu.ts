/**
 * How pods on a cluster get GPUs. The library's own vocabulary; the mapping to provider labels,
 * resource names and schedulers lives with each cluster type.
 */
export enum GpuSharing {
  /** The cluster has no GPU nodes. */
  NONE = 'none',
  /** Whole GPUs per pod through the NVIDIA device plugin (`nvidia.com/gpu`). ACK label `ack.node.gpu.schedule=default`. */
  EXCLUSIVE = 'exclusive',
  /**
   * Alibaba cGPU: GPU memory requested in GiB (`aliyun.com/gpu-mem`), memory isolated between pods,
   * compute shared. ACK label `ack.node.gpu.schedule=cgpu`. Needs ACK Pro and the Cloud-Native AI Suite scheduler.
   */
  CGPU = 'cgpu',
  /** Alibaba cGPU with both memory and compute isolated (`ack.node.gpu.schedule=core_mem`). */
  CGPU_CORE_MEM = 'cgpu-core-mem',
  /** Alibaba shared GPU without isolation (`ack.node.gpu.schedule=share`): memory is only a scheduling hint. */
  SHARED = 'shared',
  /**
   * HAMi virtual GPUs: a GPU count plus memory in MiB under HAMi's resource names, scheduled by
   * the HAMi scheduler (used on VNG Cloud VKS and on existing clusters that run HAMi).
   */
  HAMI = 'hami',
}

/**
 * Where a GPU scheduler puts work among the nodes or GPUs that fit: one word for every provider.
 * Each construct maps it to its scheduler's setting (ACK node label `ack.node.gpu.placement`,
 * HAMi's `nodeSchedulerPolicy`/`gpuSchedulerPolicy`, HAMi's pod annotation `hami.io/gpu-scheduler-policy`).
 */
export enum GpuPlacement {
  /** Fill one GPU (or node) before using the next: fewer busy, more left whole for large jobs. */
  BINPACK = 'binpack',
  /** Spread work over GPUs (or nodes): less contention, more of them partly used. */
  SPREAD = 'spread',
}

/** Unit of a GPU memory resource. */
export enum GpuMemoryUnit {
  GIB = 'GiB',
  MIB = 'MiB',
}

/** Extended-resource names a workload requests on a cluster. */
export interface GpuResourceNames {
  /** Resource counting (virtual) GPUs, e.g. `nvidia.com/gpu` or `hami.nvidia.com/gpu`. @default - none */
  readonly count?: string;
  /** Resource for GPU memory, e.g. `aliyun.com/gpu-mem` or `hami.nvidia.com/gpumem`. @default - none */
  readonly memory?: string;
  /** Unit of `memory`. @default GpuMemoryUnit.GIB */
  readonly memoryUnit?: GpuMemoryUnit;
  /** Resource for a share of GPU compute in percent, e.g. `hami.nvidia.com/gpucores`. @default - none */
  readonly cores?: string;
}

/**
 * The GPUs of one node: model, memory per GPU, GPUs per node. The lookup tables of instance types
 * (ACK `KNOWN_GPU_INSTANCE_TYPES`) and flavors (VKS `VKS_GPU_FLAVORS`) are typed with it.
 */
export interface GpuSpec {
  /** GPU model as the workload's `gpuType` names it, e.g. `L20`, `A40`. */
  readonly gpuModel: string;
  /** Memory of one GPU, in GiB (nominal; cGPU exposes slightly less as allocatable). */
  readonly gpuMemoryGiB: number;
  /** GPUs per node. @default 1 */
  readonly gpusPerNode?: number;
}

/** A kind of GPU node a cluster offers: its {@link GpuSpec} and the instance type or flavor providing it. */
export interface GpuNodeType extends GpuSpec {
  /** Instance type or flavor that provides it, for messages. @default - none */
  readonly instanceType?: string;
}

/**
 * What a cluster tells workloads about its GPUs: the sharing mode, the resource names to request,
 * the scheduler and runtime class to use, and the GPU models on offer.
 */
export interface GpuCapabilities {
  /** How GPUs are shared. */
  readonly sharing: GpuSharing;
  /** Resource names for requests and limits. */
  readonly resourceNames: GpuResourceNames;
  /** Scheduler pods must name (`spec.schedulerName`). @default - the default scheduler */
  readonly schedulerName?: string;
  /** Runtime class pods must use (`spec.runtimeClassName`). @default - none */
  readonly runtimeClassName?: string;
  /** GPU node types the cluster offers. @default - unknown (no per-GPU memory checks) */
  readonly nodeTypes?: GpuNodeType[];
}

/** The resource names each sharing mode uses unless a cluster says otherwise. */
export function defaultGpuResourceNames(sharing: GpuSharing): GpuResourceNames {
  switch (sharing) {
    case GpuSharing.EXCLUSIVE:
      return { count: 'nvidia.com/gpu' };
    case GpuSharing.CGPU:
    case GpuSharing.CGPU_CORE_MEM:
    case GpuSharing.SHARED:
      return { memory: 'aliyun.com/gpu-mem', memoryUnit: GpuMemoryUnit.GIB };
    case GpuSharing.HAMI:
      return {
        count: 'nvidia.com/gpu',
        memory: 'nvidia.com/gpumem',
        memoryUnit: GpuMemoryUnit.MIB,
        cores: 'nvidia.com/gpucores',
      };
    case GpuSharing.NONE:
      return {};
  }
}
