import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AlicloudProvider } from '../../../.gen/providers/alicloud/provider';
import { isUnresolved, ValidationProblem } from '../../core/errors';
import { toIdentifier } from '../../core/naming';
import { AckAddOn } from '../add-ons';

/**
 * The stack's alicloud provider for `region`, created at stack level when missing. The first one in
 * a stack is the default provider; one for another region is aliased by region. No credentials are
 * set: the provider reads ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY (or a profile) at plan time.
 */
export function findOrCreateAlicloudProvider(scope: Construct, region: string): AlicloudProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.findAll().filter((c): c is AlicloudProvider => c instanceof AlicloudProvider);
  const same = existing.find((p) => p.region === region);
  if (same) return same;
  const id = `alicloud-${toIdentifier(region)}`;
  return new AlicloudProvider(stack, id, { region, alias: existing.length > 0 ? toIdentifier(region) : undefined });
}

const ADDON_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Problems of a list of ACK components: names and duplicates. */
export function addOnProblems(prop: string, addOns: readonly AckAddOn[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  addOns.forEach((a, i) => {
    const at = addOns.length === 1 && prop.endsWith(')') ? prop : `${prop}[${i}]`;
    if (isUnresolved(a.name)) return;
    if (!ADDON_NAME.test(a.name ?? '')) {
      problems.push({ code: 'ADDON_NAME_INVALID', prop: `${at}.name`, value: `'${a.name}'`, expected: "an ACK component name such as 'csi-plugin'" });
    } else if (seen.has(a.name)) {
      problems.push({ code: 'ADDON_DUPLICATE', prop: `${at}.name`, value: `'${a.name}'`, expected: 'each component listed once' });
    }
    seen.add(a.name);
  });
  return problems;
}
