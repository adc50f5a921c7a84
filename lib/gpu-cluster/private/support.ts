import { isUnresolved, ValidationProblem } from '../../core/errors';
import { AckAddOn } from '../add-ons';

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
