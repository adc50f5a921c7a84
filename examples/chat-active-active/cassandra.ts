/**
 * Chat history (seed 004, Part 2): one Cassandra cluster with a datacenter in `mn` and one in
 * `fsn1`, managed by k8ssandra-operator from `mgmt`. Reads and writes use LOCAL_QUORUM; replicate
 * keyspaces with `history.replication(3)` (3 replicas in each datacenter).
 */
import { CassandraMultiDc } from '../../lib';
import type { ChatClusters } from './clusters';

/**
 * The data planes' API servers as pods in `mgmt` reach them over the NetBird network (the k3s
 * servers' NetBird addresses; each must be in its API server certificate, `--tls-san`).
 */
const API_SERVERS = { mn: 'https://100.92.0.11:6443', fsn1: 'https://100.92.0.21:6443' };

export function chatHistory(clusters: ChatClusters): CassandraMultiDc {
  return new CassandraMultiDc(clusters.mgmt.stack, 'chat-history', {
    management: clusters.mgmt,
    datacenters: [
      { cluster: clusters.mn, apiServerUrl: API_SERVERS.mn, size: 3 },
      { cluster: clusters.fsn1, apiServerUrl: API_SERVERS.fsn1, size: 3 },
    ],
    serverVersion: '4.0.10',
    storageClassName: 'openebs-hostpath',
    storageSize: '10Gi',
    heap: '512M',
    memory: '2Gi',
    prometheus: true,
  });
}
