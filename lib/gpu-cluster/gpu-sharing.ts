import { defaultGpuResourceNames, GpuPlacement, GpuResourceNames, GpuSharing } from '../core/gpu';

/** Node label ACK reads to choose the GPU scheduling mode of a node. */
export const ACK_GPU_SCHEDULE_LABEL = 'ack.node.gpu.schedule';
/** Node label ACK reads to choose the placement policy of a shared-GPU node. */
export const ACK_GPU_PLACEMENT_LABEL = 'ack.node.gpu.placement';

/** ACK's resource for a share of GPU compute in percent (`core_mem` mode only). */
const ACK_GPU_CORE_PERCENTAGE = 'aliyun.com/gpu-core.percentage';

/**
 * The one place where the library's GPU sharing vocabulary becomes ACK's node-label values.
 * `undefined` means ACK cannot do it (the caller reports an error).
 */
const SCHEDULE_LABEL_VALUE: Partial<Record<GpuSharing, string>> = {
  [GpuSharing.EXCLUSIVE]: 'default',
  [GpuSharing.CGPU]: 'cgpu',
  [GpuSharing.CGPU_CORE_MEM]: 'core_mem',
  [GpuSharing.SHARED]: 'share',
};

/** Sharing modes ACK supports on GPU node pools. */
export const ACK_SUPPORTED_SHARING: readonly GpuSharing[] = Object.keys(SCHEDULE_LABEL_VALUE) as GpuSharing[];

/** The `ack.node.gpu.schedule` value of a sharing mode, or undefined when ACK has no such mode (HAMi, NONE). */
export function ackScheduleLabelValue(sharing: GpuSharing): string | undefined {
  return SCHEDULE_LABEL_VALUE[sharing];
}

/**
 * True when the mode needs the Cloud-Native AI Suite scheduling component (`ack-ai-installer`:
 * gpushare-device-plugin and cgpu-installer). Whole-GPU scheduling works with ACK's default
 * NVIDIA device plugin.
 */
export function needsAiSchedulingComponent(sharing: GpuSharing): boolean {
  return sharing === GpuSharing.CGPU || sharing === GpuSharing.CGPU_CORE_MEM || sharing === GpuSharing.SHARED;
}

/**
 * Node labels for a GPU node pool: the schedule mode, plus the placement for shared modes
 * (`ack.node.gpu.placement` takes `GpuPlacement`'s values as they are: `binpack`, `spread`).
 */
export function ackGpuNodeLabels(sharing: GpuSharing, placement: GpuPlacement | undefined): Record<string, string> {
  const value = ackScheduleLabelValue(sharing);
  if (value === undefined) return {};
  const labels: Record<string, string> = { [ACK_GPU_SCHEDULE_LABEL]: value };
  if (needsAiSchedulingComponent(sharing)) labels[ACK_GPU_PLACEMENT_LABEL] = placement ?? GpuPlacement.BINPACK;
  return labels;
}

/** Resource names workloads request on ACK for a sharing mode. */
export function ackGpuResourceNames(sharing: GpuSharing): GpuResourceNames {
  if (sharing === GpuSharing.CGPU_CORE_MEM) {
    return { ...defaultGpuResourceNames(sharing), cores: ACK_GPU_CORE_PERCENTAGE };
  }
  return defaultGpuResourceNames(sharing);
}
