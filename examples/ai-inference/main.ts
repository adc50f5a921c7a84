/**
 * The seed-003 topology in one program: one hostname served from two GPU clusters in two clouds,
 * failing over between them on Host-header health checks.
 *
 *   stack `ack-hongkong`: Alibaba ACK Pro in cn-hongkong, an L20 node pool shared through cGPU,
 *                         ALB ingress, the Kokoro TTS service requesting aliyun.com/gpu-mem.
 *   stack `vks-hcm`:      VNG Cloud VKS in HCM03, an A40 node group, NVIDIA GPU Operator + HAMi,
 *                         ingress-nginx, the same service requesting hami.nvidia.com/gpu + gpumem.
 *   stack `global`:       Alibaba GTM: one address pool per region (ALB host name, nginx IP),
 *                         HTTP checks with Host: kokoro.ai.example.com on /health, nearest region.
 *
 *   npx tsx examples/ai-inference/main.ts     # writes cdktf.out/ (or $CDKTF_OUTDIR); no credentials
 *
 * To deploy: apply `ack-hongkong` and `vks-hcm` first (`cdktf deploy ack-hongkong vks-hcm`), then
 * `global`, whose member addresses are read from the two stacks' outputs. Credentials at plan/apply
 * time: ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY (environment), TF_VAR_vngcloud_client_id,
 * TF_VAR_vngcloud_client_secret, TF_VAR_vks_lb_client_id, TF_VAR_vks_lb_client_secret.
 */
import { App, TerraformStack } from 'cdktf';
import {
  ApiServerAccess, ClusterNetwork, GpuCluster, GpuInferenceService, GpuSchedulingComponent, GpuSharing,
  GtmEdition, GtmFailoverDomain, Secret, TrafficEngine, VksCluster, VksNetwork,
} from '../../lib';

const HOST = 'kokoro.ai.example.com';
const app = new App();

// --- Alibaba Cloud, Hong Kong: ACK Pro with cGPU-shared L20s -----------------------------------
const hkStack = new TerraformStack(app, 'ack-hongkong');
const ack = new GpuCluster(hkStack, 'ack', {
  clusterName: 'hk-ack',
  region: 'cn-hongkong',
  apiServerAccess: ApiServerAccess.PUBLIC,
  network: ClusterNetwork.newVpc({
    vpcCidr: '10.0.0.0/16',
    podCidr: '10.0.128.0/17',
    zones: [
      { zoneId: 'cn-hongkong-b', nodeVswitchCidr: '10.0.0.0/24', podVswitchCidr: '10.0.128.0/18' },
      { zoneId: 'cn-hongkong-c', nodeVswitchCidr: '10.0.1.0/24', podVswitchCidr: '10.0.192.0/18' },
    ],
  }),
  serviceCidr: '192.168.0.0/16',
  gpuSharing: GpuSharing.CGPU,
  // The seed enabled the Cloud-Native AI Suite scheduling component in the console.
  gpuSchedulingComponent: GpuSchedulingComponent.installedOutOfBand(),
  gpuNodePools: [{ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'], desiredSize: 1, dataDisks: [{ sizeGiB: 200 }] }],
});

// --- VNG Cloud, Ho Chi Minh City: VKS with HAMi-shared A40s ------------------------------------
const hcmStack = new TerraformStack(app, 'vks-hcm');
const vks = new VksCluster(hcmStack, 'vks', {
  clusterName: 'hcm-vks',
  region: 'HCM03',
  apiServerAccess: ApiServerAccess.PUBLIC,
  apiAllowedCidrs: ['203.0.113.0/24'], // office and CI egress: never an unannounced 0.0.0.0/0
  projectId: 'pro-00000000-0000-0000-0000-000000000000',
  flavorZone: 'HCM03-1A',
  sshKeyId: 'ssh-00000000-0000-0000-0000-000000000000',
  network: VksNetwork.create({ vpcCidr: '10.20.0.0/16', subnetCidr: '10.20.1.0/24', zoneId: 'HCM03-1A' }),
  podCidr: '172.16.0.0/16',
  serviceCidr: '10.96.0.0/12',
  cpuNodeGroup: { name: 'system', numNodes: 2 },
  gpuNodeGroup: { name: 'gpu-a40', flavor: 'g3-standard-16x128-1A40', scaling: { minNodes: 1, maxNodes: 3 } },
  loadBalancerController: {
    credentials: {
      clientId: Secret.variable(hcmStack, 'vks_lb_client_id', 'Client ID of the service account the vLB controller uses.'),
      clientSecret: Secret.variable(hcmStack, 'vks_lb_client_secret', 'Client secret of the service account the vLB controller uses.'),
    },
  },
});

// --- The same inference service on both GPU stacks ---------------------------------------------
const kokoro = {
  image: 'ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4',
  port: 8880,
  gpuMemoryGiB: 3,
  healthPath: '/health',
  hosts: [HOST],
  replicas: 2,
  memoryLimitMiB: 5120,
};
const hk = new GpuInferenceService(ack, 'kokoro', { cluster: ack, ...kokoro });
const hcm = new GpuInferenceService(vks, 'kokoro', { cluster: vks, ...kokoro, gpuType: 'A40' });

// --- One hostname, nearest region, failover between the two ------------------------------------
const global = new TerraformStack(app, 'global');
new GtmFailoverDomain(global, 'kokoro', {
  hostname: HOST,
  members: [hk.endpoint, hcm.endpoint],
  engine: TrafficEngine.alibabaGtm({ edition: GtmEdition.STANDARD }),
  // Create it answering every address until both members are known to be healthy, then flip.
  enabled: process.env.KOKORO_GTM_ENABLED === 'true',
  // GTM through Terraform: 60 s checks + 2 s timeout + 60 s TTL = 122 s worst case.
  maxFailoverSeconds: 130,
});

app.synth();
