import { App, TerraformStack } from 'cdktf';
import { ExistingCluster } from '../../lib';

/** Parsed Helm values, for property access in assertions. */
export type Tree = { readonly [key: string]: Tree };

/** A stack with an existing GPU cluster in VNG Cloud's HCM03 (or `region`), for add-on tests. */
export function hcmCluster(region = 'HCM03'): { stack: TerraformStack; cluster: ExistingCluster } {
  const stack = new TerraformStack(new App(), 'hcm');
  const cluster = new ExistingCluster(stack, 'cluster', {
    clusterName: 'hcm-gpu', region, kubeContext: 'hcm', podCidr: '172.16.0.0/16', serviceCidr: '10.96.0.0/12',
  });
  return { stack, cluster };
}
