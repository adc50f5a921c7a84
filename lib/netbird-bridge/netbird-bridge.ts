import { Construct } from 'constructs';
import { NetbirdPolicyResource } from './resources';
import { Cilium } from '../addons/cilium';
import { ICluster } from '../core/cluster';
import { Problems, ValidationProblem } from '../core/errors';
import { clusterZone, DEFAULT_CLUSTER_ZONE_SUFFIX, MultiClusterConstruct } from '../core/multi-cluster';
import { NetbirdBridgeMemberPart, NetbirdPeerView } from './member';
import { findOrCreateNetbirdProvider } from './private/netbird-provider';
import { DnsAddresses, egressDestinationProblems, memberProblems, ResolvedSettings, settingsProblems } from './private/validation';
import { NetbirdBridgeMember, NetbirdBridgeProps, NetbirdMemberRole, NetbirdSettings } from './props';

const DEFAULT_CLIENT_IMAGE = 'netbirdio/netbird:0.70.4';
const DEFAULT_DNS_BRIDGE_IMAGE = 'coredns/coredns:1.13.1';
const DEFAULT_VERIFY_IMAGE = 'busybox:1.37.0';
const DEFAULT_EGRESS_DEVICES = ['eth+', 'ens+', 'enp+', 'eno+', 'wt0'];
const TOKEN_DESCRIPTION = 'NetBird API token (a service user access token) that manages the bridge groups, networks and policies';

const roleOf = (m: NetbirdBridgeMember): NetbirdMemberRole => m.role ?? NetbirdMemberRole.APPLICATION;

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
 *
 * Who reaches whom: application members reach every other application member; management
 * members reach every application member; nobody reaches a management member.
 */
export class NetbirdBridge extends MultiClusterConstruct<NetbirdBridgeMember, NetbirdBridgeMemberPart> {
  /** The zone suffix (`<svc>.<ns>.svc.<cluster>.<suffix>`). */
  public readonly zoneSuffix: string;
  /** The member whose stack holds the access policies. */
  public readonly hub: ICluster;
  /** The access policies, one per member that reaches peers, in the hub's stack. */
  public readonly policies: NetbirdPolicyResource[] = [];
  private readonly reachesOf: (m: NetbirdBridgeMember) => NetbirdBridgeMember[];

