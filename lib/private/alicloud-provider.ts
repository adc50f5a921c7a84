import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AlicloudProvider } from '../../.gen/providers/alicloud/provider';
import { toIdentifier } from '../core/naming';

/**
 * The one rule for finding or creating the alicloud provider of a stack. No credentials are ever
 * set: the provider reads ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY (or a profile) at plan time.
 *
 * - With a `region` (regional resources such as ACK): the stack's provider for that region; when
 *   missing, one is created, aliased by region if the stack already has another alicloud provider.
 * - Without (global services such as GTM, which answer in any region): the stack's un-aliased
 *   provider, created without a region when missing.
 */
export function findOrCreateAlicloudProvider(scope: Construct, region?: string): AlicloudProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.findAll().filter((c): c is AlicloudProvider => c instanceof AlicloudProvider);
  if (region === undefined) {
    return existing.find((p) => p.alias === undefined) ?? new AlicloudProvider(stack, 'alicloud', {});
  }
  const same = existing.find((p) => p.region === region);
  if (same) return same;
  return new AlicloudProvider(stack, `alicloud-${toIdentifier(region)}`, {
    region,
    alias: existing.length > 0 ? toIdentifier(region) : undefined,
  });
}
