import { App, TerraformStack } from 'cdktf';
import { ClusterManifest, ExistingCluster, GpuCluster, HelmAddOn } from '../../lib';
import { seedProps } from '../gpu-cluster/fixtures';

/** One word per concept: the primary Terraform resource of every construct is `resource`. */
describe('escape hatches', () => {
  function existing(s: TerraformStack): ExistingCluster {
    return new ExistingCluster(s, 'cluster', {
      clusterName: 'fsn1', region: 'eu-central', kubeContext: 'fsn1', podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16',
    });
  }

  test('GpuCluster, its node pools and its ALB controller expose their resource as `resource`', () => {
    // GIVEN / WHEN
    const c = new GpuCluster(new TerraformStack(new App(), 'hk'), 'hk', seedProps());
    // THEN
    expect(c.resource.terraformResourceType).toBe('alicloud_cs_managed_kubernetes');
    expect(c.systemNodePool.resource.terraformResourceType).toBe('alicloud_cs_kubernetes_node_pool');
    expect(c.alb?.resource.terraformResourceType).toBe('alicloud_cs_kubernetes_addon');
    expect(c).not.toHaveProperty('cluster');
  });

  test('HelmAddOn (so every add-on) and ClusterManifest expose their resource as `resource`', () => {
    // GIVEN
    const s = new TerraformStack(new App(), 'fsn1');
    const cluster = existing(s);
    // WHEN
    const addOn = new HelmAddOn(cluster, 'cm', {
      cluster, namespace: 'cert-manager', chart: { chart: 'cert-manager', repository: 'https://charts.jetstack.io', version: 'v1.21.1' },
    });
    const manifest = new ClusterManifest(cluster, 'cm-obj', {
      cluster, manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'default' }, data: {} },
    });
    // THEN
    expect(addOn.resource.terraformResourceType).toBe('helm_release');
    expect(addOn).not.toHaveProperty('release');
    expect(manifest.resource).toBeDefined();
  });
});
