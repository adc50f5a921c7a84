import type { ClusterMember } from '../core/multi-cluster';
import type { ICluster } from '../core/cluster';
import type { HelmValues } from '../core/helm-addon';
import type { Secret } from '../core/secrets';

/**
 * The client CA every member issues its Postgres client certificates from (the `pgedge`,
 * `admin`, `app` and `streaming_replica` users authenticate with certificates). Every member must
 * hold the same CA, so give each member's stack a reference to the same PEM pair.
 */
export interface PostgresClientCa {
  /** The CA certificate, PEM. */
  readonly certificate: Secret;
  /** The CA private key, PEM. */
  readonly privateKey: Secret;
}

/**
 * The cross-cluster network the members reach each other over (a `NetbirdBridge`, or anything
 * that serves `<svc>.<ns>.svc.<cluster>.<zoneSuffix>` in every member cluster).
 */
export interface PostgresCrossClusterNetwork {
  /** The clusters the network joins: every member must be one of them. */
  readonly clusters: readonly ICluster[];
  /** The zone suffix of cross-cluster names it serves. @default 'internal' */
  readonly zoneSuffix?: string;
}

/**
 * WAL archiving and base backups through the Barman Cloud CNPG-I plugin: the plugin chart is
 * installed next to the CloudNativePG operator and each member gets an `ObjectStore`
 * (`barmancloud.cnpg.io/v1`) that its node archives into.
 */
export interface PostgresWalArchive {
  /** Where archives go, e.g. `s3://chat-backups/postgres`. Each node writes under its own server name (the CNPG cluster name). */
  readonly destinationPath: string;
  /** S3-compatible endpoint (R2, MinIO). @default - AWS S3 */
  readonly endpointUrl?: string;
  /**
   * An existing Secret in the namespace with the object store credentials. The library never
   * sees the keys: create it out of band (or with another construct). */
  readonly credentialsSecretName: string;
  /** Key of the access key id in the Secret. @default 'ACCESS_KEY_ID' */
  readonly accessKeyIdKey?: string;
  /** Key of the secret access key in the Secret. @default 'ACCESS_SECRET_KEY' */
  readonly secretAccessKeyKey?: string;
  /** How long backups are kept, `<n>d|w|m`. @default '30d' */
  readonly retentionPolicy?: string;
  /** Version of the `plugin-barman-cloud` chart. @default '0.5.0' */
  readonly pluginVersion?: string;
}

/** One member of a {@link PostgresMultiMaster}: a cluster that runs one pgEdge node (one CNPG cluster with its own primary). */
export interface PostgresMember extends ClusterMember {
  /**
   * The node's name, unique across members; it names the CNPG cluster `<appName>-<nodeName>`
   * and the Spock node. @default `n<ordinal>`
   */
  readonly nodeName?: string;
  /**
   * The node's ordinal, unique across members, 1-1023: it becomes `snowflake.node` (and
   * `lolor.node`), so snowflake ids generated in different regions never collide.
   * @default - the member's position, counting from 1
   */
  readonly ordinal?: number;
  /** Postgres instances of this node (one primary, the rest streaming standbys). @default - `instances` of the construct */
  readonly instances?: number;
  /** Storage class of this node's volumes. @default - `storage.storageClass` of the construct */
  readonly storageClass?: string;
  /**
   * The client CA for this member, when you do not use the shared variables. Give it on every
   * member or on none. @default - the shared sensitive variables `<clientCaVariablePrefix>_crt` / `_key`
   */
  readonly clientCa?: PostgresClientCa;
  /**
   * Only when adding this member to a running cluster: the existing node to copy data from
   * (`bootstrap.mode: spock`). Remove it once the member's first apply has succeeded: the chart
   * refuses to re-bootstrap an existing node. @default - none (a node of the first deploy)
   */
  readonly bootstrapFrom?: string;
  /** WAL archiving of this member. @default - `walArchive` of the construct */
  readonly walArchive?: PostgresWalArchive;
}

/** Storage of every node. */
export interface PostgresStorage {
  /** Volume size per instance, a Kubernetes quantity. @default '10Gi' */
  readonly size?: string;
  /** Storage class. @default - the cluster's default storage class */
  readonly storageClass?: string;
}

/** Time budgets of an apply. */
export interface PostgresTimeouts {
  /**
   * Seconds the `init-spock` job (last member only) may take: it waits for the local CNPG
   * clusters, then for every member's primary over the bridge, then creates nodes and
   * subscriptions and copies data to bootstrapped nodes. @default 1800
   */
  readonly initSpockSeconds?: number;
  /** Seconds added on top for the job's pod to be scheduled and its image pulled. @default 300 */
  readonly marginSeconds?: number;
}

/** Props of {@link PostgresMultiMaster}. */
export interface PostgresMultiMasterProps {
  /**
   * The members, in install order: the LAST member runs `init-spock`. Append new members at the
   * end; reordering changes derived names and ordinals.
   */
  readonly members: PostgresMember[];
  /** The pgEdge `appName`: prefix of every CNPG cluster, at most 26 characters. @default 'pgedge' */
  readonly appName?: string;
  /** Namespace of the database in every member. @default 'pgedge' */
  readonly namespace?: string;
  /** pgEdge chart version, 1.x (the values layout and CNPG 1.29 line this library targets). @default '1.0.0-rc.1' */
  readonly version?: string;
  /** CloudNativePG operator chart version, 0.28.x (CNPG 1.29). @default '0.28.2' */
  readonly operatorVersion?: string;
  /** Postgres instances per member. @default 2 */
  readonly instances?: number;
  /** Storage of every node. @default - 10Gi, the default storage class */
  readonly storage?: PostgresStorage;
  /**
   * Postgres parameters, merged over the chart's (which set `wal_level: logical`,
   * `track_commit_timestamp: on` and Spock's DDL replication and conflict settings).
   * @default - the chart's
   */
  readonly postgresParameters?: Record<string, string>;
  /** Whether CNPG creates the `postgres` superuser and its `-superuser` Secret. @default false */
  readonly superuserAccess?: boolean;
  /** The network between the members; every member must be in it. @default - none (names under `zoneSuffix` are assumed to resolve) */
  readonly bridge?: PostgresCrossClusterNetwork;
  /** The zone suffix of cross-cluster names (`<svc>.<ns>.svc.<cluster>.<suffix>`). @default - the bridge's, else 'internal' */
  readonly zoneSuffix?: string;
  /** Stem of the two shared sensitive variables holding the client CA (`<stem>_crt`, `<stem>_key`). @default 'postgres_client_ca' */
  readonly clientCaVariablePrefix?: string;
  /** WAL archiving through the Barman Cloud plugin, for every member. @default - none */
  readonly walArchive?: PostgresWalArchive;
  /** Time budgets of an apply. @default - init-spock 1800 s, margin 300 s */
  readonly timeouts?: PostgresTimeouts;
  /**
   * Whether the last member's release runs `init-spock`. Set false for a two-phase first deploy
   * (every database up first, replication switched on by a later apply, which is an upgrade and
   * never taints the release). @default true
   */
  readonly initSpock?: boolean;
  /**
   * Whether each database is created with the `snowflake` extension (the chart preloads its
   * library and sets `snowflake.node` from the ordinal), so tables can take ids from
   * `snowflake.nextval()` that never collide across regions. @default true
   */
  readonly snowflakeExtension?: boolean;
  /** Extra pgEdge chart values, deep-merged over the construct's in every member (escape hatch). @default - none */
  readonly values?: HelmValues;
}
