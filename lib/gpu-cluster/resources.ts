import type { CsKubernetesNodePoolConfig } from '../../.gen/providers/alicloud/cs-kubernetes-node-pool';
import type { CsManagedKubernetesConfig } from '../../.gen/providers/alicloud/cs-managed-kubernetes';
import type { CsKubernetesAddonConfig } from '../../.gen/providers/alicloud/cs-kubernetes-addon';
import type { EipAddressConfig } from '../../.gen/providers/alicloud/eip-address';
import type { EipAssociationConfig } from '../../.gen/providers/alicloud/eip-association';
import type { NatGatewayConfig } from '../../.gen/providers/alicloud/nat-gateway';
import type { SnatEntryConfig } from '../../.gen/providers/alicloud/snat-entry';
import type { VpcConfig } from '../../.gen/providers/alicloud/vpc';
import type { VswitchConfig } from '../../.gen/providers/alicloud/vswitch';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ArgumentShape, ProviderResource } from '../core/provider-resource';

const ALICLOUD = { providerName: 'alicloud', providerVersionConstraint: '1.283.0' };

/** Map arguments and blocks of `alicloud_cs_managed_kubernetes` 1.283.0 (checked against the schema in test/core/provider-resource.test.ts). */
const CS_MANAGED_KUBERNETES_SHAPE: ArgumentShape = {
  maps: ['kms_encryption_context', 'runtime', 'tags'],
  blocks: {
    addons: {}, audit_log_config: {}, auto_mode: {}, delete_options: {}, log_config: {}, maintenance_window: {},
    operation_policy: { blocks: { cluster_auto_upgrade: {} } }, taints: {}, timeouts: {}, upgrade_policy: {},
    worker_data_disks: {}, worker_nodes: {},
  },
};

/** Map arguments and blocks of `alicloud_cs_kubernetes_node_pool` 1.283.0 (checked against the schema in test/core/provider-resource.test.ts). */
const CS_KUBERNETES_NODE_POOL_SHAPE: ArgumentShape = {
  maps: ['kms_encryption_context', 'tags'],
  blocks: {
    auto_mode: {}, data_disks: {}, eflo_node_group: {}, instance_metadata_options: {}, instance_patterns: {},
    kubelet_configuration: {
      maps: ['eviction_hard', 'eviction_soft', 'eviction_soft_grace_period', 'feature_gates', 'kube_reserved', 'system_reserved'],
      blocks: { reserved_memory: { maps: ['limits'] }, tracing: {} },
    },
    labels: {},
    management: { blocks: { auto_repair_policy: {}, auto_upgrade_policy: {}, auto_vul_fix_policy: {} } },
    private_pool_options: {}, rolling_policy: {}, rollout_policy: {}, scaling_config: {}, spot_price_limit: {}, taints: {},
    tee_config: {}, timeouts: {}, upgrade_policy: {},
  },
};

/**
 * `alicloud_cs_managed_kubernetes` (ACK managed cluster), taking the generated binding's typed config
 * without loading the binding (see {@link ProviderResource}). {@link GpuCluster.resource} is one.
 */
export class CsManagedKubernetesResource extends ProviderResource<CsManagedKubernetesConfig> {
  public static readonly tfResourceType = 'alicloud_cs_managed_kubernetes';

  constructor(scope: Construct, id: string, config: CsManagedKubernetesConfig) {
    super(scope, id, { tfResourceType: CsManagedKubernetesResource.tfResourceType, ...ALICLOUD, shape: CS_MANAGED_KUBERNETES_SHAPE }, config);
  }


  /** One of the cluster's `connections`, e.g. `api_server_internet` or `api_server_intranet` (a reference). */
  public connectionEndpoint(name: string): string {
    return Token.asString(this.interpolationForAttribute(`connections["${name}"]`));
  }
}

/**
 * `alicloud_cs_kubernetes_node_pool` (an ACK node pool), taking the generated binding's typed config
 * without loading the binding (see {@link ProviderResource}). {@link AckNodePool.resource} is one.
 */
export class CsKubernetesNodePoolResource extends ProviderResource<CsKubernetesNodePoolConfig> {
  public static readonly tfResourceType = 'alicloud_cs_kubernetes_node_pool';

