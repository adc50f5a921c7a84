/**
 * The seed-004 clusters joined by NetBird: `mn` and `fsn1` reach each other's pods, `mgmt`
 * reaches both and is reached by neither. Each cluster's router node carries the label
 * `netbird-router=true` (`kubectl label node <node> netbird-router=true`).
 *
 * Supply the NetBird API token once for every stack: `export TF_VAR_netbird_api_token=…`.
 */
import { NetbirdBridge, NetbirdMemberRole, Secret } from '../../lib';
import type { ChatClusters } from './clusters';

/** The NetBird bridge between the chat clusters (each member's part in its own stack; policies in mgmt's). */
export function chatNetwork(clusters: ChatClusters): NetbirdBridge {
  const routerNodeSelector = { 'netbird-router': 'true' };
  return new NetbirdBridge(clusters.mgmt.stack, 'netbird', {
    members: [
      { cluster: clusters.mn, routerNodeSelector },
      { cluster: clusters.fsn1, routerNodeSelector },
      { cluster: clusters.mgmt, routerNodeSelector, role: NetbirdMemberRole.MANAGEMENT },
    ],
    netbird: {
      managementUrl: 'https://api.netbird.io',
      apiToken: Secret.variable(clusters.mgmt.stack, 'netbird_api_token', 'NetBird API token'),
    },
    verify: true,
  });
}
