import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { MultiRegionValidationError, ValidationProblem } from './errors';

const SECRET_BRAND = Symbol.for('cdktf-multiregion.Secret');

/**
 * A secret the library passes to a provider or chart without ever writing its value into the
 * synthesized JSON: a sensitive Terraform variable (supplied as `TF_VAR_<name>` or a tfvars file
 * kept out of git), or a reference to another sensitive value (a generated password, a secret
 * manager data source).
 */
export class Secret {
  /** True for a {@link Secret} (also one created by another copy of this library). */
  public static isSecret(x: unknown): x is Secret {
    return x instanceof Secret || (typeof x === 'object' && x !== null && (x as { [SECRET_BRAND]?: true })[SECRET_BRAND] === true);
  }

  /**
   * A sensitive, string-typed Terraform variable in the stack of `scope`. Asking twice for the same
   * name in one stack returns the same variable.
   *
   * @param name variable name, `[a-z][a-z0-9_]*`; users supply it as `TF_VAR_<name>`.
   */
  public static variable(scope: Construct, name: string, description: string): Secret {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) {
      throw new MultiRegionValidationError(scope.node.path, [{
        code: 'SECRET_NAME',
        prop: 'name',
        value: `'${name}'`,
        expected: 'a Terraform variable name: lower case letters, digits and underscores, starting with a letter',
      }]);
    }
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(name);
    const variable = existing instanceof TerraformVariable
      ? existing
      : new TerraformVariable(stack, name, { type: 'string', sensitive: true, nullable: false, description });
    return new Secret(variable.stringValue, name);
  }

  /**
   * Wraps a value that is already a reference to something sensitive (e.g. a `random_password`'s
   * `result`, a sensitive output of another stack). Refuses literals: a literal would be written
   * into cdk.tf.json in clear.
   */
  public static fromReference(value: string, what = 'secret'): Secret {
    if (!Token.isUnresolved(value)) {
      throw new MultiRegionValidationError(what, [{
        code: 'SECRET_LITERAL',
        prop: what,
        value: '<a literal string, not shown>',
        expected: 'a reference (Secret.variable(...), a sensitive resource attribute); a literal would appear in clear in the synthesized JSON',
      }]);
    }
    return new Secret(value);
  }

  private constructor(
    /** The token to pass where the secret is needed. */
    public readonly value: string,
    /** The variable's name, when the secret is a variable. */
    public readonly variableName?: string,
  ) {
    Object.defineProperty(this, SECRET_BRAND, { value: true });
  }
}

/**
 * Problems with a value that must be a {@link Secret}. A plain string (from JavaScript, or through
 * `as any`) would otherwise reach the synthesized JSON in clear or be dropped silently; the value
 * itself is never echoed in the message.
 */
export function checkSecret(prop: string, value: unknown, required = true): ValidationProblem[] {
  if (value === undefined && !required) return [];
  if (Secret.isSecret(value)) return [];
  const given = value === undefined ? 'undefined' : typeof value === 'string' ? '<a plain string, not shown>' : `<${typeof value}>`;
  return [{
    code: 'SECRET_REQUIRED',
    prop,
    value: given,
    expected: 'a Secret: Secret.variable(scope, name, description) (a sensitive variable, supplied as TF_VAR_<name>) or ' +
      'Secret.fromReference(<sensitive attribute>); a plain string would land in clear in the synthesized JSON',
  }];
}
