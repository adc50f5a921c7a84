/**
 * Alibaba Cloud public-cloud regions where ACK managed Pro clusters can be created (Alibaba
 * Cloud's "Supported regions" page for ACK, as of 2026). A region missing here can still be used
 * with `GpuClusterProps.allowUnlistedRegion`; zone IDs are `<region>-<letter>` in every region.
 */
export const ACK_REGIONS: readonly string[] = [
  'cn-qingdao', 'cn-beijing', 'cn-zhangjiakou', 'cn-huhehaote', 'cn-wulanchabu', 'cn-hangzhou', 'cn-shanghai',
  'cn-shenzhen', 'cn-heyuan', 'cn-guangzhou', 'cn-chengdu', 'cn-hongkong', 'cn-zhongwei', 'cn-wuhan-lr',
  'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-5',
  'ap-southeast-6', 'ap-southeast-7', 'us-east-1', 'us-west-1', 'us-southeast-1', 'na-south-1', 'eu-central-1',
  'eu-west-1', 'me-east-1', 'me-central-1',
];

/** True when `zoneId` names a zone of `region` (`cn-hongkong-b` in `cn-hongkong`). */
export function isZoneOf(zoneId: string, region: string): boolean {
  return zoneId.startsWith(`${region}-`) && /^[a-z0-9]+$/.test(zoneId.slice(region.length + 1));
}
