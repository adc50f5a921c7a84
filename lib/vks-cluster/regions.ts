/** API endpoints of one VNG Cloud region. */
export interface VngcloudEndpoints {
  /** VKS API (provider `vks_base_url`). */
  readonly vks: string;
  /** vServer gateway (provider `vserver_base_url`). */
  readonly vserverGateway: string;
  /** vLB gateway (provider `vlb_base_url`). */
  readonly vlbGateway: string;
  /** vServer API the load-balancer controller calls (chart `mysecret.global.vserverURL`). */
  readonly vserver: string;
  /** IAM token endpoint (provider `token_url`). */
  readonly tokenUrl: string;
  /** IAM API (chart `mysecret.global.identityURL`). */
  readonly identity: string;
}

const IAM = {
  tokenUrl: 'https://iamapis.vngcloud.vn/accounts-api/v2/auth/token',
  identity: 'https://iamapis.vngcloud.vn/accounts-api',
};

/**
 * Endpoints of the regions this library knows. HCM03's are the provider's own fallbacks
 * (terraform-provider-vngcloud 1.3.11); HAN01's VKS endpoint is the one the provider recognises
 * for Hanoi, the vServer/vLB ones follow the same `<region>.api.vngcloud.vn` pattern.
 * Other regions: pass the endpoints explicitly.
 */
export const VNGCLOUD_REGIONS: Readonly<Record<string, VngcloudEndpoints>> = {
  HCM03: {
    vks: 'https://vks.api.vngcloud.vn',
    vserverGateway: 'https://hcm-3.api.vngcloud.vn/vserver/vserver-gateway',
    vlbGateway: 'https://hcm-3.api.vngcloud.vn/vserver/vlb-gateway',
    vserver: 'https://hcm-3.api.vngcloud.vn/vserver',
    ...IAM,
  },
  HAN01: {
    vks: 'https://vks-han-1.api.vngcloud.vn',
    vserverGateway: 'https://han-1.api.vngcloud.vn/vserver/vserver-gateway',
    vlbGateway: 'https://han-1.api.vngcloud.vn/vserver/vlb-gateway',
    vserver: 'https://han-1.api.vngcloud.vn/vserver',
    ...IAM,
  },
};

/** The endpoints of a known region (case-insensitive), or undefined. */
export function vngcloudEndpoints(region: string): VngcloudEndpoints | undefined {
  return VNGCLOUD_REGIONS[region.toUpperCase()];
}
