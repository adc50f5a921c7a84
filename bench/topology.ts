/**
 * Benchmark fixture: a generated topology of N clusters (default 50), one stack each, every one
 * with the library's add-ons, plus one global stack. Not an example: it exists to measure synth
 * cost at scale (`npm run bench`).
 */
import { App, TerraformStack } from 'cdktf';
import { ExistingCluster, IngressNginx } from '../lib';

const count = Number(process.env.BENCH_CLUSTERS ?? 50);
const app = new App();
for (let i = 0; i < count; i++) {
  const name = `c${String(i).padStart(2, '0')}`;
  const stack = new TerraformStack(app, name);
  const cluster = new ExistingCluster(stack, 'cluster', {
    clusterName: name,
    region: `region-${i % 5}`,
    kubeContext: name,
    podCidr: `10.${i}.0.0/17`,
    serviceCidr: `10.${i}.128.0/17`,
  });
  new IngressNginx(stack, 'ingress', { cluster });
}
app.synth();
