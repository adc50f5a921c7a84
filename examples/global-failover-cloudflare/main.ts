/**
 * One hostname, two clusters, Cloudflare Load Balancing in front (seed 003's topology with the
 * Cloudflare engine): a Hong Kong cluster whose ingress publishes a host name (ALB) and a
 * Ho Chi Minh City cluster whose ingress publishes an IP. Each cluster stack exposes the service
 * through an Ingress; the global stack reads both load-balancer addresses from the clusters'
 * state (CDKTF turns the references into outputs + terraform_remote_state) and fails over
 * between them on health checks that send `Host: kokoro.example.com`.
 *
 *   npx tsx examples/global-failover-cloudflare/main.ts   # writes cdktf.out/ (or $CDKTF_OUTDIR)
 *
 * Apply the cluster stacks first, then `global` (it needs TF_VAR_cloudflare_api_token).
 * Synth prints the failover budget; it fails if the budget exceeds maxFailoverSeconds.
 */
import { App, TerraformStack } from 'cdktf';
import { IngressV1 } from '@cdktf/provider-kubernetes/lib/ingress-v1';
import { ExistingCluster, IngressAddressType, ServiceEndpoint } from '../../lib';
import { FailoverMember, GtmFailoverDomain, TrafficEngine } from '../../lib';

const HOST = 'kokoro.example.com';
const app = new App();

/** A cluster stack with an ingress for HOST; returns the endpoint the traffic manager needs. */
function clusterWithIngress(name: string, region: string, context: string, addressType: IngressAddressType,
  className: string, podCidr: string, serviceCidr: string): ServiceEndpoint {
  const stack = new TerraformStack(app, name);
  const cluster = new ExistingCluster(stack, 'cluster', {
    clusterName: name, region, kubeContext: context, podCidr, serviceCidr, ingressClassName: className, ingressAddressType: addressType,
  });
  const ingress = new IngressV1(stack, 'kokoro', {
    provider: cluster.kubernetesProvider,
    metadata: { name: 'kokoro', namespace: 'default' },
    spec: {
      ingressClassName: className,
      rule: [{
        host: HOST,
        http: { path: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'kokoro', port: { number: 8880 } } } }] },
      }],
    },
    waitForLoadBalancer: true,
  });
  const lb = ingress.status.get(0).loadBalancer.get(0).ingress.get(0);
  return FailoverMember.endpoint({
    name,
    region,
    addressType,
    address: addressType === IngressAddressType.IPV4 ? lb.ip : lb.hostname,
    hosts: [HOST],
    healthPath: '/health',
  });
}

const hk = clusterWithIngress('hk', 'cn-hongkong', 'ack-hk', IngressAddressType.DOMAIN, 'alb', '172.20.0.0/16', '192.168.0.0/16');
const hcm = clusterWithIngress('hcm', 'HCM03', 'vks-hcm', IngressAddressType.IPV4, 'nginx', '10.96.0.0/16', '10.97.0.0/16');

const global = new TerraformStack(app, 'global');
const domain = new GtmFailoverDomain(global, 'kokoro', {
  hostname: HOST,
  members: [hk, hcm],
  engine: TrafficEngine.cloudflare({
    accountId: process.env.CLOUDFLARE_ACCOUNT_ID ?? '0123456789abcdef0123456789abcdef',
    zoneId: process.env.CLOUDFLARE_ZONE_ID ?? 'fedcba9876543210fedcba9876543210',
  }),
  // Create it disabled, watch both pools turn healthy in the dashboard, then set enabled: true.
  enabled: process.env.KOKORO_LB_ENABLED === 'true',
  maxFailoverSeconds: 60,
});

console.error(`failover budget of ${HOST}: ${domain.budget.describe()}`);
app.synth();
