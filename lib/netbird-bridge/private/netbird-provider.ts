import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { NetbirdProvider } from '../../../.gen/providers/netbird/provider';
import { Secret } from '../../core/secrets';

/**
 * The stack's NetBird provider: the one already there, or a new one with the management URL and
 * the token (a sensitive variable of this stack; never a literal).
 */
export function findOrCreateNetbirdProvider(scope: Construct, managementUrl: string, token: Secret): NetbirdProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.findAll().find((c): c is NetbirdProvider => c instanceof NetbirdProvider);
  return existing ?? new NetbirdProvider(stack, 'netbird-provider', { managementUrl, token: token.value });
}
