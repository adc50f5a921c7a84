import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { NetbirdProviderBlock } from '../resources';
import { Secret } from '../../core/secrets';
import { providersOfType } from '../../core/provider-resource';

/**
 * The stack's NetBird provider: the one already there, or a new one with the management URL and
 * the token (a sensitive variable of this stack; never a literal).
 */
export function findOrCreateNetbirdProvider(scope: Construct, managementUrl: string, token: Secret): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const existing = providersOfType(stack, 'netbird')[0];
  return existing ?? new NetbirdProviderBlock(stack, 'netbird-provider', { managementUrl, token: token.value });
}
