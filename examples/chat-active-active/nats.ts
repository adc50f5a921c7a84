/**
 * Part 1 of the seed: real-time events over a NATS super-cluster. One NATS cluster in `mn` and
 * one in `fsn1`, joined by gateways on port 7522 as in the seed; each lists the other's gateway
 * at `nats://nats-<peer>-headless.nats.svc.<peer>.internal:7522` (the bridge's zone).
 *
 * Credentials: supply the two passwords once, the same in every stack:
 *   TF_VAR_nats_client_password=…  TF_VAR_nats_gateway_password=…
 */
import { NatsSupercluster } from '../../lib';
import type { ChatClusters } from './clusters';

/** The chat backend's NATS super-cluster (members mn and fsn1; nothing in mgmt). */
export function chatNats(clusters: ChatClusters): NatsSupercluster {
  // The construct sits beside the stacks (under the app); each member's part goes into its cluster's stack.
  return new NatsSupercluster(clusters.mn.node.root, 'nats', {
    members: [{ cluster: clusters.mn }, { cluster: clusters.fsn1 }],
    gatewayPort: 7522,
    replicas: 3,
    monitor: true,
    promExporter: true,
  });
}
