import type { VngcloudProviderConfig } from '../../.gen/providers/vngcloud/provider';
import type { VksClusterConfig } from '../../.gen/providers/vngcloud/vks-cluster';
import type { VksClusterNodeGroupAConfig } from '../../.gen/providers/vngcloud/vks-cluster-node-group';
import type { VserverNetworkConfig } from '../../.gen/providers/vngcloud/vserver-network';
import type { VserverSshkeyConfig } from '../../.gen/providers/vngcloud/vserver-sshkey';
import type { VserverSubnetConfig } from '../../.gen/providers/vngcloud/vserver-subnet';
import { Construct } from 'constructs';
import { ArgumentShape, ProviderBlock, ProviderResource } from '../core/provider-resource';

const VNGCLOUD = { providerName: 'vngcloud', providerVersionConstraint: '1.3.11' };
const NODE_GROUP: ArgumentShape = { maps: ['labels'], blocks: { auto_scale_config: {}, taint: {}, upgrade_config: {} } };

/** Map arguments and blocks of `vngcloud_vks_cluster` 1.3.11 (checked against the schema in test/core/provider-resource.test.ts). */
const VKS_CLUSTER_SHAPE: ArgumentShape = { blocks: { auto_upgrade_config: {}, node_group: NODE_GROUP } };
/** Map arguments and blocks of `vngcloud_vks_cluster_node_group` 1.3.11. */
const VKS_NODE_GROUP_SHAPE: ArgumentShape = NODE_GROUP;

/**
 * `vngcloud_vks_cluster`, taking the generated binding's typed config without loading the binding (see
 * {@link ProviderResource}). {@link VksCluster.resource} is one.
 */
export class VksClusterResource extends ProviderResource<VksClusterConfig> {
  public static readonly tfResourceType = 'vngcloud_vks_cluster';
  constructor(scope: Construct, id: string, config: VksClusterConfig) {
    super(scope, id, { tfResourceType: VksClusterResource.tfResourceType, ...VNGCLOUD, shape: VKS_CLUSTER_SHAPE }, config);
  }


  /** The cluster's kubeconfig, base64-encoded YAML (a reference; sensitive). */
  public get kubeconfig(): string {
    return this.getStringAttribute('config');
  }
}

/** `vngcloud_vks_cluster_node_group`, lean (see {@link ProviderResource}). {@link VksNodeGroup.resource} is one. */
export class VksClusterNodeGroupResource extends ProviderResource<VksClusterNodeGroupAConfig> {
  public static readonly tfResourceType = 'vngcloud_vks_cluster_node_group';
  constructor(scope: Construct, id: string, config: VksClusterNodeGroupAConfig) {
    super(scope, id, { tfResourceType: VksClusterNodeGroupResource.tfResourceType, ...VNGCLOUD, shape: VKS_NODE_GROUP_SHAPE }, config);
  }
}

/** `vngcloud_vserver_network` (a VPC), lean (see {@link ProviderResource}). */
export class VserverNetworkResource extends ProviderResource<VserverNetworkConfig> {
  public static readonly tfResourceType = 'vngcloud_vserver_network';
  constructor(scope: Construct, id: string, config: VserverNetworkConfig) {
    super(scope, id, { tfResourceType: VserverNetworkResource.tfResourceType, ...VNGCLOUD, shape: {} }, config);
  }
}

/** `vngcloud_vserver_sshkey` (the nodes' SSH key, with `sshPublicKey`), lean (see {@link ProviderResource}). */
export class VserverSshkeyResource extends ProviderResource<VserverSshkeyConfig> {
  public static readonly tfResourceType = 'vngcloud_vserver_sshkey';
  constructor(scope: Construct, id: string, config: VserverSshkeyConfig) {
    super(scope, id, { tfResourceType: VserverSshkeyResource.tfResourceType, ...VNGCLOUD, shape: {} }, config);
  }
}

/** `vngcloud_vserver_subnet`, lean (see {@link ProviderResource}). */
export class VserverSubnetResource extends ProviderResource<VserverSubnetConfig> {
  public static readonly tfResourceType = 'vngcloud_vserver_subnet';
  constructor(scope: Construct, id: string, config: VserverSubnetConfig) {
    super(scope, id, { tfResourceType: VserverSubnetResource.tfResourceType, ...VNGCLOUD, shape: {} }, config);
  }
}

/**
 * The vngcloud/vngcloud provider (1.3.11) configuration, taking the binding's typed config without loading
 * it (see {@link ProviderBlock}). {@link VksCluster.vngcloudProvider} is one.
 */
export class VngcloudProviderBlock extends ProviderBlock<VngcloudProviderConfig> {
  constructor(scope: Construct, id: string, config: VngcloudProviderConfig = {}) {
    super(scope, id, { ...VNGCLOUD, source: 'vngcloud/vngcloud', shape: {} }, config);
  }

  /** The VKS API endpoint this configuration uses (it says which region it serves). */
  public get vksBaseUrl(): string | undefined {
    return this.arguments.vksBaseUrl;
  }
}
