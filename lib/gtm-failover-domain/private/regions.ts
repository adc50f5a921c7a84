/**
 * Where a member region's clients are, in each engine's geography: Alibaba DNS line codes
 * (`lines.line_code`, `attribute_info.lineCodes`) and Cloudflare load-balancer region codes
 * (`region_pools` keys). A region missing here must be given explicitly
 * (`TrafficEngine.alibabaGtm({ lineCodes })`, `TrafficEngine.cloudflare({ regionCodes })`).
 *
 * Alibaba line codes follow `os_<continent>_<iso-3166 alpha-2>` outside the Chinese mainland and
 * `cn_region_<province>` inside it (Alibaba Cloud DNS line table). `os_asia_vn` follows that pattern
 * and is not confirmed by a published example; override it if GTM rejects it.
 * Cloudflare region codes are the 13 codes of the Load Balancing Regions API.
 */
export interface RegionGeography {
  readonly gtmLines: readonly string[];
  readonly cloudflareRegions: readonly string[];
}

const VIETNAM: RegionGeography = { gtmLines: ['os_asia_vn'], cloudflareRegions: ['SEAS'] };
const GERMANY: RegionGeography = { gtmLines: ['os_euro_de'], cloudflareRegions: ['WEU'] };

export const KNOWN_REGIONS: Readonly<Record<string, RegionGeography>> = {
  // Alibaba Cloud regions
  'cn-hongkong': { gtmLines: ['os_asia_hk'], cloudflareRegions: ['NEAS'] },
  'ap-southeast-1': { gtmLines: ['os_asia_sg'], cloudflareRegions: ['SEAS'] },
  'ap-northeast-1': { gtmLines: ['os_asia_jp'], cloudflareRegions: ['NEAS'] },
  'ap-northeast-2': { gtmLines: ['os_asia_kr'], cloudflareRegions: ['NEAS'] },
  'us-west-1': { gtmLines: ['os_namerica_us'], cloudflareRegions: ['WNAM'] },
  'us-east-1': { gtmLines: ['os_namerica_us'], cloudflareRegions: ['ENAM'] },
  'eu-central-1': GERMANY,
  'eu-west-1': { gtmLines: ['os_euro_gb'], cloudflareRegions: ['WEU'] },
  'cn-beijing': { gtmLines: ['cn_region_beijing'], cloudflareRegions: ['NEAS'] },
  'cn-shanghai': { gtmLines: ['cn_region_shanghai'], cloudflareRegions: ['NEAS'] },
  'cn-hangzhou': { gtmLines: ['cn_region_zhejiang'], cloudflareRegions: ['NEAS'] },
  'cn-shenzhen': { gtmLines: ['cn_region_guangdong'], cloudflareRegions: ['NEAS'] },
  // VNG Cloud regions (seed 003's VKS cluster)
  HCM03: VIETNAM,
  'HCM-3': VIETNAM,
  HAN01: VIETNAM,
  'HAN-1': VIETNAM,
  // Hetzner locations (seed 004's existing clusters)
  fsn1: GERMANY,
  nbg1: GERMANY,
};

export function knownRegion(region: string): RegionGeography | undefined {
  return Object.prototype.hasOwnProperty.call(KNOWN_REGIONS, region) ? KNOWN_REGIONS[region] : undefined;
}
