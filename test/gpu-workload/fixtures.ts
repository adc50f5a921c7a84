import { App, ITerraformDependable, TerraformStack } from 'cdktf';
import { ExistingCluster, GpuCapabilities, GpuMemoryUnit, GpuSharing, ICluster, IngressAddressType, MultiRegionValidationError } from '../../lib';
import { GpuInferenceServiceProps } from '../../lib/gpu-workload';

/** ACK-like cGPU cluster: one L20 48 GiB per ecs.gn8is.4xlarge, ALB ingress publishing a host name. */
export const CGPU_L20: GpuCapabilities = {
  sharing: GpuSharing.CGPU,
  resourceNames: { memory: 'aliyun.com/gpu-mem', memoryUnit: GpuMemoryUnit.GIB },
  nodeTypes: [{ gpuModel: 'L20', gpuMemoryGiB: 48, gpusPerNode: 1, instanceType: 'ecs.gn8is.4xlarge' }],
};

/** VKS-like HAMi cluster: A40 48 GiB, resources renamed to hami.nvidia.com/*, HAMi scheduler, runtime class nvidia. */
export const HAMI_A40: GpuCapabilities = {
  sharing: GpuSharing.HAMI,
  resourceNames: {
    count: 'hami.nvidia.com/gpu',
    memory: 'hami.nvidia.com/gpumem',
    memoryUnit: GpuMemoryUnit.MIB,
    cores: 'hami.nvidia.com/gpucores',
  },
  schedulerName: 'hami-scheduler',
  runtimeClassName: 'nvidia',
  nodeTypes: [{ gpuModel: 'A40', gpuMemoryGiB: 48, gpusPerNode: 1, instanceType: 'g3-standard-16x128-1A40' }],
};

/** Whole GPUs through the NVIDIA device plugin: 4 × A100 80 GiB per node. */
export const EXCLUSIVE_A100: GpuCapabilities = {
  sharing: GpuSharing.EXCLUSIVE,
  resourceNames: { count: 'nvidia.com/gpu' },
  nodeTypes: [{ gpuModel: 'A100', gpuMemoryGiB: 80, gpusPerNode: 4, instanceType: 'a100x4' }],
};

export interface ClusterOptions {
  readonly gpu?: GpuCapabilities;
  readonly ingressClassName?: string;
  readonly ingressAddressType?: IngressAddressType;
  readonly name?: string;
  /** Where `app.synth()` writes. @default - cdktf's default */
  readonly outdir?: string;
}

/** A stack holding one existing cluster with the given GPU capabilities. */
export function clusterStack(opts: ClusterOptions = {}): { app: App; stack: TerraformStack; cluster: ExistingCluster } {
  const app = new App(opts.outdir ? { outdir: opts.outdir } : undefined);
  const name = opts.name ?? 'hk';
  const stack = new TerraformStack(app, name);
  const cluster = new ExistingCluster(stack, 'cluster', {
    clusterName: name,
    region: 'cn-hongkong',
    kubeContext: name,
    podCidr: '10.42.0.0/16',
    serviceCidr: '10.43.0.0/16',
    gpu: opts.gpu,
    ingressClassName: opts.ingressClassName,
    ingressAddressType: opts.ingressAddressType,
  });
  return { app, stack, cluster };
}

/** The same cluster, with resources workloads must wait for (what a managed cluster offers as `readiness`). */
export function withReadiness(cluster: ICluster, readiness: ITerraformDependable[]): ICluster {
  return Object.create(cluster, { readiness: { value: readiness } }) as ICluster;
}

/** The seed's Kokoro FastAPI service. */
export function kokoro(cluster: ICluster, overrides: Partial<GpuInferenceServiceProps> = {}): GpuInferenceServiceProps {
  return {
    cluster,
    image: 'ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4',
    port: 8880,
    gpuMemoryGiB: 3,
    healthPath: '/health',
    hosts: ['kokoro.ai.example.com'],
    ...overrides,
  };
}

/** Runs `fn`, expects a MultiRegionValidationError, returns it. */
export function validationError(fn: () => unknown): MultiRegionValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MultiRegionValidationError) return e;
    throw e;
  }
  throw new Error('expected a MultiRegionValidationError, nothing was thrown');
}
