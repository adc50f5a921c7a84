/**
 * The smallest end-to-end app: an existing k3s cluster (reached through a kubeconfig context,
 * as in the chat seed's on-prem clusters) and one Helm add-on.
 *
 *   npx tsx examples/existing-cluster/main.ts      # writes cdktf.out/ (or $CDKTF_OUTDIR)
 */
import { App, TerraformStack } from 'cdktf';
import { ExistingCluster, IngressNginx } from '../../lib';

const app = new App();
const stack = new TerraformStack(app, 'fsn1');

const cluster = new ExistingCluster(stack, 'cluster', {
  clusterName: 'fsn1',
  region: 'eu-central',
  kubeContext: 'fsn1',
  podCidr: '10.42.0.0/16',
  serviceCidr: '10.43.0.0/16',
});

new IngressNginx(stack, 'ingress', { cluster, replicas: 2 });

app.synth();
