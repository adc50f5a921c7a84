// https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface VngcloudProviderConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#client_id VngcloudProvider#client_id}
  */
  readonly clientId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#client_secret VngcloudProvider#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#token_url VngcloudProvider#token_url}
  */
  readonly tokenUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#vdb_base_url VngcloudProvider#vdb_base_url}
  */
  readonly vdbBaseUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#vks_base_url VngcloudProvider#vks_base_url}
  */
  readonly vksBaseUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#vlb_base_url VngcloudProvider#vlb_base_url}
  */
  readonly vlbBaseUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#vserver_base_url VngcloudProvider#vserver_base_url}
  */
  readonly vserverBaseUrl?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#alias VngcloudProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs vngcloud}
*/
export class VngcloudProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vngcloud";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a VngcloudProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VngcloudProvider to import
  * @param importFromId The id of the existing VngcloudProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VngcloudProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vngcloud", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs vngcloud} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VngcloudProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: VngcloudProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'vngcloud',
      terraformGeneratorMetadata: {
        providerName: 'vngcloud',
        providerVersionConstraint: '1.3.11'
      },
      terraformProviderSource: 'vngcloud/vngcloud'
    });
    this._clientId = config.clientId;
    this._clientSecret = config.clientSecret;
    this._tokenUrl = config.tokenUrl;
    this._vdbBaseUrl = config.vdbBaseUrl;
    this._vksBaseUrl = config.vksBaseUrl;
    this._vlbBaseUrl = config.vlbBaseUrl;
    this._vserverBaseUrl = config.vserverBaseUrl;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // client_id - computed: false, optional: true, required: false
  private _clientId?: string; 
  public get clientId() {
    return this._clientId;
  }
  public set clientId(value: string | undefined) {
    this._clientId = value;
  }
  public resetClientId() {
    this._clientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_secret - computed: false, optional: true, required: false
  private _clientSecret?: string; 
  public get clientSecret() {
    return this._clientSecret;
  }
  public set clientSecret(value: string | undefined) {
    this._clientSecret = value;
  }
  public resetClientSecret() {
    this._clientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // token_url - computed: false, optional: true, required: false
  private _tokenUrl?: string; 
  public get tokenUrl() {
    return this._tokenUrl;
  }
  public set tokenUrl(value: string | undefined) {
    this._tokenUrl = value;
  }
  public resetTokenUrl() {
    this._tokenUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenUrlInput() {
    return this._tokenUrl;
  }

  // vdb_base_url - computed: false, optional: true, required: false
  private _vdbBaseUrl?: string; 
  public get vdbBaseUrl() {
    return this._vdbBaseUrl;
  }
  public set vdbBaseUrl(value: string | undefined) {
    this._vdbBaseUrl = value;
  }
  public resetVdbBaseUrl() {
    this._vdbBaseUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vdbBaseUrlInput() {
    return this._vdbBaseUrl;
  }

  // vks_base_url - computed: false, optional: true, required: false
  private _vksBaseUrl?: string; 
  public get vksBaseUrl() {
    return this._vksBaseUrl;
  }
  public set vksBaseUrl(value: string | undefined) {
    this._vksBaseUrl = value;
  }
  public resetVksBaseUrl() {
    this._vksBaseUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vksBaseUrlInput() {
    return this._vksBaseUrl;
  }

  // vlb_base_url - computed: false, optional: true, required: false
  private _vlbBaseUrl?: string; 
  public get vlbBaseUrl() {
    return this._vlbBaseUrl;
  }
  public set vlbBaseUrl(value: string | undefined) {
    this._vlbBaseUrl = value;
  }
  public resetVlbBaseUrl() {
    this._vlbBaseUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlbBaseUrlInput() {
    return this._vlbBaseUrl;
  }

  // vserver_base_url - computed: false, optional: true, required: false
  private _vserverBaseUrl?: string; 
  public get vserverBaseUrl() {
    return this._vserverBaseUrl;
  }
  public set vserverBaseUrl(value: string | undefined) {
    this._vserverBaseUrl = value;
  }
  public resetVserverBaseUrl() {
    this._vserverBaseUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vserverBaseUrlInput() {
    return this._vserverBaseUrl;
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
      client_id: cdktf.stringToTerraform(this._clientId),
      client_secret: cdktf.stringToTerraform(this._clientSecret),
      token_url: cdktf.stringToTerraform(this._tokenUrl),
      vdb_base_url: cdktf.stringToTerraform(this._vdbBaseUrl),
      vks_base_url: cdktf.stringToTerraform(this._vksBaseUrl),
      vlb_base_url: cdktf.stringToTerraform(this._vlbBaseUrl),
      vserver_base_url: cdktf.stringToTerraform(this._vserverBaseUrl),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      client_id: {
        value: cdktf.stringToHclTerraform(this._clientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret: {
        value: cdktf.stringToHclTerraform(this._clientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token_url: {
        value: cdktf.stringToHclTerraform(this._tokenUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vdb_base_url: {
        value: cdktf.stringToHclTerraform(this._vdbBaseUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vks_base_url: {
        value: cdktf.stringToHclTerraform(this._vksBaseUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vlb_base_url: {
        value: cdktf.stringToHclTerraform(this._vlbBaseUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vserver_base_url: {
        value: cdktf.stringToHclTerraform(this._vserverBaseUrl),
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
