// https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface VksClusterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#az_strategy VksCluster#az_strategy}
  */
  readonly azStrategy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#cidr VksCluster#cidr}
  */
  readonly cidr: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#description VksCluster#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#enable_private_cluster VksCluster#enable_private_cluster}
  */
  readonly enablePrivateCluster?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#enable_service_endpoint VksCluster#enable_service_endpoint}
  */
  readonly enableServiceEndpoint?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#enabled_block_store_csi_plugin VksCluster#enabled_block_store_csi_plugin}
  */
  readonly enabledBlockStoreCsiPlugin?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#enabled_load_balancer_plugin VksCluster#enabled_load_balancer_plugin}
  */
  readonly enabledLoadBalancerPlugin?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#id VksCluster#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#list_subnet_ids VksCluster#list_subnet_ids}
  */
  readonly listSubnetIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#name VksCluster#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#network_type VksCluster#network_type}
  */
  readonly networkType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#node_netmask_size VksCluster#node_netmask_size}
  */
  readonly nodeNetmaskSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#poc VksCluster#poc}
  */
  readonly poc?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#release_channel VksCluster#release_channel}
  */
  readonly releaseChannel?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#secondary_subnets VksCluster#secondary_subnets}
  */
  readonly secondarySubnets?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#subnet_id VksCluster#subnet_id}
  */
  readonly subnetId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#version VksCluster#version}
  */
  readonly version?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#vpc_id VksCluster#vpc_id}
  */
  readonly vpcId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#white_list_node_cidr VksCluster#white_list_node_cidr}
  */
  readonly whiteListNodeCidr?: string[];
  /**
  * auto_upgrade_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#auto_upgrade_config VksCluster#auto_upgrade_config}
  */
  readonly autoUpgradeConfig?: VksClusterAutoUpgradeConfig;
  /**
  * node_group block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#node_group VksCluster#node_group}
  */
  readonly nodeGroup?: VksClusterNodeGroup[] | cdktf.IResolvable;
}
export interface VksClusterAutoUpgradeConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#time VksCluster#time}
  */
  readonly time: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#weekdays VksCluster#weekdays}
  */
  readonly weekdays: string;
}

export function vksClusterAutoUpgradeConfigToTerraform(struct?: VksClusterAutoUpgradeConfigOutputReference | VksClusterAutoUpgradeConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    time: cdktf.stringToTerraform(struct!.time),
    weekdays: cdktf.stringToTerraform(struct!.weekdays),
  }
}


export function vksClusterAutoUpgradeConfigToHclTerraform(struct?: VksClusterAutoUpgradeConfigOutputReference | VksClusterAutoUpgradeConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    time: {
      value: cdktf.stringToHclTerraform(struct!.time),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    weekdays: {
      value: cdktf.stringToHclTerraform(struct!.weekdays),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VksClusterAutoUpgradeConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VksClusterAutoUpgradeConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._time !== undefined) {
      hasAnyValues = true;
      internalValueResult.time = this._time;
    }
    if (this._weekdays !== undefined) {
      hasAnyValues = true;
      internalValueResult.weekdays = this._weekdays;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VksClusterAutoUpgradeConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._time = undefined;
      this._weekdays = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._time = value.time;
      this._weekdays = value.weekdays;
    }
  }

  // time - computed: false, optional: false, required: true
  private _time?: string; 
  public get time() {
    return this.getStringAttribute('time');
  }
  public set time(value: string) {
    this._time = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timeInput() {
    return this._time;
  }

  // weekdays - computed: false, optional: false, required: true
  private _weekdays?: string; 
  public get weekdays() {
    return this.getStringAttribute('weekdays');
  }
  public set weekdays(value: string) {
    this._weekdays = value;
  }
  // Temporarily expose input value. Use with caution.
  public get weekdaysInput() {
    return this._weekdays;
  }
}
export interface VksClusterNodeGroupAutoScaleConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#max_size VksCluster#max_size}
  */
  readonly maxSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#min_size VksCluster#min_size}
  */
  readonly minSize?: number;
}

export function vksClusterNodeGroupAutoScaleConfigToTerraform(struct?: VksClusterNodeGroupAutoScaleConfigOutputReference | VksClusterNodeGroupAutoScaleConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    max_size: cdktf.numberToTerraform(struct!.maxSize),
    min_size: cdktf.numberToTerraform(struct!.minSize),
  }
}


