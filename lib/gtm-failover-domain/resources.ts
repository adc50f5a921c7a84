import type { AlidnsAccessStrategyConfig } from '../../.gen/providers/alicloud/alidns-access-strategy';
import type { AlidnsAddressPoolConfig } from '../../.gen/providers/alicloud/alidns-address-pool';
import type { AlidnsGtmInstanceConfig } from '../../.gen/providers/alicloud/alidns-gtm-instance';
import type { AlidnsMonitorConfigConfig } from '../../.gen/providers/alicloud/alidns-monitor-config';
import type { LoadBalancerConfig } from '@cdktf/provider-cloudflare/lib/load-balancer';
import type { LoadBalancerMonitorConfig } from '@cdktf/provider-cloudflare/lib/load-balancer-monitor';
import type { LoadBalancerPoolConfig } from '@cdktf/provider-cloudflare/lib/load-balancer-pool';
import type { CloudflareProviderConfig } from '@cdktf/provider-cloudflare/lib/provider';
import { Construct } from 'constructs';
import { ArgumentShape, ProviderBlock, ProviderResource, ProviderResourceType } from '../core/provider-resource';

const alicloud = (tfResourceType: string, shape: ArgumentShape): ProviderResourceType => ({
  tfResourceType, providerName: 'alicloud', providerVersionConstraint: '1.283.0', shape,
});

/** `alicloud_alidns_gtm_instance`, taking the binding's typed config without loading it (see {@link ProviderResource}). */
export class AlidnsGtmInstanceResource extends ProviderResource<AlidnsGtmInstanceConfig> {
  public static readonly tfResourceType = 'alicloud_alidns_gtm_instance';
  constructor(scope: Construct, id: string, config: AlidnsGtmInstanceConfig) {
    super(scope, id, alicloud(AlidnsGtmInstanceResource.tfResourceType, { blocks: { alert_config: {} } }), config);
  }

  /** The host record of the access domain GTM assigns (a reference). */
  public get publicRr(): string {
    return this.getStringAttribute('public_rr');
  }

  /** The zone of the access domain GTM assigns (a reference). */
  public get publicZoneName(): string {
    return this.getStringAttribute('public_zone_name');
  }
}

/** `alicloud_alidns_address_pool`, lean (see {@link ProviderResource}). */
export class AlidnsAddressPoolResource extends ProviderResource<AlidnsAddressPoolConfig> {
  public static readonly tfResourceType = 'alicloud_alidns_address_pool';
  constructor(scope: Construct, id: string, config: AlidnsAddressPoolConfig) {
    super(scope, id, alicloud(AlidnsAddressPoolResource.tfResourceType, { blocks: { address: {} } }), config);
  }
}

/** `alicloud_alidns_monitor_config`, lean (see {@link ProviderResource}). */
export class AlidnsMonitorConfigResource extends ProviderResource<AlidnsMonitorConfigConfig> {
  public static readonly tfResourceType = 'alicloud_alidns_monitor_config';
  constructor(scope: Construct, id: string, config: AlidnsMonitorConfigConfig) {
    super(scope, id, alicloud(AlidnsMonitorConfigResource.tfResourceType, { blocks: { isp_city_node: {} } }), config);
  }
}

/** `alicloud_alidns_access_strategy`, lean (see {@link ProviderResource}). */
export class AlidnsAccessStrategyResource extends ProviderResource<AlidnsAccessStrategyConfig> {
  public static readonly tfResourceType = 'alicloud_alidns_access_strategy';
  constructor(scope: Construct, id: string, config: AlidnsAccessStrategyConfig) {
    super(scope, id, alicloud(AlidnsAccessStrategyResource.tfResourceType, { blocks: { default_addr_pools: {}, failover_addr_pools: {}, lines: {} } }), config);
  }
}

const CLOUDFLARE = { providerName: 'cloudflare', providerVersion: '5.14.0', providerVersionConstraint: '~> 5.0' };
const cloudflare = (tfResourceType: string, shape: ArgumentShape): ProviderResourceType => ({ tfResourceType, ...CLOUDFLARE, shape });
const POOL_MAPS = ['country_pools', 'pop_pools', 'region_pools'];

/** The cloudflare/cloudflare provider (5.x) configuration, without loading the binding (see {@link ProviderBlock}). */
export class CloudflareProviderBlock extends ProviderBlock<CloudflareProviderConfig> {
  constructor(scope: Construct, id: string, config: CloudflareProviderConfig = {}) {
    super(scope, id, { ...CLOUDFLARE, source: 'cloudflare/cloudflare', shape: {} }, config);
  }
}

/** `cloudflare_load_balancer`, taking the binding's typed config without loading it (see {@link ProviderResource}). */
export class CloudflareLoadBalancerResource extends ProviderResource<LoadBalancerConfig> {
  public static readonly tfResourceType = 'cloudflare_load_balancer';
  constructor(scope: Construct, id: string, config: LoadBalancerConfig) {
    super(scope, id, cloudflare(CloudflareLoadBalancerResource.tfResourceType, {
      maps: POOL_MAPS,
      blocks: {
        random_steering: { maps: ['pool_weights'] },
        rules: { blocks: { overrides: { maps: POOL_MAPS, blocks: { random_steering: { maps: ['pool_weights'] } } } } },
      },
    }), config);
  }
}

/** `cloudflare_load_balancer_pool`, lean (see {@link ProviderResource}). */
export class CloudflareLoadBalancerPoolResource extends ProviderResource<LoadBalancerPoolConfig> {
  public static readonly tfResourceType = 'cloudflare_load_balancer_pool';
  constructor(scope: Construct, id: string, config: LoadBalancerPoolConfig) {
    super(scope, id, cloudflare(CloudflareLoadBalancerPoolResource.tfResourceType, {}), config);
  }
}

/** `cloudflare_load_balancer_monitor`, lean (see {@link ProviderResource}). */
export class CloudflareLoadBalancerMonitorResource extends ProviderResource<LoadBalancerMonitorConfig> {
  public static readonly tfResourceType = 'cloudflare_load_balancer_monitor';
  constructor(scope: Construct, id: string, config: LoadBalancerMonitorConfig) {
    super(scope, id, cloudflare(CloudflareLoadBalancerMonitorResource.tfResourceType, { maps: ['header'] }), config);
  }
}
