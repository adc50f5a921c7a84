import { GpuSpec } from '../core/gpu';

/**
 * GPU flavors this library knows. Only entries with a source are listed: `g3-standard-16x128-1A40`
 * (16 vCPU, 128 GiB, 1× NVIDIA A40 48 GB) is the seed's flavor. Add others through the cluster's
 * `gpuFlavors` prop or a node group's `gpuModel`/`gpuMemoryGiB`.
 */
export const VKS_GPU_FLAVORS: Readonly<Record<string, GpuSpec>> = {
  'g3-standard-16x128-1A40': { gpuModel: 'A40', gpuMemoryGiB: 48, gpusPerNode: 1 },
};
