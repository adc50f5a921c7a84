/** What a VNG Cloud GPU flavor provides. */
export interface VksGpuFlavor {
  /** GPU model as workloads name it (`nvidia.com/use-gputype`), e.g. `A40`. */
  readonly gpuModel: string;
  /** Memory of one GPU, in GiB. */
  readonly gpuMemoryGiB: number;
  /** GPUs per node. */
  readonly gpusPerNode: number;
  /** vCPUs per node. @default - unknown */
  readonly vcpus?: number;
  /** Memory per node, in GiB. @default - unknown */
  readonly memoryGiB?: number;
}

/**
 * GPU flavors this library knows. Only entries with a source are listed: `g3-standard-16x128-1A40`
 * (16 vCPU, 128 GiB, 1× NVIDIA A40 48 GB) is the seed's flavor. Add others through the cluster's
 * `gpuFlavors` prop or a node group's `gpuModel`/`gpuMemoryGiB`.
 */
export const VKS_GPU_FLAVORS: Readonly<Record<string, VksGpuFlavor>> = {
  'g3-standard-16x128-1A40': { gpuModel: 'A40', gpuMemoryGiB: 48, gpusPerNode: 1, vcpus: 16, memoryGiB: 128 },
};