export function vksClusterNodeGroupAutoScaleConfigToHclTerraform(struct?: VksClusterNodeGroupAutoScaleConfigOutputReference | VksClusterNodeGroupAutoScaleConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    max_size: {
      value: cdktf.numberToHclTerraform(struct!.maxSize),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min_size: {
      value: cdktf.numberToHclTerraform(struct!.minSize),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VksClusterNodeGroupAutoScaleConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VksClusterNodeGroupAutoScaleConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxSize = this._maxSize;
    }
    if (this._minSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.minSize = this._minSize;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VksClusterNodeGroupAutoScaleConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._maxSize = undefined;
      this._minSize = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._maxSize = value.maxSize;
      this._minSize = value.minSize;
    }
  }

  // max_size - computed: false, optional: true, required: false
  private _maxSize?: number; 
  public get maxSize() {
    return this.getNumberAttribute('max_size');
  }
  public set maxSize(value: number) {
    this._maxSize = value;
  }
  public resetMaxSize() {
    this._maxSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxSizeInput() {
    return this._maxSize;
  }

  // min_size - computed: false, optional: true, required: false
  private _minSize?: number; 
  public get minSize() {
    return this.getNumberAttribute('min_size');
  }
  public set minSize(value: number) {
    this._minSize = value;
  }
  public resetMinSize() {
    this._minSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minSizeInput() {
    return this._minSize;
  }
}
export interface VksClusterNodeGroupTaint {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#effect VksCluster#effect}
  */
  readonly effect?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#key VksCluster#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#value VksCluster#value}
  */
  readonly value: string;
}

export function vksClusterNodeGroupTaintToTerraform(struct?: VksClusterNodeGroupTaint | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    effect: cdktf.stringToTerraform(struct!.effect),
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function vksClusterNodeGroupTaintToHclTerraform(struct?: VksClusterNodeGroupTaint | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    effect: {
      value: cdktf.stringToHclTerraform(struct!.effect),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VksClusterNodeGroupTaintOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): VksClusterNodeGroupTaint | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._effect !== undefined) {
      hasAnyValues = true;
      internalValueResult.effect = this._effect;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VksClusterNodeGroupTaint | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._effect = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._effect = value.effect;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // effect - computed: false, optional: true, required: false
  private _effect?: string; 
  public get effect() {
    return this.getStringAttribute('effect');
  }
  public set effect(value: string) {
    this._effect = value;
  }
  public resetEffect() {
    this._effect = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get effectInput() {
    return this._effect;
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class VksClusterNodeGroupTaintList extends cdktf.ComplexList {
  public internalValue? : VksClusterNodeGroupTaint[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): VksClusterNodeGroupTaintOutputReference {
    return new VksClusterNodeGroupTaintOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface VksClusterNodeGroupUpgradeConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#max_surge VksCluster#max_surge}
  */
  readonly maxSurge?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#max_unavailable VksCluster#max_unavailable}
  */
  readonly maxUnavailable?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#strategy VksCluster#strategy}
  */
  readonly strategy?: string;
}

export function vksClusterNodeGroupUpgradeConfigToTerraform(struct?: VksClusterNodeGroupUpgradeConfigOutputReference | VksClusterNodeGroupUpgradeConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    max_surge: cdktf.numberToTerraform(struct!.maxSurge),
    max_unavailable: cdktf.numberToTerraform(struct!.maxUnavailable),
    strategy: cdktf.stringToTerraform(struct!.strategy),
  }
}


export function vksClusterNodeGroupUpgradeConfigToHclTerraform(struct?: VksClusterNodeGroupUpgradeConfigOutputReference | VksClusterNodeGroupUpgradeConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    max_surge: {
      value: cdktf.numberToHclTerraform(struct!.maxSurge),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_unavailable: {
      value: cdktf.numberToHclTerraform(struct!.maxUnavailable),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    strategy: {
      value: cdktf.stringToHclTerraform(struct!.strategy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VksClusterNodeGroupUpgradeConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): VksClusterNodeGroupUpgradeConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxSurge !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxSurge = this._maxSurge;
    }
    if (this._maxUnavailable !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxUnavailable = this._maxUnavailable;
    }
    if (this._strategy !== undefined) {
      hasAnyValues = true;
      internalValueResult.strategy = this._strategy;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VksClusterNodeGroupUpgradeConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._maxSurge = undefined;
      this._maxUnavailable = undefined;
      this._strategy = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._maxSurge = value.maxSurge;
      this._maxUnavailable = value.maxUnavailable;
      this._strategy = value.strategy;
    }
  }

  // max_surge - computed: false, optional: true, required: false
  private _maxSurge?: number; 
  public get maxSurge() {
    return this.getNumberAttribute('max_surge');
  }
  public set maxSurge(value: number) {
    this._maxSurge = value;
  }
  public resetMaxSurge() {
    this._maxSurge = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxSurgeInput() {
    return this._maxSurge;
  }

  // max_unavailable - computed: false, optional: true, required: false
  private _maxUnavailable?: number; 
  public get maxUnavailable() {
    return this.getNumberAttribute('max_unavailable');
  }
  public set maxUnavailable(value: number) {
    this._maxUnavailable = value;
  }
  public resetMaxUnavailable() {
    this._maxUnavailable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxUnavailableInput() {
    return this._maxUnavailable;
  }

  // strategy - computed: false, optional: true, required: false
  private _strategy?: string; 
  public get strategy() {
    return this.getStringAttribute('strategy');
  }
  public set strategy(value: string) {
    this._strategy = value;
  }
  public resetStrategy() {
    this._strategy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get strategyInput() {
    return this._strategy;
  }
}
export interface VksClusterNodeGroup {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#disk_size VksCluster#disk_size}
  */
  readonly diskSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#disk_type VksCluster#disk_type}
  */
  readonly diskType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#enable_private_nodes VksCluster#enable_private_nodes}
  */
  readonly enablePrivateNodes?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#enabled_encryption_volume VksCluster#enabled_encryption_volume}
  */
  readonly enabledEncryptionVolume?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#flavor_id VksCluster#flavor_id}
  */
  readonly flavorId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#image_id VksCluster#image_id}
  */
  readonly imageId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#labels VksCluster#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#name VksCluster#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#num_nodes VksCluster#num_nodes}
  */
  readonly numNodes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#secondary_subnets VksCluster#secondary_subnets}
  */
  readonly secondarySubnets?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#security_groups VksCluster#security_groups}
  */
  readonly securityGroups?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#ssh_key_id VksCluster#ssh_key_id}
  */
  readonly sshKeyId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#subnet_id VksCluster#subnet_id}
  */
  readonly subnetId?: string;
  /**
  * auto_scale_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#auto_scale_config VksCluster#auto_scale_config}
  */
  readonly autoScaleConfig?: VksClusterNodeGroupAutoScaleConfig;
  /**
  * taint block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#taint VksCluster#taint}
  */
  readonly taint?: VksClusterNodeGroupTaint[] | cdktf.IResolvable;
  /**
  * upgrade_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#upgrade_config VksCluster#upgrade_config}
  */
  readonly upgradeConfig?: VksClusterNodeGroupUpgradeConfig;
}

export function vksClusterNodeGroupToTerraform(struct?: VksClusterNodeGroup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_size: cdktf.numberToTerraform(struct!.diskSize),
    disk_type: cdktf.stringToTerraform(struct!.diskType),
    enable_private_nodes: cdktf.booleanToTerraform(struct!.enablePrivateNodes),
    enabled_encryption_volume: cdktf.booleanToTerraform(struct!.enabledEncryptionVolume),
    flavor_id: cdktf.stringToTerraform(struct!.flavorId),
    image_id: cdktf.stringToTerraform(struct!.imageId),
    labels: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.labels),
    name: cdktf.stringToTerraform(struct!.name),
    num_nodes: cdktf.numberToTerraform(struct!.numNodes),
    secondary_subnets: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.secondarySubnets),
    security_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.securityGroups),
    ssh_key_id: cdktf.stringToTerraform(struct!.sshKeyId),
    subnet_id: cdktf.stringToTerraform(struct!.subnetId),
    auto_scale_config: vksClusterNodeGroupAutoScaleConfigToTerraform(struct!.autoScaleConfig),
    taint: cdktf.listMapper(vksClusterNodeGroupTaintToTerraform, true)(struct!.taint),
    upgrade_config: vksClusterNodeGroupUpgradeConfigToTerraform(struct!.upgradeConfig),
  }
}


export function vksClusterNodeGroupToHclTerraform(struct?: VksClusterNodeGroup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_size: {
      value: cdktf.numberToHclTerraform(struct!.diskSize),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    disk_type: {
      value: cdktf.stringToHclTerraform(struct!.diskType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enable_private_nodes: {
      value: cdktf.booleanToHclTerraform(struct!.enablePrivateNodes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enabled_encryption_volume: {
      value: cdktf.booleanToHclTerraform(struct!.enabledEncryptionVolume),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    flavor_id: {
      value: cdktf.stringToHclTerraform(struct!.flavorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image_id: {
      value: cdktf.stringToHclTerraform(struct!.imageId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    labels: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.labels),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    num_nodes: {
      value: cdktf.numberToHclTerraform(struct!.numNodes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    secondary_subnets: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.secondarySubnets),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    security_groups: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.securityGroups),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    ssh_key_id: {
      value: cdktf.stringToHclTerraform(struct!.sshKeyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    subnet_id: {
      value: cdktf.stringToHclTerraform(struct!.subnetId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    auto_scale_config: {
      value: vksClusterNodeGroupAutoScaleConfigToHclTerraform(struct!.autoScaleConfig),
      isBlock: true,
      type: "list",
      storageClassType: "VksClusterNodeGroupAutoScaleConfigList",
    },
    taint: {
      value: cdktf.listMapperHcl(vksClusterNodeGroupTaintToHclTerraform, true)(struct!.taint),
      isBlock: true,
      type: "list",
      storageClassType: "VksClusterNodeGroupTaintList",
    },
    upgrade_config: {
      value: vksClusterNodeGroupUpgradeConfigToHclTerraform(struct!.upgradeConfig),
      isBlock: true,
      type: "list",
      storageClassType: "VksClusterNodeGroupUpgradeConfigList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VksClusterNodeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): VksClusterNodeGroup | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskSize = this._diskSize;
    }
    if (this._diskType !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskType = this._diskType;
    }
    if (this._enablePrivateNodes !== undefined) {
      hasAnyValues = true;
      internalValueResult.enablePrivateNodes = this._enablePrivateNodes;
    }
    if (this._enabledEncryptionVolume !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabledEncryptionVolume = this._enabledEncryptionVolume;
    }
    if (this._flavorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.flavorId = this._flavorId;
    }
    if (this._imageId !== undefined) {
      hasAnyValues = true;
      internalValueResult.imageId = this._imageId;
    }
    if (this._labels !== undefined) {
      hasAnyValues = true;
      internalValueResult.labels = this._labels;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._numNodes !== undefined) {
      hasAnyValues = true;
      internalValueResult.numNodes = this._numNodes;
    }
    if (this._secondarySubnets !== undefined) {
      hasAnyValues = true;
      internalValueResult.secondarySubnets = this._secondarySubnets;
    }
    if (this._securityGroups !== undefined) {
      hasAnyValues = true;
      internalValueResult.securityGroups = this._securityGroups;
    }
    if (this._sshKeyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sshKeyId = this._sshKeyId;
    }
    if (this._subnetId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subnetId = this._subnetId;
    }
    if (this._autoScaleConfig?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.autoScaleConfig = this._autoScaleConfig?.internalValue;
    }
    if (this._taint?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.taint = this._taint?.internalValue;
    }
    if (this._upgradeConfig?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.upgradeConfig = this._upgradeConfig?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VksClusterNodeGroup | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._diskSize = undefined;
      this._diskType = undefined;
      this._enablePrivateNodes = undefined;
      this._enabledEncryptionVolume = undefined;
      this._flavorId = undefined;
      this._imageId = undefined;
      this._labels = undefined;
      this._name = undefined;
      this._numNodes = undefined;
      this._secondarySubnets = undefined;
      this._securityGroups = undefined;
      this._sshKeyId = undefined;
      this._subnetId = undefined;
      this._autoScaleConfig.internalValue = undefined;
      this._taint.internalValue = undefined;
      this._upgradeConfig.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._diskSize = value.diskSize;
      this._diskType = value.diskType;
      this._enablePrivateNodes = value.enablePrivateNodes;
      this._enabledEncryptionVolume = value.enabledEncryptionVolume;
      this._flavorId = value.flavorId;
      this._imageId = value.imageId;
      this._labels = value.labels;
      this._name = value.name;
      this._numNodes = value.numNodes;
      this._secondarySubnets = value.secondarySubnets;
      this._securityGroups = value.securityGroups;
      this._sshKeyId = value.sshKeyId;
      this._subnetId = value.subnetId;
      this._autoScaleConfig.internalValue = value.autoScaleConfig;
      this._taint.internalValue = value.taint;
      this._upgradeConfig.internalValue = value.upgradeConfig;
    }
  }

  // disk_size - computed: false, optional: true, required: false
  private _diskSize?: number; 
  public get diskSize() {
    return this.getNumberAttribute('disk_size');
  }
  public set diskSize(value: number) {
    this._diskSize = value;
  }
  public resetDiskSize() {
    this._diskSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskSizeInput() {
    return this._diskSize;
  }

  // disk_type - computed: true, optional: true, required: false
  private _diskType?: string; 
  public get diskType() {
    return this.getStringAttribute('disk_type');
  }
  public set diskType(value: string) {
    this._diskType = value;
  }
  public resetDiskType() {
    this._diskType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskTypeInput() {
    return this._diskType;
  }

  // enable_private_nodes - computed: false, optional: true, required: false
  private _enablePrivateNodes?: boolean | cdktf.IResolvable; 
  public get enablePrivateNodes() {
    return this.getBooleanAttribute('enable_private_nodes');
  }
  public set enablePrivateNodes(value: boolean | cdktf.IResolvable) {
    this._enablePrivateNodes = value;
  }
  public resetEnablePrivateNodes() {
    this._enablePrivateNodes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enablePrivateNodesInput() {
    return this._enablePrivateNodes;
  }

  // enabled_encryption_volume - computed: false, optional: true, required: false
  private _enabledEncryptionVolume?: boolean | cdktf.IResolvable; 
  public get enabledEncryptionVolume() {
    return this.getBooleanAttribute('enabled_encryption_volume');
  }
  public set enabledEncryptionVolume(value: boolean | cdktf.IResolvable) {
    this._enabledEncryptionVolume = value;
  }
  public resetEnabledEncryptionVolume() {
    this._enabledEncryptionVolume = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledEncryptionVolumeInput() {
    return this._enabledEncryptionVolume;
  }

  // flavor_id - computed: true, optional: true, required: false
  private _flavorId?: string; 
  public get flavorId() {
    return this.getStringAttribute('flavor_id');
  }
  public set flavorId(value: string) {
    this._flavorId = value;
  }
  public resetFlavorId() {
    this._flavorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get flavorIdInput() {
    return this._flavorId;
  }

  // image_id - computed: true, optional: true, required: false
  private _imageId?: string; 
  public get imageId() {
    return this.getStringAttribute('image_id');
  }
  public set imageId(value: string) {
    this._imageId = value;
  }
  public resetImageId() {
    this._imageId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageIdInput() {
    return this._imageId;
  }

  // labels - computed: true, optional: true, required: false
  private _labels?: { [key: string]: string }; 
  public get labels() {
    return this.getStringMapAttribute('labels');
  }
  public set labels(value: { [key: string]: string }) {
    this._labels = value;
  }
  public resetLabels() {
    this._labels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput() {
    return this._labels;
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

  // node_group_id - computed: true, optional: false, required: false
  public get nodeGroupId() {
    return this.getStringAttribute('node_group_id');
  }

  // num_nodes - computed: false, optional: true, required: false
  private _numNodes?: number; 
  public get numNodes() {
    return this.getNumberAttribute('num_nodes');
  }
  public set numNodes(value: number) {
    this._numNodes = value;
  }
  public resetNumNodes() {
    this._numNodes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numNodesInput() {
    return this._numNodes;
  }

  // secondary_subnets - computed: false, optional: true, required: false
  private _secondarySubnets?: string[]; 
  public get secondarySubnets() {
    return this.getListAttribute('secondary_subnets');
  }
  public set secondarySubnets(value: string[]) {
    this._secondarySubnets = value;
  }
  public resetSecondarySubnets() {
    this._secondarySubnets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secondarySubnetsInput() {
    return this._secondarySubnets;
  }

  // security_groups - computed: false, optional: true, required: false
  private _securityGroups?: string[]; 
  public get securityGroups() {
    return this.getListAttribute('security_groups');
  }
  public set securityGroups(value: string[]) {
    this._securityGroups = value;
  }
  public resetSecurityGroups() {
    this._securityGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityGroupsInput() {
    return this._securityGroups;
  }

  // ssh_key_id - computed: false, optional: false, required: true
  private _sshKeyId?: string; 
  public get sshKeyId() {
    return this.getStringAttribute('ssh_key_id');
  }
  public set sshKeyId(value: string) {
    this._sshKeyId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sshKeyIdInput() {
    return this._sshKeyId;
  }

  // subnet_id - computed: true, optional: true, required: false
  private _subnetId?: string; 
  public get subnetId() {
    return this.getStringAttribute('subnet_id');
  }
  public set subnetId(value: string) {
    this._subnetId = value;
  }
  public resetSubnetId() {
    this._subnetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subnetIdInput() {
    return this._subnetId;
  }

  // auto_scale_config - computed: false, optional: true, required: false
  private _autoScaleConfig = new VksClusterNodeGroupAutoScaleConfigOutputReference(this, "auto_scale_config");
  public get autoScaleConfig() {
    return this._autoScaleConfig;
  }
  public putAutoScaleConfig(value: VksClusterNodeGroupAutoScaleConfig) {
    this._autoScaleConfig.internalValue = value;
  }
  public resetAutoScaleConfig() {
    this._autoScaleConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoScaleConfigInput() {
    return this._autoScaleConfig.internalValue;
  }

  // taint - computed: false, optional: true, required: false
  private _taint = new VksClusterNodeGroupTaintList(this, "taint", false);
  public get taint() {
    return this._taint;
  }
  public putTaint(value: VksClusterNodeGroupTaint[] | cdktf.IResolvable) {
    this._taint.internalValue = value;
  }
  public resetTaint() {
    this._taint.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get taintInput() {
    return this._taint.internalValue;
  }

  // upgrade_config - computed: false, optional: true, required: false
  private _upgradeConfig = new VksClusterNodeGroupUpgradeConfigOutputReference(this, "upgrade_config");
  public get upgradeConfig() {
    return this._upgradeConfig;
  }
  public putUpgradeConfig(value: VksClusterNodeGroupUpgradeConfig) {
    this._upgradeConfig.internalValue = value;
  }
  public resetUpgradeConfig() {
    this._upgradeConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get upgradeConfigInput() {
    return this._upgradeConfig.internalValue;
  }
}

export class VksClusterNodeGroupList extends cdktf.ComplexList {
  public internalValue? : VksClusterNodeGroup[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): VksClusterNodeGroupOutputReference {
    return new VksClusterNodeGroupOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster vngcloud_vks_cluster}
*/
export class VksCluster extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vngcloud_vks_cluster";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a VksCluster resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VksCluster to import
  * @param importFromId The id of the existing VksCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VksCluster to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vngcloud_vks_cluster", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vngcloud/vngcloud/latest/docs/resources/vks_cluster vngcloud_vks_cluster} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VksClusterConfig
  */
  public constructor(scope: Construct, id: string, config: VksClusterConfig) {
    super(scope, id, {
      terraformResourceType: 'vngcloud_vks_cluster',
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
    this._azStrategy = config.azStrategy;
    this._cidr = config.cidr;
    this._description = config.description;
    this._enablePrivateCluster = config.enablePrivateCluster;
    this._enableServiceEndpoint = config.enableServiceEndpoint;
    this._enabledBlockStoreCsiPlugin = config.enabledBlockStoreCsiPlugin;
    this._enabledLoadBalancerPlugin = config.enabledLoadBalancerPlugin;
    this._id = config.id;
    this._listSubnetIds = config.listSubnetIds;
    this._name = config.name;
    this._networkType = config.networkType;
    this._nodeNetmaskSize = config.nodeNetmaskSize;
    this._poc = config.poc;
    this._releaseChannel = config.releaseChannel;
    this._secondarySubnets = config.secondarySubnets;
    this._subnetId = config.subnetId;
    this._version = config.version;
    this._vpcId = config.vpcId;
    this._whiteListNodeCidr = config.whiteListNodeCidr;
    this._autoUpgradeConfig.internalValue = config.autoUpgradeConfig;
    this._nodeGroup.internalValue = config.nodeGroup;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // az_strategy - computed: false, optional: true, required: false
  private _azStrategy?: string; 
  public get azStrategy() {
    return this.getStringAttribute('az_strategy');
  }
  public set azStrategy(value: string) {
    this._azStrategy = value;
  }
  public resetAzStrategy() {
    this._azStrategy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azStrategyInput() {
    return this._azStrategy;
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }

  // config - computed: true, optional: false, required: false
  public get config() {
    return this.getStringAttribute('config');
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // enable_private_cluster - computed: false, optional: true, required: false
  private _enablePrivateCluster?: boolean | cdktf.IResolvable; 
  public get enablePrivateCluster() {
    return this.getBooleanAttribute('enable_private_cluster');
  }
  public set enablePrivateCluster(value: boolean | cdktf.IResolvable) {
    this._enablePrivateCluster = value;
  }
  public resetEnablePrivateCluster() {
    this._enablePrivateCluster = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enablePrivateClusterInput() {
    return this._enablePrivateCluster;
  }

  // enable_service_endpoint - computed: false, optional: true, required: false
  private _enableServiceEndpoint?: boolean | cdktf.IResolvable; 
  public get enableServiceEndpoint() {
    return this.getBooleanAttribute('enable_service_endpoint');
  }
  public set enableServiceEndpoint(value: boolean | cdktf.IResolvable) {
    this._enableServiceEndpoint = value;
  }
  public resetEnableServiceEndpoint() {
    this._enableServiceEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableServiceEndpointInput() {
    return this._enableServiceEndpoint;
  }

  // enabled_block_store_csi_plugin - computed: false, optional: true, required: false
  private _enabledBlockStoreCsiPlugin?: boolean | cdktf.IResolvable; 
  public get enabledBlockStoreCsiPlugin() {
    return this.getBooleanAttribute('enabled_block_store_csi_plugin');
  }
  public set enabledBlockStoreCsiPlugin(value: boolean | cdktf.IResolvable) {
    this._enabledBlockStoreCsiPlugin = value;
  }
  public resetEnabledBlockStoreCsiPlugin() {
    this._enabledBlockStoreCsiPlugin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledBlockStoreCsiPluginInput() {
    return this._enabledBlockStoreCsiPlugin;
  }

  // enabled_load_balancer_plugin - computed: false, optional: true, required: false
  private _enabledLoadBalancerPlugin?: boolean | cdktf.IResolvable; 
  public get enabledLoadBalancerPlugin() {
    return this.getBooleanAttribute('enabled_load_balancer_plugin');
  }
  public set enabledLoadBalancerPlugin(value: boolean | cdktf.IResolvable) {
    this._enabledLoadBalancerPlugin = value;
  }
  public resetEnabledLoadBalancerPlugin() {
    this._enabledLoadBalancerPlugin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledLoadBalancerPluginInput() {
    return this._enabledLoadBalancerPlugin;
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

  // list_subnet_ids - computed: false, optional: true, required: false
  private _listSubnetIds?: string[]; 
  public get listSubnetIds() {
    return this.getListAttribute('list_subnet_ids');
  }
  public set listSubnetIds(value: string[]) {
    this._listSubnetIds = value;
  }
  public resetListSubnetIds() {
    this._listSubnetIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get listSubnetIdsInput() {
    return this._listSubnetIds;
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

  // network_type - computed: false, optional: true, required: false
  private _networkType?: string; 
  public get networkType() {
    return this.getStringAttribute('network_type');
  }
  public set networkType(value: string) {
    this._networkType = value;
  }
  public resetNetworkType() {
    this._networkType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkTypeInput() {
    return this._networkType;
  }

  // node_netmask_size - computed: false, optional: true, required: false
  private _nodeNetmaskSize?: number; 
  public get nodeNetmaskSize() {
    return this.getNumberAttribute('node_netmask_size');
  }
  public set nodeNetmaskSize(value: number) {
    this._nodeNetmaskSize = value;
  }
  public resetNodeNetmaskSize() {
    this._nodeNetmaskSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeNetmaskSizeInput() {
    return this._nodeNetmaskSize;
  }

  // poc - computed: true, optional: true, required: false
  private _poc?: boolean | cdktf.IResolvable; 
  public get poc() {
    return this.getBooleanAttribute('poc');
  }
  public set poc(value: boolean | cdktf.IResolvable) {
    this._poc = value;
  }
  public resetPoc() {
    this._poc = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pocInput() {
    return this._poc;
  }

  // release_channel - computed: true, optional: true, required: false
  private _releaseChannel?: string; 
  public get releaseChannel() {
    return this.getStringAttribute('release_channel');
  }
  public set releaseChannel(value: string) {
    this._releaseChannel = value;
  }
  public resetReleaseChannel() {
    this._releaseChannel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get releaseChannelInput() {
    return this._releaseChannel;
  }

  // secondary_subnets - computed: false, optional: true, required: false
  private _secondarySubnets?: string[]; 
  public get secondarySubnets() {
    return this.getListAttribute('secondary_subnets');
  }
  public set secondarySubnets(value: string[]) {
    this._secondarySubnets = value;
  }
  public resetSecondarySubnets() {
    this._secondarySubnets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secondarySubnetsInput() {
    return this._secondarySubnets;
  }

  // subnet_id - computed: false, optional: true, required: false
  private _subnetId?: string; 
  public get subnetId() {
    return this.getStringAttribute('subnet_id');
  }
  public set subnetId(value: string) {
    this._subnetId = value;
  }
  public resetSubnetId() {
    this._subnetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subnetIdInput() {
    return this._subnetId;
  }

  // version - computed: true, optional: true, required: false
  private _version?: string; 
  public get version() {
    return this.getStringAttribute('version');
  }
  public set version(value: string) {
    this._version = value;
  }
  public resetVersion() {
    this._version = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionInput() {
    return this._version;
  }

  // vpc_id - computed: false, optional: false, required: true
  private _vpcId?: string; 
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // white_list_node_cidr - computed: true, optional: true, required: false
  private _whiteListNodeCidr?: string[]; 
  public get whiteListNodeCidr() {
    return this.getListAttribute('white_list_node_cidr');
  }
  public set whiteListNodeCidr(value: string[]) {
    this._whiteListNodeCidr = value;
  }
  public resetWhiteListNodeCidr() {
    this._whiteListNodeCidr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whiteListNodeCidrInput() {
    return this._whiteListNodeCidr;
  }

  // auto_upgrade_config - computed: false, optional: true, required: false
  private _autoUpgradeConfig = new VksClusterAutoUpgradeConfigOutputReference(this, "auto_upgrade_config");
  public get autoUpgradeConfig() {
    return this._autoUpgradeConfig;
  }
  public putAutoUpgradeConfig(value: VksClusterAutoUpgradeConfig) {
    this._autoUpgradeConfig.internalValue = value;
  }
  public resetAutoUpgradeConfig() {
    this._autoUpgradeConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoUpgradeConfigInput() {
    return this._autoUpgradeConfig.internalValue;
  }

  // node_group - computed: false, optional: true, required: false
  private _nodeGroup = new VksClusterNodeGroupList(this, "node_group", false);
  public get nodeGroup() {
    return this._nodeGroup;
  }
  public putNodeGroup(value: VksClusterNodeGroup[] | cdktf.IResolvable) {
    this._nodeGroup.internalValue = value;
  }
  public resetNodeGroup() {
    this._nodeGroup.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeGroupInput() {
    return this._nodeGroup.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      az_strategy: cdktf.stringToTerraform(this._azStrategy),
      cidr: cdktf.stringToTerraform(this._cidr),
      description: cdktf.stringToTerraform(this._description),
      enable_private_cluster: cdktf.booleanToTerraform(this._enablePrivateCluster),
      enable_service_endpoint: cdktf.booleanToTerraform(this._enableServiceEndpoint),
      enabled_block_store_csi_plugin: cdktf.booleanToTerraform(this._enabledBlockStoreCsiPlugin),
      enabled_load_balancer_plugin: cdktf.booleanToTerraform(this._enabledLoadBalancerPlugin),
      id: cdktf.stringToTerraform(this._id),
      list_subnet_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._listSubnetIds),
      name: cdktf.stringToTerraform(this._name),
      network_type: cdktf.stringToTerraform(this._networkType),
      node_netmask_size: cdktf.numberToTerraform(this._nodeNetmaskSize),
      poc: cdktf.booleanToTerraform(this._poc),
      release_channel: cdktf.stringToTerraform(this._releaseChannel),
      secondary_subnets: cdktf.listMapper(cdktf.stringToTerraform, false)(this._secondarySubnets),
      subnet_id: cdktf.stringToTerraform(this._subnetId),
      version: cdktf.stringToTerraform(this._version),
      vpc_id: cdktf.stringToTerraform(this._vpcId),
      white_list_node_cidr: cdktf.listMapper(cdktf.stringToTerraform, false)(this._whiteListNodeCidr),
      auto_upgrade_config: vksClusterAutoUpgradeConfigToTerraform(this._autoUpgradeConfig.internalValue),
      node_group: cdktf.listMapper(vksClusterNodeGroupToTerraform, true)(this._nodeGroup.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      az_strategy: {
        value: cdktf.stringToHclTerraform(this._azStrategy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cidr: {
        value: cdktf.stringToHclTerraform(this._cidr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enable_private_cluster: {
        value: cdktf.booleanToHclTerraform(this._enablePrivateCluster),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enable_service_endpoint: {
        value: cdktf.booleanToHclTerraform(this._enableServiceEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enabled_block_store_csi_plugin: {
        value: cdktf.booleanToHclTerraform(this._enabledBlockStoreCsiPlugin),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enabled_load_balancer_plugin: {
        value: cdktf.booleanToHclTerraform(this._enabledLoadBalancerPlugin),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      list_subnet_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._listSubnetIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      network_type: {
        value: cdktf.stringToHclTerraform(this._networkType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      node_netmask_size: {
        value: cdktf.numberToHclTerraform(this._nodeNetmaskSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      poc: {
        value: cdktf.booleanToHclTerraform(this._poc),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      release_channel: {
        value: cdktf.stringToHclTerraform(this._releaseChannel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secondary_subnets: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._secondarySubnets),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      subnet_id: {
        value: cdktf.stringToHclTerraform(this._subnetId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      version: {
        value: cdktf.stringToHclTerraform(this._version),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vpc_id: {
        value: cdktf.stringToHclTerraform(this._vpcId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      white_list_node_cidr: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._whiteListNodeCidr),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      auto_upgrade_config: {
        value: vksClusterAutoUpgradeConfigToHclTerraform(this._autoUpgradeConfig.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VksClusterAutoUpgradeConfigList",
      },
      node_group: {
        value: cdktf.listMapperHcl(vksClusterNodeGroupToHclTerraform, true)(this._nodeGroup.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "VksClusterNodeGroupList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
