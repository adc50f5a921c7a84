/**
 * The chat backend's relational data (users, rooms, OTPs): a Postgres primary in `mn` and one in
 * `fsn1`, kept in sync both ways by Spock (pgEdge on CloudNativePG). `fsn1` is the last member, so
 * its release runs `init-spock` once both primaries answer over the bridge.
 *
 * Both stacks declare `postgres_client_ca_crt` / `postgres_client_ca_key`: supply the same CA to
 * both (`TF_VAR_postgres_client_ca_crt`, `TF_VAR_postgres_client_ca_key`; see the construct's README).
 */
import { Construct } from 'constructs';
import { PostgresMultiMaster } from '../../lib';
import type { ChatClusters } from './clusters';

/** Postgres multi-master across `mn` (node n1) and `fsn1` (node n2). */
export function chatPostgres(clusters: ChatClusters): PostgresMultiMaster {
  // Under the app, beside the stacks: each member's part is created under its own cluster.
  return new PostgresMultiMaster(clusters.mn.node.root as Construct, 'postgres', {
    members: [{ cluster: clusters.mn }, { cluster: clusters.fsn1 }],
    appName: 'astring',
    instances: 2,
    storage: { size: '1Gi', storageClass: 'openebs-hostpath' },
    postgresParameters: { max_connections: '200' },
  });
}
