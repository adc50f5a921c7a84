import { App, IResolvable, IResolveContext, TerraformResource, TerraformStack, Token } from 'cdktf';

/**
 * A reference to a Terraform address (`alicloud_vpc.x.id`), resolved exactly as cdktf's own references
 * are: `${address}` in a string, the bare address where braces are suppressed (`depends_on`, inside an
 * expression), and, when read from another stack, a cross-stack output registered while cdktf prepares
 * the stacks (through the public `App.crossStackReference`).
 *
 * What it leaves out is the full stack trace cdktf captures when it creates a reference (no limit on
 * depth, formatted at once). cdktf shows that trace only in a token resolution error; in a profile of
 * the 50-cluster topology these traces were about 7 % of the app's CPU time. The library creates its
 * references here, so the creation stack of a library reference is empty.
 */
class AttributeReference implements IResolvable {
  public readonly creationStack: string[] = [];
  /** The identifier to use in each stack this reference is resolved in, when that is not its own. */
  private readonly crossStack = new Map<TerraformStack, string>();

  constructor(private readonly address: string, private readonly origin: TerraformStack) {}

  public resolve(context: IResolveContext): string {
    const here = TerraformStack.of(context.scope);
    const braces = !context.suppressBraces;
    context.suppressBraces = true;
    if (context.preparing && here !== this.origin) {
      this.crossStack.set(here, App.of(this.origin).crossStackReference(this.origin, here, this.address));
    }
    const identifier = this.crossStack.get(here) ?? this.address;
    return braces ? `\${${identifier}}` : identifier;
  }

  public toString(): string {
    return Token.asString(this);
  }

  public toJSON(): string {
    return '<unresolved-token>';
  }
}

/** A reference to `address` of `stack` (see {@link AttributeReference}). */
export function reference(address: string, stack: TerraformStack): IResolvable {
  return new AttributeReference(address, stack);
}

/** The reference cdktf's `interpolationForAttribute` makes for a resource attribute, without its stack trace. */
export function attributeReference(resource: TerraformResource, attribute: string): IResolvable {
  return reference(`${resource.terraformResourceType}.${resource.friendlyUniqueId}${resource.forEach ? '.*' : ''}.${attribute}`, resource.cdktfStack);
}

/** The resource's address as a string token, as cdktf's `fqn` makes it, without its stack trace. */
export function resourceAddress(resource: TerraformResource): string {
  return Token.asString(reference(`${resource.terraformResourceType}.${resource.friendlyUniqueId}`, resource.cdktfStack));
}
