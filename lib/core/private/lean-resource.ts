import { IResolvable, TerraformResource } from 'cdktf';
import { attributeReference, resourceAddress } from './reference';

/**
 * A resource whose attribute references and address are the library's lean references (see
 * `reference.ts`): resolved as cdktf's own, without a stack trace each. The base of `ProviderResource`
 * and of the workload's raw Kubernetes resources.
 */
export abstract class LeanTerraformResource extends TerraformResource {
  private address?: string;

  /** A reference to one of the resource's attributes; every attribute getter goes through it. */
  public interpolationForAttribute(terraformAttribute: string): IResolvable {
    return attributeReference(this, terraformAttribute);
  }

  /** The resource's address (`type.name`) as a token, as cdktf's `fqn`, made once. */
  public get fqn(): string {
    return (this.address ??= resourceAddress(this));
  }
}
