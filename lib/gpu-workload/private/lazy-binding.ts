import type * as DeploymentBinding from '@cdktf/provider-kubernetes/lib/deployment-v1';

let deploymentBinding: typeof DeploymentBinding | undefined;

/**
 * The `kubernetes_deployment_v1` binding, loaded on first use. It is the largest kubernetes binding
 * the library uses (~110 ms and ~16 MB to load, for its pod-spec structs); loading it lazily keeps
 * `import 'cdktf-multiregion'` cheap for apps that create no workload.
 */
export function loadDeploymentBinding(): typeof DeploymentBinding {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  deploymentBinding ??= require('@cdktf/provider-kubernetes/lib/deployment-v1') as typeof DeploymentBinding;
  return deploymentBinding;
}
