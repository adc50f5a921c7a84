import type { ReleaseConfig } from '@cdktf/provider-helm/lib/release';
import { Construct } from 'constructs';
import { ProviderResource } from './provider-resource';

/**
 * `helm_release` (hashicorp/helm 3.x), taking the helm binding's typed `ReleaseConfig` without loading
 * the binding (see {@link ProviderResource}). Every {@link HelmAddOn} and Helm-delivered
 * {@link ClusterManifest} is one: change it with `configure({ ... })`, e.g. `configure({ timeout: 900 })`.
 */
export class HelmReleaseResource extends ProviderResource<ReleaseConfig> {
  public static readonly tfResourceType = 'helm_release';

  constructor(scope: Construct, id: string, config: ReleaseConfig) {
    super(scope, id, {
      tfResourceType: HelmReleaseResource.tfResourceType,
      providerName: 'helm',
      providerVersion: '3.1.1',
      providerVersionConstraint: '~> 3.0',
      shape: {},
    }, config);
  }


  /** The release's status, e.g. `deployed` (a reference). */
  public get status(): string {
    return this.getStringAttribute('status');
  }
}
