import { isUnresolved, ValidationProblem } from './errors';

/** A name rule, as a provider or Kubernetes constrains it. */
export interface NameRule {
  readonly min: number;
  readonly max: number;
  readonly pattern: RegExp;
  /** Human description of the pattern, e.g. `lower-case letters, digits and '-'`. */
  readonly describe: string;
}

/** RFC 1123 DNS label: what Kubernetes accepts for most object names. */
export const DNS_LABEL: NameRule = {
  min: 1,
  max: 63,
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  describe: "lower-case letters, digits and '-', starting and ending with a letter or digit",
};

/** Checks a name against a rule; skips tokens and undefined. */
export function checkName(prop: string, value: string | undefined, rule: NameRule, code = 'NAME_INVALID'): ValidationProblem[] {
  if (value === undefined || isUnresolved(value)) return [];
  if (value.length >= rule.min && value.length <= rule.max && rule.pattern.test(value)) return [];
  return [{
    code,
    prop,
    value: `'${value}' (${value.length} characters)`,
    expected: `must be ${rule.min}-${rule.max} characters of ${rule.describe}`,
  }];
}

/** Turns any text into a Terraform-identifier-safe snake_case name (`hk-ack` → `hk_ack`). */
export function toIdentifier(text: string): string {
  const id = text.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(id) ? id : `c_${id}`;
}
