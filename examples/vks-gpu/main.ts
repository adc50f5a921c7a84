/**
 * A VNG Cloud VKS cluster in HCM03 with the seed's A40 GPU node group, the NVIDIA GPU Operator,
 * HAMi (hami.nvidia.com/* resources), the VNG load-balancer controller and ingress-nginx.
 *
 *   npx tsx examples/vks-gpu/main.ts      # writes cdktf.out/ (or $CDKTF_OUTDIR)
 *
 * Inputs at plan/apply time: TF_VAR_vngcloud_client_id, TF_VAR_vngcloud_client_secret (Terraform's
 * service account) and TF_VAR_vks_lb_client_id, TF_VAR_vks_lb_client_secret (the controller's).
 */
import { App, TerraformStack } from 'cdktf';
import { ApiServerAccess, Secret, VksCluster, VksNetwork } from '../../lib';

const app = new App();
const stack = new TerraformStack(app, 'hcm03');

const cluster = new VksCluster(stack, 'vks', {
  clusterName: 'hcm03-gpu',
  region: 'HCM03',
  apiServerAccess: ApiServerAccess.PUBLIC,
  apiAllowedCidrs: ['203.0.113.0/24'], // office + CI egress; never an unannounced 0.0.0.0/0
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
      clientId: Secret.variable(stack, 'vks_lb_client_id', 'Client ID of the service account the vLB controller uses.'),
      clientSecret: Secret.variable(stack, 'vks_lb_client_secret', 'Client secret of the service account the vLB controller uses.'),
    },
  },
});

export { cluster };
app.synth();
