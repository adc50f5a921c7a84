import type { CsKubernetesNodePoolConfig } from '../../.gen/providers/alicloud/cs-kubernetes-node-pool';
import type { CsManagedKubernetesConfig } from '../../.gen/providers/alicloud/cs-managed-kubernetes';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ArgumentShape, ProviderResource } from '../core/provider-resource';

const ALICLOUD = { providerName: 'alicloud', providerVersionConstraint: '1.283.0' };

/** Map arguments and blocks of `alicloud_cs_managed_kubernetes` 1.283.0 (checked against the schema in test/gpu-cluster/resources.test.ts). */
export const CS_MANAGED_KUBERNETES_SHAPE: ArgumentShape = {
  maps: ['kms_encryption_context', 'runtime', 'tags'],
  blocks: {
    addons: {}, audit_log_config: {}, auto_mode: {}, delete_options: {}, log_config: {}, maintenance_window: {},
    operation_policy: { blocks: { cluster_auto_upgrade: {} } }, taints: {}, timeouts: {}, upgrade_policy: {},
    worker_data_disks: {}, worker_nodes: {},
  },
};

/** Map arguments and blocks of `alicloud_cs_kubernetes_node_pool` 1.283.0 (checked against the schema in test/gpu-cluster/resources.test.ts). */
export const CS_KUBERNETES_NODE_POOL_SHAPE: ArgumentShape = {
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

  /** The cluster ID (a reference). */
  public get id(): string {
    return this.getStringAttribute('id');
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

  /** The node pool's ID (a reference). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The node pool's ID within the cluster (a reference). */
  public get nodePoolId(): string {
    return this.getStringAttribute('node_pool_id');
  }
}
