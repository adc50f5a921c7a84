import { Construct } from 'constructs';
import { Policy } from '../../.gen/providers/netbird/policy';
import { Cilium } from '../addons/cilium';
import { ClusterCni, ICluster, KubernetesDistribution } from '../core/cluster';
import { Problems } from '../core/errors';
import { clusterZone, DEFAULT_CLUSTER_ZONE_SUFFIX, MultiClusterConstruct } from '../core/multi-cluster';
import { checkName, DNS_LABEL } from '../core/naming';
import { checkSecret } from '../core/secrets';
import { NetbirdBridgeMemberPart, NetbirdPeerView } from './member';
import { hostInside, insideAny, NETBIRD_RANGE, nthAddress, overlapsNetbirdRange } from './private/addresses';
import { findOrCreateNetbirdProvider } from './private/netbird-provider';
import { NetbirdBridgeMember, NetbirdBridgeProps, NetbirdMemberRole } from './props';

const DEFAULT_CLIENT_IMAGE = 'netbirdio/netbird:0.70.4';
const DEFAULT_DNS_BRIDGE_IMAGE = 'coredns/coredns:1.13.1';
const DEFAULT_VERIFY_IMAGE = 'busybox:1.37.0';
const DNS_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const PINNED_IMAGE = /^[a-z0-9][a-z0-9./_-]*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}|@sha256:[a-f0-9]{64})$/;
const DEFAULT_EGRESS_DEVICES = ['eth+', 'ens+', 'enp+', 'eno+', 'wt0'];

/**
 * Pod-to-pod reachability and cross-cluster DNS between clusters behind NAT, over NetBird, with
 * no address typed by hand.
 *
 * In each member's own stack: a NetBird routing peer (the NetBird client with host networking on
 * the router node, a reusable setup key, its identity kept on the host), the member's NetBird
 * network with its pod CIDR (and DNS ingress, optionally its service CIDR) as resources, a
 * `CiliumEgressGatewayPolicy` sending every reachable peer's pod CIDR out through `wt0`, a DNS
 * bridge (CoreDNS on the router node behind a Service with a fixed ClusterIP) and, on k3s, the
 * `coredns-custom` server blocks. The access policies (`<member>` routers → peers' resources)
 * live in the hub stack: the first MANAGEMENT member's (else the first member's), which reads the
 * other members' group IDs one way.
 */
export class NetbirdBridge extends MultiClusterConstruct<NetbirdBridgeMember, NetbirdBridgeMemberPart> {
  /** The zone suffix (`<svc>.<ns>.svc.<cluster>.<suffix>`). */
  public readonly zoneSuffix: string;
  /** The member whose stack holds the access policies. */
  public readonly hub: ICluster;
  /** The access policies, one per member that reaches peers, in the hub's stack. */
  public readonly policies: Policy[] = [];

