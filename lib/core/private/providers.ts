import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { HelmProviderKubernetes } from '@cdktf/provider-helm/lib/provider';
import { HelmProviderBlock, KubernetesProviderBlock } from '../provider-blocks';
import { providersOfType } from '../provider-resource';

/** How the kubernetes and helm providers reach a cluster. Credentials must be references, never literals. */
export interface ClusterConnection {
  readonly configPath?: string;
  readonly configContext?: string;
  readonly host?: string;
  readonly clusterCaCertificate?: string;
  readonly clientCertificate?: string;
  readonly clientKey?: string;
  readonly token?: string;
}

/**
 * Creates the kubernetes and helm providers for one cluster in the stack of `scope`. The first
 * cluster in a stack gets the default (un-aliased) providers; further clusters in the same stack
 * get providers aliased by the cluster's identifier (its name in snake_case). Every construct of this library passes its provider
 * explicitly, so both cases work.
 */
export function createClusterProviders(scope: Construct, identifier: string, conn: ClusterConnection): {
  kubernetes: KubernetesProviderBlock;
  helm: HelmProviderBlock;
} {
  const stack = TerraformStack.of(scope);
  const taken = providersOfType(stack, 'kubernetes').length > 0;
  const alias = taken ? identifier : undefined;
  const kubernetes = new KubernetesProviderBlock(scope, 'kubernetes', { alias, ...conn });
  const helmKube: HelmProviderKubernetes = { ...conn };
  const helm = new HelmProviderBlock(scope, 'helm', { alias, kubernetes: helmKube });
  return { kubernetes, helm };
}
