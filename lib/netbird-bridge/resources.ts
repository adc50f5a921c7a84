import type { GroupConfig } from '../../.gen/providers/netbird/group';
import type { NetworkConfig } from '../../.gen/providers/netbird/network';
import type { NetworkResourceConfig } from '../../.gen/providers/netbird/network-resource';
import type { NetworkRouterConfig } from '../../.gen/providers/netbird/network-router';
import type { PolicyConfig } from '../../.gen/providers/netbird/policy';
import type { NetbirdProviderConfig } from '../../.gen/providers/netbird/provider';
import type { SetupKeyConfig } from '../../.gen/providers/netbird/setup-key';
import { Construct } from 'constructs';
import { ArgumentShape, ProviderBlock, ProviderResource, ProviderResourceType } from '../core/provider-resource';

const netbird = (tfResourceType: string, shape: ArgumentShape = {}): ProviderResourceType => ({
  tfResourceType, providerName: 'netbird', providerVersionConstraint: '0.0.10', shape,
});

/** The netbirdio/netbird provider (0.0.10) configuration, without loading the binding (see {@link ProviderBlock}). */
export class NetbirdProviderBlock extends ProviderBlock<NetbirdProviderConfig> {
  constructor(scope: Construct, id: string, config: NetbirdProviderConfig = {}) {
    super(scope, id, { providerName: 'netbird', source: 'netbirdio/netbird', providerVersionConstraint: '0.0.10', shape: {} }, config);
  }
}

/** `netbird_group`, taking the binding's typed config without loading it (see {@link ProviderResource}). */
export class NetbirdGroupResource extends ProviderResource<GroupConfig> {
  public static readonly tfResourceType = 'netbird_group';
  constructor(scope: Construct, id: string, config: GroupConfig) {
    super(scope, id, netbird(NetbirdGroupResource.tfResourceType), config);
  }
}

/** `netbird_network`, lean (see {@link ProviderResource}). */
export class NetbirdNetworkResource extends ProviderResource<NetworkConfig> {
  public static readonly tfResourceType = 'netbird_network';
  constructor(scope: Construct, id: string, config: NetworkConfig) {
    super(scope, id, netbird(NetbirdNetworkResource.tfResourceType), config);
  }
}

/** `netbird_network_resource`, lean (see {@link ProviderResource}). */
export class NetbirdNetworkResourceResource extends ProviderResource<NetworkResourceConfig> {
  public static readonly tfResourceType = 'netbird_network_resource';
  constructor(scope: Construct, id: string, config: NetworkResourceConfig) {
    super(scope, id, netbird(NetbirdNetworkResourceResource.tfResourceType), config);
  }
}

/** `netbird_network_router`, lean (see {@link ProviderResource}). */
export class NetbirdNetworkRouterResource extends ProviderResource<NetworkRouterConfig> {
  public static readonly tfResourceType = 'netbird_network_router';
  constructor(scope: Construct, id: string, config: NetworkRouterConfig) {
    super(scope, id, netbird(NetbirdNetworkRouterResource.tfResourceType), config);
  }
}

/** `netbird_setup_key`, lean (see {@link ProviderResource}). */
export class NetbirdSetupKeyResource extends ProviderResource<SetupKeyConfig> {
  public static readonly tfResourceType = 'netbird_setup_key';
  constructor(scope: Construct, id: string, config: SetupKeyConfig) {
    super(scope, id, netbird(NetbirdSetupKeyResource.tfResourceType), config);
  }

  /** The setup key itself (a reference; sensitive). */
  public get key(): string {
    return this.getStringAttribute('key');
  }
}

/** `netbird_policy`, lean (see {@link ProviderResource}). */
export class NetbirdPolicyResource extends ProviderResource<PolicyConfig> {
  public static readonly tfResourceType = 'netbird_policy';
  constructor(scope: Construct, id: string, config: PolicyConfig) {
    super(scope, id, netbird(NetbirdPolicyResource.tfResourceType, { blocks: { rule: { maps: ['authorized_groups'] } } }), config);
  }
}
