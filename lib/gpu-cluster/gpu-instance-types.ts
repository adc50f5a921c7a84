import { GpuSpec } from '../core/gpu';

/**
 * ECS GPU instance types this library knows, from Alibaba Cloud's instance family tables
 * (GPU-accelerated compute-optimized families). Types not listed still work: pass `gpuModel`
 * and `gpuMemoryGiB` on the node pool. Entries that could not be checked against a primary source
 * here are marked in the README.
 *
 * @see https://www.alibabacloud.com/help/en/ecs/user-guide/gpu-accelerated-compute-optimized-and-vgpu-accelerated-instance-families-1
 */
export const KNOWN_GPU_INSTANCE_TYPES: Readonly<Record<string, GpuSpec>> = {
  // gn8is: NVIDIA L20 48 GB (the seed's ecs.gn8is.4xlarge = 16 vCPU, 128 GiB, 1 x L20)
  'ecs.gn8is.2xlarge': { gpuModel: 'L20', gpuMemoryGiB: 48, gpusPerNode: 1 },
  'ecs.gn8is.4xlarge': { gpuModel: 'L20', gpuMemoryGiB: 48, gpusPerNode: 1 },
  'ecs.gn8is.8xlarge': { gpuModel: 'L20', gpuMemoryGiB: 48, gpusPerNode: 2 },
  'ecs.gn8is.16xlarge': { gpuModel: 'L20', gpuMemoryGiB: 48, gpusPerNode: 4 },
  // gn7i: NVIDIA A10 24 GB
  'ecs.gn7i-c8g1.2xlarge': { gpuModel: 'A10', gpuMemoryGiB: 24, gpusPerNode: 1 },
  'ecs.gn7i-c16g1.4xlarge': { gpuModel: 'A10', gpuMemoryGiB: 24, gpusPerNode: 1 },
  'ecs.gn7i-c32g1.8xlarge': { gpuModel: 'A10', gpuMemoryGiB: 24, gpusPerNode: 1 },
  'ecs.gn7i-c32g1.16xlarge': { gpuModel: 'A10', gpuMemoryGiB: 24, gpusPerNode: 2 },
  'ecs.gn7i-c48g1.12xlarge': { gpuModel: 'A10', gpuMemoryGiB: 24, gpusPerNode: 1 },
  // gn6i: NVIDIA T4 16 GB
  'ecs.gn6i-c4g1.xlarge': { gpuModel: 'T4', gpuMemoryGiB: 16, gpusPerNode: 1 },
  'ecs.gn6i-c8g1.2xlarge': { gpuModel: 'T4', gpuMemoryGiB: 16, gpusPerNode: 1 },
  'ecs.gn6i-c16g1.4xlarge': { gpuModel: 'T4', gpuMemoryGiB: 16, gpusPerNode: 1 },
  'ecs.gn6i-c24g1.6xlarge': { gpuModel: 'T4', gpuMemoryGiB: 16, gpusPerNode: 1 },
  'ecs.gn6i-c24g1.12xlarge': { gpuModel: 'T4', gpuMemoryGiB: 16, gpusPerNode: 2 },
  'ecs.gn6i-c24g1.24xlarge': { gpuModel: 'T4', gpuMemoryGiB: 16, gpusPerNode: 4 },
  // gn6v: NVIDIA V100 16 GB
  'ecs.gn6v-c8g1.2xlarge': { gpuModel: 'V100', gpuMemoryGiB: 16, gpusPerNode: 1 },
  'ecs.gn6v-c8g1.8xlarge': { gpuModel: 'V100', gpuMemoryGiB: 16, gpusPerNode: 4 },
  'ecs.gn6v-c8g1.16xlarge': { gpuModel: 'V100', gpuMemoryGiB: 16, gpusPerNode: 8 },
};

/** The known spec of an instance type, if any. */
export function lookupGpuInstanceType(instanceType: string): GpuSpec | undefined {
  return KNOWN_GPU_INSTANCE_TYPES[instanceType];
}
