// https://registry.terraform.io/providers/netbirdio/netbird/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NetbirdProviderConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs#management_url NetbirdProvider#management_url}
  */
  readonly managementUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs#tenant_account NetbirdProvider#tenant_account}
  */
  readonly tenantAccount?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs#token NetbirdProvider#token}
  */
  readonly token?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs#alias NetbirdProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs netbird}
*/
export class NetbirdProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "netbird";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NetbirdProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NetbirdProvider to import
  * @param importFromId The id of the existing NetbirdProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NetbirdProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "netbird", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs netbird} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NetbirdProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: NetbirdProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'netbird',
      terraformGeneratorMetadata: {
        providerName: 'netbird',
        providerVersionConstraint: '0.0.10'
      },
      terraformProviderSource: 'netbirdio/netbird'
    });
    this._managementUrl = config.managementUrl;
    this._tenantAccount = config.tenantAccount;
    this._token = config.token;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // management_url - computed: false, optional: true, required: false
  private _managementUrl?: string; 
  public get managementUrl() {
    return this._managementUrl;
  }
  public set managementUrl(value: string | undefined) {
    this._managementUrl = value;
  }
  public resetManagementUrl() {
    this._managementUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managementUrlInput() {
    return this._managementUrl;
  }

  // tenant_account - computed: false, optional: true, required: false
  private _tenantAccount?: string; 
  public get tenantAccount() {
    return this._tenantAccount;
  }
  public set tenantAccount(value: string | undefined) {
    this._tenantAccount = value;
  }
  public resetTenantAccount() {
    this._tenantAccount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantAccountInput() {
    return this._tenantAccount;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this._token;
  }
  public set token(value: string | undefined) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      management_url: cdktf.stringToTerraform(this._managementUrl),
      tenant_account: cdktf.stringToTerraform(this._tenantAccount),
      token: cdktf.stringToTerraform(this._token),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      management_url: {
        value: cdktf.stringToHclTerraform(this._managementUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tenant_account: {
        value: cdktf.stringToHclTerraform(this._tenantAccount),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token: {
        value: cdktf.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
