import type { ErrorCodeDoc } from '../core/errors';

/** Error codes of {@link NetbirdBridge} and the Cilium add-on, for docs/errors.md. */
export const NETBIRD_BRIDGE_ERROR_CODES: Record<string, ErrorCodeDoc> = {
  NETBIRD_MANAGEMENT_URL: { meaning: 'The NetBird management URL is not an https:// URL.', fix: 'Give netbird.managementUrl as https://host[:port] (e.g. https://api.netbird.io).' },
  NETBIRD_TOKEN_NOT_VARIABLE: {
    meaning: 'The API token is a Secret reference bound to one stack; every member stack needs it, and reading it across stacks would make them depend on each other.',
    fix: "Pass Secret.variable(stack, 'netbird_api_token', …): each member stack declares the same variable.",
  },
  NETBIRD_NAME_PREFIX: { meaning: 'The NetBird object name prefix is not a DNS label.', fix: "Use lower-case letters, digits and '-', e.g. 'k8s'." },
  NETBIRD_ZONE_SUFFIX: { meaning: 'The cross-cluster zone suffix is not a DNS name.', fix: "Use a DNS name such as 'internal'." },
  NETBIRD_IMAGE: { meaning: 'An image reference is empty or not pinned to a tag or digest.', fix: "Pin the image, e.g. 'netbirdio/netbird:0.70.4'." },
  NETBIRD_STATE_PATH: { meaning: 'The router state path is not an absolute host path.', fix: "Use an absolute path such as '/var/lib/netbird-bridge'." },
  NETBIRD_ROLE_INVALID: { meaning: 'A member role is not one of NetbirdMemberRole.', fix: 'Use NetbirdMemberRole.APPLICATION or .MANAGEMENT.' },
  NETBIRD_NO_APPLICATION: { meaning: 'No member has the APPLICATION role, so nothing would be reachable.', fix: 'Give at least one member role APPLICATION (the default).' },
  NETBIRD_ROUTER_SELECTOR: { meaning: 'A member does not select its router node with exactly one label.', fix: "Label one node and pass that one label, e.g. { 'netbird-router': 'true' }." },
  NETBIRD_CGNAT_RANGE: {
    meaning: "A member's CIDR or an egress destination overlaps NetBird's own range 100.64.0.0/10: sending it through the router loops.",
    fix: 'Move the cluster CIDR out of 100.64.0.0/10, or drop the destination.',
  },
  NETBIRD_EGRESS_NOT_PEER: { meaning: "An extra egress destination is not inside a reachable peer's pod or service CIDR.", fix: "List only ranges inside a peer's podCidr or serviceCidr (with routeServiceCidr)." },
  NETBIRD_CNI_UNSUPPORTED: {
    meaning: 'The member runs a CNI that cannot send peer traffic through the router node (no Cilium egress gateway).',
    fix: 'Run Cilium: declare cni ClusterCni.CILIUM on the cluster (with the settings the README lists) or set installCilium on a cluster whose CNI the library manages.',
  },
  NETBIRD_DNS_UNSUPPORTED: {
    meaning: 'Cross-cluster DNS is wired only into k3s (kube-system/coredns-custom); this distribution has no hook the library knows.',
    fix: "Set the member's dns: false and forward '<peer>.<suffix>' to member(cluster).dnsBridgeIp in the cluster's DNS yourself.",
  },
  NETBIRD_COREDNS_KEY: {
    meaning: 'An extra coredns-custom key is not one k3s imports, or is one the bridge writes itself.',
    fix: "Name it '<something>.server' or '<something>.override', not '<member or peer zone>.server'.",
  },
  NETBIRD_DNS_IP_INVALID: { meaning: 'A DNS bridge or ingress ClusterIP is outside the service CIDR or clashes with the other.', fix: 'Pick two distinct free host addresses inside the service CIDR, or leave the defaults.' },
};
