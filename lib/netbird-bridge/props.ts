import type { CiliumOptions } from '../addons/cilium';
import type { ClusterMember } from '../core/multi-cluster';
import type { Secret } from '../core/secrets';

/** What a member does in the bridge. */
export enum NetbirdMemberRole {
  /** Reaches the other application members and is reached by them and by management members. */
  APPLICATION = 'application',
  /** Reaches every application member (API servers, pod CIDRs) and is reached by nobody. */
  MANAGEMENT = 'management',
}

/** One cluster joined to the bridge. */
export interface NetbirdBridgeMember extends ClusterMember {
  /**
   * Exactly one node label (`{ 'netbird-router': 'true' }`) selecting the router node: the NetBird
   * routing peer and the DNS bridge run there with host networking, and Cilium sends peer traffic
   * out of its `wt0`. Label one node only.
   */
  readonly routerNodeSelector: Record<string, string>;
  /** What this member reaches and who reaches it. @default NetbirdMemberRole.APPLICATION */
  readonly role?: NetbirdMemberRole;
  /**
   * Whether this member's service CIDR is routed too (ClusterIPs reachable from peers). Needs
   * Cilium's `bpf.lbExternalClusterIP` (set when the library manages Cilium). Headless services
   * (pod IPs) never need it. @default false
   */
  readonly routeServiceCidr?: boolean;
  /**
   * More destinations this member's pods send through the router, each inside a peer's pod or
   * service CIDR (e.g. one peer's node-local range). @default - none
   */
  readonly extraDestinations?: string[];
  /**
   * Install Cilium with the egress gateway through the library ({@link Cilium.of}), for a cluster
   * whose CNI the library manages; `true` or the add-on's options. Without it the cluster must
   * declare `cni: ClusterCni.CILIUM` and run Cilium with the settings listed in the README.
   * @default false
   */
  readonly installCilium?: boolean | CiliumOptions;
  /**
   * Whether cross-cluster DNS is wired into the cluster's CoreDNS. Only k3s has a hook the library
   * knows (`kube-system/coredns-custom`); for another distribution set `false` and forward
   * `<peer>.<zoneSuffix>` to {@link NetbirdBridgeMemberPart.dnsBridgeIp} yourself.
   * @default true
   */
  readonly dns?: boolean;
  /**
   * More keys for `kube-system/coredns-custom`, which the bridge owns on k3s (your own
   * `*.server` / `*.override` blocks, kept in the same ConfigMap). @default - none
   */
  readonly corednsCustom?: Record<string, string>;
  /**
   * ClusterIP of this member's DNS bridge Service (its local CoreDNS forwards peer zones there).
   * @default - the 53rd address of the service CIDR (10.43.0.53 in 10.43.0.0/16)
   */
  readonly dnsBridgeIp?: string;
  /**
   * ClusterIP of the Service in front of this member's CoreDNS that peers' bridges query over
   * NetBird (routed as a /32). @default - the 54th address of the service CIDR
   */
  readonly dnsIngressIp?: string;
}

/** The NetBird account the routers join. */
export interface NetbirdSettings {
  /** NetBird management URL, e.g. `https://api.netbird.io` or a self-hosted `https://netbird.example.com`. */
  readonly managementUrl: string;
  /**
   * NetBird API token (a service user's personal access token), as a sensitive variable
   * (`Secret.variable(stack, 'netbird_api_token', …)`): every member stack declares the same
   * variable, so one `TF_VAR_netbird_api_token` serves them all and no stack reads another's.
   */
  readonly apiToken: Secret;
  /** NetBird client image of the routing peers. @default 'netbirdio/netbird:0.70.4' */
  readonly clientImage?: string;
  /** CoreDNS image of the DNS bridges. @default 'coredns/coredns:1.13.1' */
  readonly dnsBridgeImage?: string;
  /** Prefix of every NetBird object (groups, networks, setup keys, policies). @default 'k8s' */
  readonly namePrefix?: string;
  /** Namespace of the router, DNS bridge and checks. @default 'netbird-bridge' */
  readonly namespace?: string;
  /**
   * Host directory keeping the routing peer's identity (WireGuard key, peer config) across pod
   * restarts, so a restarted router is the same peer with the same NetBird IP. @default '/var/lib/netbird-bridge'
   */
  readonly stateHostPath?: string;
}

/** Props of {@link NetbirdBridge}. */
export interface NetbirdBridgeProps {
  /** The clusters to join, at least two, at least one with the APPLICATION role. */
  readonly members: NetbirdBridgeMember[];
  /** The NetBird account. */
  readonly netbird: NetbirdSettings;
  /** Suffix of the cross-cluster zones (`<svc>.<ns>.svc.<cluster>.<suffix>`). @default 'internal' (DEFAULT_CLUSTER_ZONE_SUFFIX) */
  readonly zoneSuffix?: string;
  /**
   * Creates, in every member, two suspended CronJobs that check the bridge when run
   * (`kubectl -n netbird-bridge create job --from=cronjob/netbird-verify v1`): see the README.
   * @default false
   */
  readonly verify?: boolean;
  /** Image of the checks (busybox `nslookup` and `nc`). @default 'busybox:1.37.0' */
  readonly verifyImage?: string;
}
