// https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/data-sources/vserver_flavor
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataVngcloudVserverFlavorConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/data-sources/vserver_flavor#flavor_zone_id DataVngcloudVserverFlavor#flavor_zone_id}
  */
  readonly flavorZoneId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/data-sources/vserver_flavor#id DataVngcloudVserverFlavor#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/data-sources/vserver_flavor#name DataVngcloudVserverFlavor#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/data-sources/vserver_flavor#project_id DataVngcloudVserverFlavor#project_id}
  */
  readonly projectId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/data-sources/vserver_flavor vngcloud_vserver_flavor}
*/
export class DataVngcloudVserverFlavor extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vngcloud_vserver_flavor";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataVngcloudVserverFlavor resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataVngcloudVserverFlavor to import
  * @param importFromId The id of the existing DataVngcloudVserverFlavor that should be imported. Refer to the {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/data-sources/vserver_flavor#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataVngcloudVserverFlavor to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vngcloud_vserver_flavor", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/data-sources/vserver_flavor vngcloud_vserver_flavor} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataVngcloudVserverFlavorConfig
  */
  public constructor(scope: Construct, id: string, config: DataVngcloudVserverFlavorConfig) {
    super(scope, id, {
      terraformResourceType: 'vngcloud_vserver_flavor',
      terraformGeneratorMetadata: {
        providerName: 'vngcloud',
        providerVersionConstraint: '1.3.11'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._flavorZoneId = config.flavorZoneId;
    this._id = config.id;
    this._name = config.name;
    this._projectId = config.projectId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bandwidth - computed: true, optional: false, required: false
  public get bandwidth() {
    return this.getNumberAttribute('bandwidth');
  }

  // bandwidth_unit - computed: true, optional: false, required: false
  public get bandwidthUnit() {
    return this.getStringAttribute('bandwidth_unit');
  }

  // cpu - computed: true, optional: false, required: false
  public get cpu() {
    return this.getNumberAttribute('cpu');
  }

  // flavor_zone_id - computed: false, optional: false, required: true
  private _flavorZoneId?: string; 
  public get flavorZoneId() {
    return this.getStringAttribute('flavor_zone_id');
  }
  public set flavorZoneId(value: string) {
    this._flavorZoneId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get flavorZoneIdInput() {
    return this._flavorZoneId;
  }

  // gpu - computed: true, optional: false, required: false
  public get gpu() {
    return this.getNumberAttribute('gpu');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // memory - computed: true, optional: false, required: false
  public get memory() {
    return this.getNumberAttribute('memory');
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

  // project_id - computed: false, optional: false, required: true
  private _projectId?: string; 
  public get projectId() {
    return this.getStringAttribute('project_id');
  }
  public set projectId(value: string) {
    this._projectId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      flavor_zone_id: cdktf.stringToTerraform(this._flavorZoneId),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      project_id: cdktf.stringToTerraform(this._projectId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      flavor_zone_id: {
        value: cdktf.stringToHclTerraform(this._flavorZoneId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktf.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
