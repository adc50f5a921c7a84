import type { HelmProviderConfig } from '@cdktf/provider-helm/lib/provider';
import type { KubernetesProviderConfig } from '@cdktf/provider-kubernetes/lib/provider';
import { Construct } from 'constructs';
import { ProviderBlock } from './provider-resource';

/**
 * The hashicorp/kubernetes provider (2.x) configuration, taking the binding's typed
 * `KubernetesProviderConfig` without loading it (see {@link ProviderBlock}). {@link ICluster.kubernetesProvider} is one.
 */
export class KubernetesProviderBlock extends ProviderBlock<KubernetesProviderConfig> {
  constructor(scope: Construct, id: string, config: KubernetesProviderConfig = {}) {
    super(scope, id, { providerName: 'kubernetes', source: 'kubernetes', providerVersion: '2.38.0', providerVersionConstraint: '~> 2.0', shape: {} }, config);
  }
}

/**
 * The hashicorp/helm provider (3.x) configuration, taking the binding's typed `HelmProviderConfig`
 * without loading it (see {@link ProviderBlock}). {@link ICluster.helmProvider} is one.
 */
export class HelmProviderBlock extends ProviderBlock<HelmProviderConfig> {
  constructor(scope: Construct, id: string, config: HelmProviderConfig = {}) {
    super(scope, id, { providerName: 'helm', source: 'helm', providerVersion: '3.1.1', providerVersionConstraint: '~> 3.0', shape: {} }, config);
  }
}