  constructor(scope: Construct, id: string, props: NetbirdBridgeProps) {
    const members = props?.members ?? [];
    const hub = (members.find((m) => m?.role === NetbirdMemberRole.MANAGEMENT) ?? members[0])?.cluster;
    super(scope, id, members, { minMembers: 2, hubs: hub ? [hub] : [], distinctCidrs: true });
    this.hub = hub;
    this.zoneSuffix = props.zoneSuffix ?? DEFAULT_CLUSTER_ZONE_SUFFIX;
    const nb = props.netbird ?? ({} as NetbirdBridgeProps['netbird']);
    const namePrefix = nb.namePrefix ?? 'k8s';
    const namespace = nb.namespace ?? 'netbird-bridge';
    const stateHostPath = nb.stateHostPath ?? '/var/lib/netbird-bridge';
    const clientImage = nb.clientImage ?? DEFAULT_CLIENT_IMAGE;
    const dnsBridgeImage = nb.dnsBridgeImage ?? DEFAULT_DNS_BRIDGE_IMAGE;
    const verifyImage = props.verifyImage ?? DEFAULT_VERIFY_IMAGE;

    const problems = new Problems(this.node.path);
    problems.checkRequired('NETBIRD_MANAGEMENT_URL', 'netbird.managementUrl', nb.managementUrl,
      (u) => /^https:\/\/[a-z0-9.-]+(:\d+)?(\/[^\s]*)?$/i.test(u), 'an https:// URL of the NetBird management service, e.g. https://api.netbird.io');
    const tokenProblems = checkSecret('netbird.apiToken', nb.apiToken);
    problems.addAll(tokenProblems);
    if (tokenProblems.length === 0) {
      problems.check(!!nb.apiToken.variableName, 'NETBIRD_TOKEN_NOT_VARIABLE', 'netbird.apiToken', '<a Secret reference, not shown>',
        "a Secret.variable(stack, 'netbird_api_token', …): every member stack declares the same sensitive variable, so no stack reads another's");
    }
    problems.addAll(checkName('netbird.namePrefix', namePrefix, { ...DNS_LABEL, max: 20 }, 'NETBIRD_NAME_PREFIX'));
    problems.addAll(checkName('netbird.namespace', namespace, DNS_LABEL));
    problems.checkValue('NETBIRD_ZONE_SUFFIX', 'zoneSuffix', this.zoneSuffix, (z) => DNS_NAME.test(z) && z.length <= 200, "a DNS name such as 'internal'");
    problems.checkValue('NETBIRD_STATE_PATH', 'netbird.stateHostPath', stateHostPath, (p) => /^\/[^\s]*[^/\s]$/.test(p), "an absolute host path such as '/var/lib/netbird-bridge'");
    for (const [prop, image] of [['netbird.clientImage', clientImage], ['netbird.dnsBridgeImage', dnsBridgeImage], ['verifyImage', verifyImage]] as const) {
      problems.checkValue('NETBIRD_IMAGE', prop, image, (i) => PINNED_IMAGE.test(i), "an image pinned to a tag or digest, e.g. 'netbirdio/netbird:0.70.4'");
    }

    const roleOf = (m: NetbirdBridgeMember): NetbirdMemberRole => m.role ?? NetbirdMemberRole.APPLICATION;
    const apps = members.filter((m) => roleOf(m) === NetbirdMemberRole.APPLICATION);
    problems.check(apps.length > 0, 'NETBIRD_NO_APPLICATION', 'members[].role', members.map((m) => roleOf(m)),
      'at least one member with role NetbirdMemberRole.APPLICATION: management members reach application members and nothing else');
    /** Who `m` reaches: application members reach the other application members; management members reach every application member. */
    const reachesOf = (m: NetbirdBridgeMember): NetbirdBridgeMember[] => apps.filter((a) => a !== m);
    const ips = new Map<NetbirdBridgeMember, { bridge: string; ingress: string }>();

    members.forEach((m, i) => {
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
      const peers = reachesOf(m);
      const peerRanges = peers.flatMap((p) => (p.routeServiceCidr ? [p.cluster.podCidr, p.cluster.serviceCidr] : [p.cluster.podCidr]));
      (m.extraDestinations ?? []).forEach((d, j) => {
        const prop = `${at}.extraDestinations[${j}]`;
        if (!problems.checkValue('NETBIRD_CGNAT_RANGE', prop, d, (x) => !overlapsNetbirdRange(x),
          `a destination outside NetBird's own ${NETBIRD_RANGE}: egress to it through wt0 loops`)) return;
        problems.checkValue('NETBIRD_EGRESS_NOT_PEER', prop, d, (x) => insideAny(x, peerRanges),
          `a CIDR inside a reachable peer's range: ${peerRanges.join(', ') || 'none (this member reaches no peer)'}`);
      });
      const cilium = m.installCilium ?? false;
      const cniOk = cilium ? c.cni === ClusterCni.CILIUM || c.cni === ClusterCni.OTHER : c.cni === ClusterCni.CILIUM;
      problems.check(cniOk, 'NETBIRD_CNI_UNSUPPORTED', `${at}.cluster.cni`, `${c.cni} (cluster '${c.clusterName}')`, cilium
        ? 'a cluster without another CNI (cni CILIUM or OTHER) when installCilium is set'
        : "Cilium with its egress gateway: declare cni ClusterCni.CILIUM on the cluster, or set installCilium on a cluster whose CNI the library manages; " +
          `${c.cni} cannot send peer pod CIDRs through the router node's wt0`);
      problems.check(m.dns === false || c.distribution === KubernetesDistribution.K3S, 'NETBIRD_DNS_UNSUPPORTED', `${at}.dns`,
        `${m.dns ?? true} (cluster '${c.clusterName}', distribution ${c.distribution})`,
        "dns: false on a cluster that is not k3s: only k3s's kube-system/coredns-custom is a DNS hook the library knows; " +
          `then forward '<peer>.${this.zoneSuffix}' to member(cluster).dnsBridgeIp in the cluster's DNS yourself`);
      const own = [clusterZone(c, this.zoneSuffix), ...reachesOf(m).map((p) => clusterZone(p.cluster, this.zoneSuffix))].map((z) => `${z}.server`);
      Object.keys(m.corednsCustom ?? {}).forEach((key) => {
        problems.check(/^[-._a-zA-Z0-9]+\.(server|override)$/.test(key) && !own.includes(key), 'NETBIRD_COREDNS_KEY', `${at}.corednsCustom`, key,
          `a ConfigMap key ending in .server or .override (what k3s imports) other than the bridge's own: ${own.join(', ')}`);
      });
      const bridge = m.dnsBridgeIp ?? nthAddress(c.serviceCidr, 53);
      const ingress = m.dnsIngressIp ?? nthAddress(c.serviceCidr, 54);
      for (const [prop, ip] of [['dnsBridgeIp', bridge], ['dnsIngressIp', ingress]] as const) {
        problems.checkRequired('NETBIRD_DNS_IP_INVALID', `${at}.${prop}`, ip, (x) => hostInside(x, c.serviceCidr),
          `a free host address inside the service CIDR ${c.serviceCidr}`);
      }
      problems.check(!bridge || bridge !== ingress, 'NETBIRD_DNS_IP_INVALID', `${at}.dnsIngressIp`, ingress, 'an address different from dnsBridgeIp');
      if (bridge && ingress) ips.set(m, { bridge, ingress });
    });
    problems.throwIfAny();

    const view = (p: NetbirdBridgeMember): NetbirdPeerView => ({
      clusterName: p.cluster.clusterName,
      zone: clusterZone(p.cluster, this.zoneSuffix),
      podCidr: p.cluster.podCidr,
      serviceCidr: p.cluster.serviceCidr,
      routeServiceCidr: p.routeServiceCidr ?? false,
      dnsIngressIp: ips.get(p)!.ingress,
    });
    const variable = nb.apiToken.variableName!;
    this.createMemberParts((m, _i, scope, partId) => {
      const apiToken = this.sharedSecret(m.cluster, variable, 'NetBird API token (a service user access token) that manages the bridge groups, networks and policies');
      // Every other member reaches an application member (the others, or as management); nobody reaches a management member.
      const reachable = roleOf(m) === NetbirdMemberRole.APPLICATION;
      const options = typeof m.installCilium === 'object' ? m.installCilium : {};
      const cilium = m.installCilium ? Cilium.of(m.cluster, { devices: DEFAULT_EGRESS_DEVICES, ...options }) : Cilium.find(m.cluster);
      cilium?.enableEgressGateway({ devices: ['wt0'], externalClusterIps: true });
      return new NetbirdBridgeMemberPart(scope, partId, {
        cluster: m.cluster,
        role: roleOf(m),
        routerNodeSelector: m.routerNodeSelector,
        zone: clusterZone(m.cluster, this.zoneSuffix),
        reaches: reachesOf(m).map(view),
        reachable,
        routeServiceCidr: m.routeServiceCidr ?? false,
        extraDestinations: m.extraDestinations ?? [],
        cilium,
        dns: m.dns ?? true,
        corednsCustom: m.corednsCustom ?? {},
        dnsBridgeIp: ips.get(m)!.bridge,
        dnsIngressIp: ips.get(m)!.ingress,
        managementUrl: nb.managementUrl,
        apiToken,
        clientImage,
        dnsBridgeImage,
        namePrefix,
        namespace,
        stateHostPath,
        verify: props.verify ?? false,
        verifyImage,
      });
    });

    // Access policies in the hub stack: `<member>` routers may reach its peers' resources, one way.
    const hubPart = this.member(hub);
    const hubToken = this.sharedSecret(hub, variable, 'NetBird API token (a service user access token) that manages the bridge groups, networks and policies');
    const provider = findOrCreateNetbirdProvider(hubPart, nb.managementUrl, hubToken);
    const policies = new Construct(hubPart, 'policies');
    members.forEach((m, i) => {
      const peers = reachesOf(m).map((p) => this.member(p.cluster).reachableGroup).filter((g) => !!g);
      if (peers.length === 0) return;
      const part = this.member(m.cluster);
      const policyName = `${namePrefix}-${m.cluster.clusterName}-reaches-peers`;
      // The index keeps ids apart even when names clash (the core reports that clash at synth).
      this.policies.push(new Policy(policies, `${i}-${m.cluster.clusterName}`, {
        provider,
        name: policyName,
        description: `Routers of cluster ${m.cluster.clusterName} reach ${reachesOf(m).map((p) => p.cluster.clusterName).join(', ')} (pod CIDRs, DNS ingress), one way`,
        enabled: true,
        rule: [{
          name: policyName,
          action: 'accept',
          bidirectional: false,
          protocol: 'all',
          enabled: true,
          sources: [part.routersGroup.id],
          destinations: peers.map((g) => g!.id),
        }],
      }));
    });
  }

}
