// https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NetworkRouterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router#enabled NetworkRouter#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router#masquerade NetworkRouter#masquerade}
  */
  readonly masquerade?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router#metric NetworkRouter#metric}
  */
  readonly metric?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router#network_id NetworkRouter#network_id}
  */
  readonly networkId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router#peer NetworkRouter#peer}
  */
  readonly peer?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router#peer_groups NetworkRouter#peer_groups}
  */
  readonly peerGroups?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router netbird_network_router}
*/
export class NetworkRouter extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "netbird_network_router";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NetworkRouter resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NetworkRouter to import
  * @param importFromId The id of the existing NetworkRouter that should be imported. Refer to the {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NetworkRouter to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "netbird_network_router", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/netbirdio/netbird/latest/docs/resources/network_router netbird_network_router} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NetworkRouterConfig
  */
  public constructor(scope: Construct, id: string, config: NetworkRouterConfig) {
    super(scope, id, {
      terraformResourceType: 'netbird_network_router',
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
    this._enabled = config.enabled;
    this._masquerade = config.masquerade;
    this._metric = config.metric;
    this._networkId = config.networkId;
    this._peer = config.peer;
    this._peerGroups = config.peerGroups;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // masquerade - computed: true, optional: true, required: false
  private _masquerade?: boolean | cdktf.IResolvable; 
  public get masquerade() {
    return this.getBooleanAttribute('masquerade');
  }
  public set masquerade(value: boolean | cdktf.IResolvable) {
    this._masquerade = value;
  }
  public resetMasquerade() {
    this._masquerade = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get masqueradeInput() {
    return this._masquerade;
  }

  // metric - computed: true, optional: true, required: false
  private _metric?: number; 
  public get metric() {
    return this.getNumberAttribute('metric');
  }
  public set metric(value: number) {
    this._metric = value;
  }
  public resetMetric() {
    this._metric = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricInput() {
    return this._metric;
  }

  // network_id - computed: false, optional: false, required: true
  private _networkId?: string; 
  public get networkId() {
    return this.getStringAttribute('network_id');
  }
  public set networkId(value: string) {
    this._networkId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get networkIdInput() {
    return this._networkId;
  }

  // peer - computed: false, optional: true, required: false
  private _peer?: string; 
  public get peer() {
    return this.getStringAttribute('peer');
  }
  public set peer(value: string) {
    this._peer = value;
  }
  public resetPeer() {
    this._peer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peerInput() {
    return this._peer;
  }

  // peer_groups - computed: false, optional: true, required: false
  private _peerGroups?: string[]; 
  public get peerGroups() {
    return this.getListAttribute('peer_groups');
  }
  public set peerGroups(value: string[]) {
    this._peerGroups = value;
  }
  public resetPeerGroups() {
    this._peerGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peerGroupsInput() {
    return this._peerGroups;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      enabled: cdktf.booleanToTerraform(this._enabled),
      masquerade: cdktf.booleanToTerraform(this._masquerade),
      metric: cdktf.numberToTerraform(this._metric),
      network_id: cdktf.stringToTerraform(this._networkId),
      peer: cdktf.stringToTerraform(this._peer),
      peer_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._peerGroups),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      masquerade: {
        value: cdktf.booleanToHclTerraform(this._masquerade),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      metric: {
        value: cdktf.numberToHclTerraform(this._metric),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      network_id: {
        value: cdktf.stringToHclTerraform(this._networkId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peer: {
        value: cdktf.stringToHclTerraform(this._peer),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peer_groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._peerGroups),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
