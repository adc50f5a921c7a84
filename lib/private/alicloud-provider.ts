import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { AlicloudProviderConfig } from '../../.gen/providers/alicloud/provider';
import { toIdentifier } from '../core/naming';
import { ProviderBlock, providersOfType } from '../core/provider-resource';

/**
 * The aliyun/alicloud provider (1.283.0) configuration, taking the binding's typed
 * `AlicloudProviderConfig` without loading it (see {@link ProviderBlock}). {@link GpuCluster.alicloudProvider} is one
 * unless you pass your own (any alicloud provider configuration, generated binding included, works).
 */
export class AlicloudProviderBlock extends ProviderBlock<AlicloudProviderConfig> {
  constructor(scope: Construct, id: string, config: AlicloudProviderConfig = {}) {
    super(scope, id, {
      providerName: 'alicloud', source: 'aliyun/alicloud', providerVersionConstraint: '1.283.0',
      shape: { maps: ['sign_version'], blocks: { assume_role: {} } },
    }, config);
  }

  /** The region this configuration targets (undefined: the provider's default or the environment's). */
  public get region(): string | undefined {
    return this.arguments.region;
  }
}

/**
 * The one rule for finding or creating the alicloud provider of a stack. No credentials are ever
 * set: the provider reads ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY (or a profile) at plan time.
 *
 * - With a `region` (regional resources such as ACK): the stack's provider for that region; when
 *   missing, one is created, aliased by region if the stack already has another alicloud provider.
 * - Without (global services such as GTM, which answer in any region): the stack's un-aliased
 *   provider, created without a region when missing.
 */
export function findOrCreateAlicloudProvider(scope: Construct, region?: string): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const existing = providersOfType<TerraformProvider & { readonly region?: string }>(stack, 'alicloud');
  if (region === undefined) {
    return existing.find((p) => p.alias === undefined) ?? new AlicloudProviderBlock(stack, 'alicloud', {});
  }
  const same = existing.find((p) => p.region === region);
  if (same) return same;
  return new AlicloudProviderBlock(stack, `alicloud-${toIdentifier(region)}`, {
    region,
    alias: existing.length > 0 ? toIdentifier(region) : undefined,
  });
}
