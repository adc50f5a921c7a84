/**
 * Chat history (seed 004, Part 2): one Cassandra cluster with a datacenter in `mn` and one in
 * `fsn1`, managed by k8ssandra-operator from `mgmt`. Reads and writes use LOCAL_QUORUM; replicate
 * keyspaces with `history.replication(3)` (3 replicas in each datacenter).
 */
import { CassandraMultiDc, NetbirdBridge } from '../../lib';
import type { ChatClusters } from './clusters';

/**
 * The management cluster's pods reach each data plane's API server through the bridge, at the
 * `kubernetes` Service's ClusterIP (always in the API server's certificate): known at synth, no
 * address typed by hand and no stack dependency.
 */
export function chatHistory(clusters: ChatClusters, bridge: NetbirdBridge): CassandraMultiDc {
  return new CassandraMultiDc(clusters.mgmt.stack, 'chat-history', {
    management: clusters.mgmt,
    datacenters: [
      { cluster: clusters.mn, apiServerUrl: bridge.member(clusters.mn).apiServerUrl, size: 3 },
      { cluster: clusters.fsn1, apiServerUrl: bridge.member(clusters.fsn1).apiServerUrl, size: 3 },
    ],
    serverVersion: '4.0.10',
    storageClassName: 'openebs-hostpath',
    storageSize: '10Gi',
    heap: '512M',
    memory: '2Gi',
    prometheus: true,
  });
}
