/**
 * Benchmark fixture: a generated topology of N clusters (default 50), one stack each. Not an
 * example: it exists to measure synth cost at scale (`npm run bench`). Two shapes:
 *
 * - BENCH_TOPOLOGY=full (default): cycling through the three cluster types (ACK with a cGPU pool,
 *   VKS with HAMi, an existing k3s cluster with exclusive GPUs), each running the same GPU inference
 *   service, plus one global stack with a Cloudflare failover domain over the first ten members
 *   (~600 resources).
 * - BENCH_TOPOLOGY=contract: 50 existing clusters with one Helm add-on each (the cluster contract
 *   and add-on plumbing alone, ~50 resources).
 */
import { App, TerraformStack } from 'cdktf';
import {
  ApiServerAccess, ClusterNetwork, ExistingCluster, GpuCluster, GpuInferenceService, GpuSchedulingComponent, GpuSharing,
  GtmFailoverDomain, ICluster, IngressNginx, Secret, ServiceEndpoint, TrafficEngine, VksCluster, VksNetwork,
} from '../lib';

const count = Number(process.env.BENCH_CLUSTERS ?? 50);
const HOST = 'svc.example.com';
const app = new App();
const endpoints: ServiceEndpoint[] = [];

const contractOnly = process.env.BENCH_TOPOLOGY === 'contract';

for (let i = 0; i < count; i++) {
  const name = `c${String(i).padStart(2, '0')}`;
  const stack = new TerraformStack(app, name);
  if (contractOnly) {
    const existing = new ExistingCluster(stack, 'cluster', {
      clusterName: name, region: `region-${i % 5}`, kubeContext: name,
      podCidr: `10.${i}.0.0/17`, serviceCidr: `10.${i}.128.0/17`,
    });
    new IngressNginx(stack, 'ingress', { cluster: existing });
    continue;
  }
  let cluster: ICluster;
  switch (i % 3) {
    case 0:
      cluster = new GpuCluster(stack, 'cluster', {
        clusterName: name,
        region: 'cn-hongkong',
        apiServerAccess: ApiServerAccess.PRIVATE,
        network: ClusterNetwork.newVpc({
          vpcCidr: '10.0.0.0/16',
          podCidr: '10.0.128.0/17',
          zones: [
            { zoneId: 'cn-hongkong-b', nodeVswitchCidr: '10.0.0.0/24', podVswitchCidr: '10.0.128.0/18' },
            { zoneId: 'cn-hongkong-c', nodeVswitchCidr: '10.0.1.0/24', podVswitchCidr: '10.0.192.0/18' },
          ],
        }),
        gpuSharing: GpuSharing.CGPU,
        gpuSchedulingComponent: GpuSchedulingComponent.installedOutOfBand(),
        gpuNodePools: [{ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'], desiredSize: 1 }],
      });
      break;
    case 1:
      cluster = new VksCluster(stack, 'cluster', {
        clusterName: `vks-${name}`,
        region: 'HCM03',
        apiServerAccess: ApiServerAccess.PRIVATE,
        projectId: 'pro-00000000-0000-0000-0000-000000000000',
        flavorZone: 'HCM03-1A',
        sshKeyId: 'ssh-00000000-0000-0000-0000-000000000000',
        network: VksNetwork.create({ vpcCidr: '10.20.0.0/16', subnetCidr: '10.20.1.0/24', zoneId: 'HCM03-1A' }),
        podCidr: '172.16.0.0/16',
        serviceCidr: '10.96.0.0/12',
        cpuNodeGroup: { name: 'system', numNodes: 2 },
        gpuNodeGroup: { name: 'gpu-a40', flavor: 'g3-standard-16x128-1A40', numNodes: 1 },
        loadBalancerController: {
          credentials: {
            clientId: Secret.variable(stack, 'lb_client_id', 'vLB controller client ID'),
            clientSecret: Secret.variable(stack, 'lb_client_secret', 'vLB controller client secret'),
          },
        },
      });
      break;
    default:
      cluster = new ExistingCluster(stack, 'cluster', {
        clusterName: name,
        region: 'fsn1',
        kubeContext: name,
        podCidr: '10.42.0.0/16',
        serviceCidr: '10.43.0.0/16',
        gpu: {
          sharing: GpuSharing.EXCLUSIVE,
          resourceNames: { count: 'nvidia.com/gpu' },
          nodeTypes: [{ gpuModel: 'L4', gpuMemoryGiB: 24 }],
        },
      });
  }
  const svc = new GpuInferenceService(cluster, 'svc', {
    cluster,
    image: 'ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4',
    port: 8880,
    gpuMemoryGiB: 3,
    healthPath: '/health',
    hosts: [HOST],
  });
  if (endpoints.length < 10) endpoints.push(svc.endpoint);
}

if (!contractOnly) new GtmFailoverDomain(new TerraformStack(app, 'global'), 'svc', {
  hostname: HOST,
  members: endpoints,
  engine: TrafficEngine.cloudflare({ accountId: '0123456789abcdef0123456789abcdef', zoneId: 'fedcba9876543210fedcba9876543210' }),
});
app.synth();
