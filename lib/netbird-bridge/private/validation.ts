import { ClusterCni, KubernetesDistribution } from '../../core/cluster';
import { Problems, ValidationProblem } from '../../core/errors';
import { clusterZone } from '../../core/multi-cluster';
import { checkName, DNS_LABEL } from '../../core/naming';
import { checkSecret } from '../../core/secrets';
import { NetbirdBridgeMember, NetbirdMemberRole, NetbirdSettings } from '../props';
import { hostInside, insideAny, NETBIRD_RANGE, nthAddress, overlapsNetbirdRange } from './addresses';

const DNS_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const PINNED_IMAGE = /^[a-z0-9][a-z0-9./_-]*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}|@sha256:[a-f0-9]{64})$/;
const COREDNS_IMPORTED_KEY = /^[-._a-zA-Z0-9]+\.(server|override)$/;

/** The bridge-wide settings after defaults. */
export interface ResolvedSettings {
  readonly namePrefix: string;
  readonly namespace: string;
  readonly stateHostPath: string;
  readonly zoneSuffix: string;
  readonly images: Record<string, string>;
}

/** Problems with the bridge-wide settings (`netbird.*`, `zoneSuffix`, images). */
export function settingsProblems(problems: Problems, nb: Partial<NetbirdSettings>, s: ResolvedSettings): void {
  problems.checkRequired('NETBIRD_MANAGEMENT_URL', 'netbird.managementUrl', nb.managementUrl,
    (u) => /^https:\/\/[a-z0-9.-]+(:\d+)?(\/[^\s]*)?$/i.test(u), 'an https:// URL of the NetBird management service, e.g. https://api.netbird.io');
  const tokenProblems = checkSecret('netbird.apiToken', nb.apiToken);
  problems.addAll(tokenProblems);
  if (tokenProblems.length === 0) {
    problems.check(!!nb.apiToken?.variableName, 'NETBIRD_TOKEN_NOT_VARIABLE', 'netbird.apiToken', '<a Secret reference, not shown>',
      "a Secret.variable(stack, 'netbird_api_token', …): every member stack declares the same sensitive variable, so no stack reads another's");
  }
  problems.addAll(checkName('netbird.namePrefix', s.namePrefix, { ...DNS_LABEL, max: 20 }, 'NETBIRD_NAME_PREFIX'));
  problems.addAll(checkName('netbird.namespace', s.namespace, DNS_LABEL));
  problems.checkValue('NETBIRD_ZONE_SUFFIX', 'zoneSuffix', s.zoneSuffix, (z) => DNS_NAME.test(z) && z.length <= 200, "a DNS name such as 'internal'");
  problems.checkValue('NETBIRD_STATE_PATH', 'netbird.stateHostPath', s.stateHostPath, (p) => /^\/[^\s]*[^/\s]$/.test(p),
    "an absolute host path such as '/var/lib/netbird-bridge'");
  for (const [prop, image] of Object.entries(s.images)) {
    problems.checkValue('NETBIRD_IMAGE', prop, image, (i) => PINNED_IMAGE.test(i), "an image pinned to a tag or digest, e.g. 'netbirdio/netbird:0.70.4'");
  }
}

/** The two fixed ClusterIPs of a member. */
export interface DnsAddresses {
  /** The local DNS bridge Service. */
  readonly bridge: string;
  /** The Service in front of the member's CoreDNS that peers query. */
  readonly ingress: string;
  /** The `kubernetes` Service (the API server). */
  readonly api: string;
}

/**
 * Problems with one member (role, router selector, CIDRs against NetBird's range, egress
 * destinations against the peers it reaches, CNI, DNS hook, DNS addresses). Returns its DNS
 * addresses when they are valid.
 */