  constructor(scope: Construct, id: string, config: CsKubernetesNodePoolConfig) {
    super(scope, id, { tfResourceType: CsKubernetesNodePoolResource.tfResourceType, ...ALICLOUD, shape: CS_KUBERNETES_NODE_POOL_SHAPE }, config);
  }


  /** The node pool's ID within the cluster (a reference). */
  public get nodePoolId(): string {
    return this.getStringAttribute('node_pool_id');
  }
}

const TAGGED: ArgumentShape = { maps: ['tags'], blocks: { timeouts: {} } };
const TIMEOUTS_ONLY: ArgumentShape = { blocks: { timeouts: {} } };

/** `alicloud_vpc`, lean (see {@link ProviderResource}). */
export class VpcResource extends ProviderResource<VpcConfig> {
  public static readonly tfResourceType = 'alicloud_vpc';
  constructor(scope: Construct, id: string, config: VpcConfig) {
    super(scope, id, { tfResourceType: VpcResource.tfResourceType, ...ALICLOUD, shape: TAGGED }, config);
  }
}

/** `alicloud_vswitch`, lean (see {@link ProviderResource}). */
export class VswitchResource extends ProviderResource<VswitchConfig> {
  public static readonly tfResourceType = 'alicloud_vswitch';
  constructor(scope: Construct, id: string, config: VswitchConfig) {
    super(scope, id, { tfResourceType: VswitchResource.tfResourceType, ...ALICLOUD, shape: TAGGED }, config);
  }
}

/** `alicloud_nat_gateway`, lean (see {@link ProviderResource}). */
export class NatGatewayResource extends ProviderResource<NatGatewayConfig> {
  public static readonly tfResourceType = 'alicloud_nat_gateway';
  constructor(scope: Construct, id: string, config: NatGatewayConfig) {
    super(scope, id, {
      tfResourceType: NatGatewayResource.tfResourceType, ...ALICLOUD,
      shape: { maps: ['tags'], blocks: { access_mode: {}, bandwidth_packages: {}, timeouts: {} } },
    }, config);
  }


  /** The gateway's SNAT table ID(s) (a reference). */
  public get snatTableIds(): string {
    return this.getStringAttribute('snat_table_ids');
  }
}

/** `alicloud_eip_address`, lean (see {@link ProviderResource}). */
export class EipAddressResource extends ProviderResource<EipAddressConfig> {
  public static readonly tfResourceType = 'alicloud_eip_address';
  constructor(scope: Construct, id: string, config: EipAddressConfig) {
    super(scope, id, { tfResourceType: EipAddressResource.tfResourceType, ...ALICLOUD, shape: TAGGED }, config);
  }


  /** The public IP address (a reference). */
  public get ipAddress(): string {
    return this.getStringAttribute('ip_address');
  }
}

/** `alicloud_eip_association`, lean (see {@link ProviderResource}). */
export class EipAssociationResource extends ProviderResource<EipAssociationConfig> {
  public static readonly tfResourceType = 'alicloud_eip_association';
  constructor(scope: Construct, id: string, config: EipAssociationConfig) {
    super(scope, id, { tfResourceType: EipAssociationResource.tfResourceType, ...ALICLOUD, shape: TIMEOUTS_ONLY }, config);
  }
}

/** `alicloud_snat_entry`, lean (see {@link ProviderResource}). */
export class SnatEntryResource extends ProviderResource<SnatEntryConfig> {
  public static readonly tfResourceType = 'alicloud_snat_entry';
  constructor(scope: Construct, id: string, config: SnatEntryConfig) {
    super(scope, id, { tfResourceType: SnatEntryResource.tfResourceType, ...ALICLOUD, shape: TIMEOUTS_ONLY }, config);
  }
}

/** `alicloud_cs_kubernetes_addon` (an ACK add-on managed after cluster creation), lean (see {@link ProviderResource}). */
export class CsKubernetesAddonResource extends ProviderResource<CsKubernetesAddonConfig> {
  public static readonly tfResourceType = 'alicloud_cs_kubernetes_addon';
  constructor(scope: Construct, id: string, config: CsKubernetesAddonConfig) {
    super(scope, id, { tfResourceType: CsKubernetesAddonResource.tfResourceType, ...ALICLOUD, shape: TIMEOUTS_ONLY }, config);
  }
}
