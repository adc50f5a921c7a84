/**
 * The seed-003 Kokoro FastAPI inference service on two GPU stacks, one stack per region:
 * an ACK-like cluster sharing L20 GPUs through cGPU (ALB ingress, host-name address) and a
 * VKS-like cluster running HAMi on A40 GPUs (ingress-nginx, IP address). Both clusters are
 * reached through kubeconfig contexts here; `GpuCluster` / `VksCluster` offer the same contract.
 *
 *   npx tsx examples/gpu-inference/main.ts      # writes cdktf.out/ (or $CDKTF_OUTDIR)
 */
import { App, TerraformStack } from 'cdktf';
import {
  ExistingCluster, GpuInferenceService, GpuMemoryUnit, GpuPlacement, GpuSharing, IngressAddressType, Secret,
} from '../../lib';

const app = new App();

const hk = new ExistingCluster(new TerraformStack(app, 'hk'), 'cluster', {
  clusterName: 'hk',
  region: 'cn-hongkong',
  kubeContext: 'ack-hk',
  podCidr: '172.20.0.0/16',
  serviceCidr: '192.168.0.0/16',
  ingressClassName: 'alb',
  ingressAddressType: IngressAddressType.DOMAIN,
  gpu: {
    sharing: GpuSharing.CGPU,
    resourceNames: { memory: 'aliyun.com/gpu-mem', memoryUnit: GpuMemoryUnit.GIB },
    nodeTypes: [{ gpuModel: 'L20', gpuMemoryGiB: 48, instanceType: 'ecs.gn8is.4xlarge' }],
  },
});

const hcm = new ExistingCluster(new TerraformStack(app, 'hcm'), 'cluster', {
  clusterName: 'hcm',
  region: 'HCM03',
  kubeContext: 'vks-hcm',
  podCidr: '10.96.0.0/16',
  serviceCidr: '10.97.0.0/16',
  ingressClassName: 'nginx',
  ingressAddressType: IngressAddressType.IPV4,
  gpu: {
    sharing: GpuSharing.HAMI,
    resourceNames: {
      count: 'hami.nvidia.com/gpu',
      memory: 'hami.nvidia.com/gpumem',
      memoryUnit: GpuMemoryUnit.MIB,
      cores: 'hami.nvidia.com/gpucores',
    },
    schedulerName: 'hami-scheduler',
    runtimeClassName: 'nvidia',
    nodeTypes: [{ gpuModel: 'A40', gpuMemoryGiB: 48, instanceType: 'g3-standard-16x128-1A40' }],
  },
});

// The same spec in both regions; only the GPU model differs (each cluster checks its own).
const spec = {
  image: 'ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4',
  port: 8880,
  gpuMemoryGiB: 3,
  healthPath: '/health',
  hosts: ['kokoro.ai.example.com'],
  replicas: 2,
  memoryLimitMiB: 5120,
};

new GpuInferenceService(hk, 'kokoro', { cluster: hk, ...spec });
new GpuInferenceService(hcm, 'kokoro', {
  cluster: hcm,
  ...spec,
  gpuType: 'A40',
  schedulerPolicy: GpuPlacement.BINPACK,
  // supplied as TF_VAR_hcm_kokoro_api_key; never written into cdk.tf.json
  secretEnv: { API_KEY: Secret.variable(hcm, 'hcm_kokoro_api_key', 'API key of the Kokoro service in hcm') },
});

app.synth();