export function memberProblems(problems: Problems, m: NetbirdBridgeMember, i: number, peers: readonly NetbirdBridgeMember[],
  zoneSuffix: string): DnsAddresses | undefined {
  const at = `members[${i}]`;
  const c = m.cluster;
  problems.checkValue('NETBIRD_ROLE_INVALID', `${at}.role`, m.role, (r) => Object.values(NetbirdMemberRole).includes(r),
    `one of NetbirdMemberRole.${Object.keys(NetbirdMemberRole).join(', .')}`);
  const labels = Object.entries(m.routerNodeSelector ?? {});
  problems.check(labels.length === 1 && labels.every(([k, v]) => k.length > 0 && typeof v === 'string'), 'NETBIRD_ROUTER_SELECTOR',
    `${at}.routerNodeSelector`, m.routerNodeSelector,
    "exactly one node label selecting the one router node, e.g. { 'netbird-router': 'true' }; the routing peer, the DNS bridge and the egress gateway all use it");

  for (const [prop, cidr] of [['cluster.podCidr', c.podCidr], ['cluster.serviceCidr', c.serviceCidr]] as const) {
    problems.checkValue('NETBIRD_CGNAT_RANGE', `${at}.${prop}`, cidr, (x) => !overlapsNetbirdRange(x),
      `a range outside NetBird's own ${NETBIRD_RANGE} (routing it through the router loops traffic back into NetBird)`);
  }
  (m.extraDestinations ?? []).forEach((d, j) => {
    problems.checkValue('NETBIRD_CGNAT_RANGE', `${at}.extraDestinations[${j}]`, d, (x) => !overlapsNetbirdRange(x),
      `a destination outside NetBird's own ${NETBIRD_RANGE}: egress to it through wt0 loops`);
  });

  const install = !!m.installCilium;
  const cniOk = install ? c.cni === ClusterCni.CILIUM || c.cni === ClusterCni.OTHER : c.cni === ClusterCni.CILIUM;
  problems.check(cniOk, 'NETBIRD_CNI_UNSUPPORTED', `${at}.cluster.cni`, `${c.cni} (cluster '${c.clusterName}')`, install
    ? 'a cluster without another CNI (cni CILIUM or OTHER) when installCilium is set'
    : 'Cilium with its egress gateway: declare cni ClusterCni.CILIUM on the cluster, or set installCilium on a cluster whose CNI the library manages; ' +
      `${c.cni} cannot send peer pod CIDRs through the router node's wt0`);

  problems.check(m.dns === false || c.distribution === KubernetesDistribution.K3S, 'NETBIRD_DNS_UNSUPPORTED', `${at}.dns`,
    `${m.dns ?? true} (cluster '${c.clusterName}', distribution ${c.distribution})`,
    "dns: false on a cluster that is not k3s: only k3s's kube-system/coredns-custom is a DNS hook the library knows; " +
      `then forward '<peer>.${zoneSuffix}' to member(cluster).dnsBridgeIp in the cluster's DNS yourself`);
  const own = [c, ...peers.map((p) => p.cluster)].map((x) => `${clusterZone(x, zoneSuffix)}.server`);
  for (const key of Object.keys(m.corednsCustom ?? {})) {
    problems.check(COREDNS_IMPORTED_KEY.test(key) && !own.includes(key), 'NETBIRD_COREDNS_KEY', `${at}.corednsCustom`, key,
      `a ConfigMap key ending in .server or .override (what k3s imports) other than the bridge's own: ${own.join(', ')}`);
  }

  const bridge = m.dnsBridgeIp ?? nthAddress(c.serviceCidr, 53);
  const ingress = m.dnsIngressIp ?? nthAddress(c.serviceCidr, 54);
  const api = nthAddress(c.serviceCidr, 1);
  let ok = true;
  for (const [prop, ip] of [['dnsBridgeIp', bridge], ['dnsIngressIp', ingress]] as const) {
    ok = problems.checkRequired('NETBIRD_DNS_IP_INVALID', `${at}.${prop}`, ip, (x) => hostInside(x, c.serviceCidr),
      `a free host address inside the service CIDR ${c.serviceCidr}`) && ok;
  }
  ok = problems.check(bridge !== ingress, 'NETBIRD_DNS_IP_INVALID', `${at}.dnsIngressIp`, ingress, 'an address different from dnsBridgeIp') && ok;
  for (const [prop, ip] of [['dnsBridgeIp', bridge], ['dnsIngressIp', ingress]] as const) {
    ok = problems.check(ip !== api, 'NETBIRD_DNS_IP_INVALID', `${at}.${prop}`, ip,
      `an address other than ${api}, the 'kubernetes' Service (API server) of service CIDR ${c.serviceCidr}`) && ok;
  }
  return ok && bridge && ingress && api ? { bridge, ingress, api } : undefined;
}

/**
 * The cross-member rule, run at synth through the core: every extra egress destination lies in
 * the range of a peer the member reaches (a destination elsewhere would leave through wt0 and be
 * dropped by NetBird, or loop).
 */
export function egressDestinationProblems(members: readonly NetbirdBridgeMember[], reachesOf: (m: NetbirdBridgeMember) => readonly NetbirdBridgeMember[]): ValidationProblem[] {
  const problems = new Problems('');
  members.forEach((m, i) => {
    const peerRanges = reachesOf(m).flatMap((p) => (p.routeServiceCidr ? [p.cluster.podCidr, p.cluster.serviceCidr] : [p.cluster.podCidr]));
    (m.extraDestinations ?? []).forEach((d, j) => {
      if (overlapsNetbirdRange(d)) return; // reported at construction
      problems.checkValue('NETBIRD_EGRESS_NOT_PEER', `members[${i}].extraDestinations[${j}]`, d, (x) => insideAny(x, peerRanges),
        `a CIDR inside the range of a peer cluster '${m.cluster.clusterName}' reaches: ${peerRanges.join(', ') || 'none (this member reaches no peer)'}`);
    });
  });
  return [...problems.all];
}
