// https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SetupKeyConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#allow_extra_dns_labels SetupKey#allow_extra_dns_labels}
  */
  readonly allowExtraDnsLabels?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#auto_groups SetupKey#auto_groups}
  */
  readonly autoGroups?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#ephemeral SetupKey#ephemeral}
  */
  readonly ephemeral?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#expiry_seconds SetupKey#expiry_seconds}
  */
  readonly expirySeconds?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#name SetupKey#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#revoked SetupKey#revoked}
  */
  readonly revoked?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#type SetupKey#type}
  */
  readonly type?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#usage_limit SetupKey#usage_limit}
  */
  readonly usageLimit?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key netbird_setup_key}
*/
export class SetupKey extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "netbird_setup_key";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SetupKey resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SetupKey to import
  * @param importFromId The id of the existing SetupKey that should be imported. Refer to the {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SetupKey to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "netbird_setup_key", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/setup_key netbird_setup_key} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SetupKeyConfig
  */
  public constructor(scope: Construct, id: string, config: SetupKeyConfig) {
    super(scope, id, {
      terraformResourceType: 'netbird_setup_key',
      terraformGeneratorMetadata: {
        providerName: 'netbird',
        providerVersionConstraint: '0.0.10'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._allowExtraDnsLabels = config.allowExtraDnsLabels;
    this._autoGroups = config.autoGroups;
    this._ephemeral = config.ephemeral;
    this._expirySeconds = config.expirySeconds;
    this._name = config.name;
    this._revoked = config.revoked;
    this._type = config.type;
    this._usageLimit = config.usageLimit;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_extra_dns_labels - computed: true, optional: true, required: false
  private _allowExtraDnsLabels?: boolean | cdktf.IResolvable; 
  public get allowExtraDnsLabels() {
    return this.getBooleanAttribute('allow_extra_dns_labels');
  }
  public set allowExtraDnsLabels(value: boolean | cdktf.IResolvable) {
    this._allowExtraDnsLabels = value;
  }
  public resetAllowExtraDnsLabels() {
    this._allowExtraDnsLabels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowExtraDnsLabelsInput() {
    return this._allowExtraDnsLabels;
  }

  // auto_groups - computed: true, optional: true, required: false
  private _autoGroups?: string[]; 
  public get autoGroups() {
    return this.getListAttribute('auto_groups');
  }
  public set autoGroups(value: string[]) {
    this._autoGroups = value;
  }
  public resetAutoGroups() {
    this._autoGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoGroupsInput() {
    return this._autoGroups;
  }

  // ephemeral - computed: true, optional: true, required: false
  private _ephemeral?: boolean | cdktf.IResolvable; 
  public get ephemeral() {
    return this.getBooleanAttribute('ephemeral');
  }
  public set ephemeral(value: boolean | cdktf.IResolvable) {
    this._ephemeral = value;
  }
  public resetEphemeral() {
    this._ephemeral = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ephemeralInput() {
    return this._ephemeral;
  }

  // expires - computed: true, optional: false, required: false
  public get expires() {
    return this.getStringAttribute('expires');
  }

  // expiry_seconds - computed: true, optional: true, required: false
  private _expirySeconds?: number; 
  public get expirySeconds() {
    return this.getNumberAttribute('expiry_seconds');
  }
  public set expirySeconds(value: number) {
    this._expirySeconds = value;
  }
  public resetExpirySeconds() {
    this._expirySeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expirySecondsInput() {
    return this._expirySeconds;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }

  // last_used - computed: true, optional: false, required: false
  public get lastUsed() {
    return this.getStringAttribute('last_used');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // revoked - computed: true, optional: true, required: false
  private _revoked?: boolean | cdktf.IResolvable; 
  public get revoked() {
    return this.getBooleanAttribute('revoked');
  }
  public set revoked(value: boolean | cdktf.IResolvable) {
    this._revoked = value;
  }
  public resetRevoked() {
    this._revoked = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get revokedInput() {
    return this._revoked;
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // usage_limit - computed: true, optional: true, required: false
  private _usageLimit?: number; 
  public get usageLimit() {
    return this.getNumberAttribute('usage_limit');
  }
  public set usageLimit(value: number) {
    this._usageLimit = value;
  }
  public resetUsageLimit() {
    this._usageLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usageLimitInput() {
    return this._usageLimit;
  }

  // used_times - computed: true, optional: false, required: false
  public get usedTimes() {
    return this.getNumberAttribute('used_times');
  }

  // valid - computed: true, optional: false, required: false
  public get valid() {
    return this.getBooleanAttribute('valid');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_extra_dns_labels: cdktf.booleanToTerraform(this._allowExtraDnsLabels),
      auto_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._autoGroups),
      ephemeral: cdktf.booleanToTerraform(this._ephemeral),
      expiry_seconds: cdktf.numberToTerraform(this._expirySeconds),
      name: cdktf.stringToTerraform(this._name),
      revoked: cdktf.booleanToTerraform(this._revoked),
      type: cdktf.stringToTerraform(this._type),
      usage_limit: cdktf.numberToTerraform(this._usageLimit),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_extra_dns_labels: {
        value: cdktf.booleanToHclTerraform(this._allowExtraDnsLabels),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      auto_groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._autoGroups),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      ephemeral: {
        value: cdktf.booleanToHclTerraform(this._ephemeral),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      expiry_seconds: {
        value: cdktf.numberToHclTerraform(this._expirySeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      revoked: {
        value: cdktf.booleanToHclTerraform(this._revoked),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      usage_limit: {
        value: cdktf.numberToHclTerraform(this._usageLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