  constructor(scope: Construct, id: string, props: NetbirdBridgeProps) {
    const members = props?.members ?? [];
    const hub = (members.find((m) => m?.role === NetbirdMemberRole.MANAGEMENT) ?? members[0])?.cluster;
    super(scope, id, members, { minMembers: 2, hubs: hub ? [hub] : [], distinctCidrs: true });
    this.hub = hub;
    this.zoneSuffix = props.zoneSuffix ?? DEFAULT_CLUSTER_ZONE_SUFFIX;
    const nb: Partial<NetbirdSettings> = props.netbird ?? {};
    const settings: ResolvedSettings = {
      namePrefix: nb.namePrefix ?? 'k8s',
      namespace: nb.namespace ?? 'netbird-bridge',
      stateHostPath: nb.stateHostPath ?? '/var/lib/netbird-bridge',
      zoneSuffix: this.zoneSuffix,
      images: {
        'netbird.clientImage': nb.clientImage ?? DEFAULT_CLIENT_IMAGE,
        'netbird.dnsBridgeImage': nb.dnsBridgeImage ?? DEFAULT_DNS_BRIDGE_IMAGE,
        verifyImage: props.verifyImage ?? DEFAULT_VERIFY_IMAGE,
      },
    };

    const problems = new Problems(this.node.path);
    settingsProblems(problems, nb, settings);
    const apps = members.filter((m) => roleOf(m) === NetbirdMemberRole.APPLICATION);
    problems.check(apps.length > 0, 'NETBIRD_NO_APPLICATION', 'members[].role', members.map(roleOf),
      'at least one member with role NetbirdMemberRole.APPLICATION: management members reach application members and nothing else');
    const reachesOf = (m: NetbirdBridgeMember): NetbirdBridgeMember[] => apps.filter((a) => a !== m);
    this.reachesOf = reachesOf;
    const dns = new Map<NetbirdBridgeMember, DnsAddresses>();
    members.forEach((m, i) => {
      const addresses = memberProblems(problems, m, i, reachesOf(m), this.zoneSuffix);
      if (addresses) dns.set(m, addresses);
    });
    problems.throwIfAny();

    const view = (p: NetbirdBridgeMember): NetbirdPeerView => ({
      clusterName: p.cluster.clusterName,
      zone: clusterZone(p.cluster, this.zoneSuffix),
      podCidr: p.cluster.podCidr,
      serviceCidr: p.cluster.serviceCidr,
      routeServiceCidr: p.routeServiceCidr ?? false,
      dnsIngressIp: dns.get(p)!.ingress,
      apiServerIp: dns.get(p)!.api,
    });
    const hasManagement = apps.length < members.length;
    const tokenVariable = nb.apiToken!.variableName!;
    this.createMemberParts((m, _i, scope, partId) => {
      const options = typeof m.installCilium === 'object' ? m.installCilium : {};
      const cilium = m.installCilium ? Cilium.of(m.cluster, { devices: DEFAULT_EGRESS_DEVICES, ...options }) : Cilium.find(m.cluster);
      cilium?.enableEgressGateway({ devices: ['wt0'], externalClusterIps: true });
      return new NetbirdBridgeMemberPart(scope, partId, {
        cluster: m.cluster,
        role: roleOf(m),
        routerNodeSelector: m.routerNodeSelector,
        zone: clusterZone(m.cluster, this.zoneSuffix),
        reaches: reachesOf(m).map(view),
        // Every other member reaches an application member; nobody reaches a management member.
        reachable: roleOf(m) === NetbirdMemberRole.APPLICATION,
        apiReachable: roleOf(m) === NetbirdMemberRole.APPLICATION && hasManagement,
        reachesApi: roleOf(m) === NetbirdMemberRole.MANAGEMENT,
        apiServerIp: dns.get(m)!.api,
        routeServiceCidr: m.routeServiceCidr ?? false,
        extraDestinations: m.extraDestinations ?? [],
        cilium,
        dns: m.dns ?? true,
        corednsCustom: m.corednsCustom ?? {},
        dnsBridgeIp: dns.get(m)!.bridge,
        dnsIngressIp: dns.get(m)!.ingress,
        managementUrl: nb.managementUrl!,
        apiToken: this.sharedSecret(m.cluster, tokenVariable, TOKEN_DESCRIPTION),
        clientImage: settings.images['netbird.clientImage'],
        dnsBridgeImage: settings.images['netbird.dnsBridgeImage'],
        namePrefix: settings.namePrefix,
        namespace: settings.namespace,
        stateHostPath: settings.stateHostPath,
        verify: props.verify ?? false,
        verifyImage: settings.images.verifyImage,
      });
    });
    this.createPolicies(reachesOf, settings.namePrefix, nb.managementUrl!, tokenVariable);
  }

  /** Every extra egress destination is inside a peer's range (at synth, with the core's own cross-member rules). */
  protected crossMemberProblems(): ValidationProblem[] {
    return egressDestinationProblems(this.members, this.reachesOf);
  }

  /** One policy per member that reaches peers, in the hub stack: its routers group → the peers' reachable groups, one way. */
  private createPolicies(reachesOf: (m: NetbirdBridgeMember) => NetbirdBridgeMember[], namePrefix: string, managementUrl: string, tokenVariable: string): void {
    const hubPart = this.member(this.hub);
    const provider = findOrCreateNetbirdProvider(hubPart, managementUrl, this.sharedSecret(this.hub, tokenVariable, TOKEN_DESCRIPTION));
    const scope = new Construct(hubPart, 'policies');
    this.members.forEach((m, i) => {
      const peers = reachesOf(m);
      if (peers.length === 0) return;
      const name = `${namePrefix}-${m.cluster.clusterName}-reaches-peers`;
      // The index keeps ids apart even when names clash (the core reports that clash at synth).
      this.policies.push(new NetbirdPolicyResource(scope, `${i}-${m.cluster.clusterName}`, {
        provider,
        name,
        description: `Routers of cluster ${m.cluster.clusterName} reach ${peers.map((p) => p.cluster.clusterName).join(', ')} ` +
          `(pod CIDRs, DNS ingress${roleOf(m) === NetbirdMemberRole.MANAGEMENT ? ', API servers' : ''}), one way`,
        enabled: true,
        rule: [{
          name,
          action: 'accept',
          bidirectional: false,
          protocol: 'all',
          enabled: true,
          sources: [this.member(m.cluster).routersGroup.id],
          // Management members also reach the application members' API servers.
          destinations: peers.flatMap((p) => {
            const part = this.member(p.cluster);
            return roleOf(m) === NetbirdMemberRole.MANAGEMENT && part.apiGroup ? [part.reachableGroup!.id, part.apiGroup.id] : [part.reachableGroup!.id];
          }),
        }],
      }));
    });
  }
}
