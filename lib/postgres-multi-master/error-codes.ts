import type { ErrorCodeDoc } from '../core/errors';

/** Error codes of {@link PostgresMultiMaster} (lib/postgres-multi-master). */
export const POSTGRES_MULTI_MASTER_ERROR_CODES: Record<string, ErrorCodeDoc> = {
  PG_CHART_VERSION: {
    meaning: 'The pgEdge chart version is not an exact 1.x version: the values this construct renders (ordinal, initSpockJobConfig.timeout, CNPG 1.29) belong to the 1.x line.',
    fix: "Use an exact 1.x version such as '1.0.0-rc.1', or leave `version` out.",
  },
  PG_OPERATOR_VERSION: {
    meaning: 'The CloudNativePG chart version is not an exact 0.28.x version (CNPG 1.29, the line pgEdge 1.x targets).',
    fix: "Use an exact 0.28.x version such as '0.28.2', or leave `operatorVersion` out.",
  },
  PG_APP_NAME: {
    meaning: 'The pgEdge appName is not a DNS label of at most 26 characters (the chart derives every resource name from it).',
    fix: "Use lower-case letters, digits and '-', at most 26 characters.",
  },
  PG_NODE_NAME: {
    meaning: 'A node name is not a DNS label, or `<appName>-<nodeName>-primary` exceeds 63 characters (a Service name).',
    fix: 'Use a short lower-case name such as n1, or a shorter appName.',
  },
  PG_NODE_NAME_DUPLICATE: {
    meaning: 'Two members have the same node name: their Spock nodes and CNPG clusters would collide.',
    fix: 'Give each member its own nodeName, or leave nodeName out (n<ordinal> is derived).',
  },
  PG_NODE_ORDINAL: {
    meaning: 'A node ordinal is not a whole number from 1 to 1023 (it becomes snowflake.node).',
    fix: 'Use a whole number from 1 to 1023, or leave ordinal out (the member position is used).',
  },
  PG_NODE_ORDINAL_DUPLICATE: {
    meaning: 'Two members have the same ordinal: snowflake ids generated in both regions would collide.',
    fix: 'Give each member its own ordinal, or leave ordinal out.',
  },
  PG_INSTANCES: {
    meaning: 'Instances per member is not a whole number from 1 to 9.',
    fix: 'Use 1 (no standby) to 9; 2 gives one standby per region.',
  },
  PG_STORAGE_SIZE: {
    meaning: 'The storage size is not a Kubernetes quantity.',
    fix: "Use a quantity such as '10Gi'.",
  },
  PG_STORAGE_CLASS: {
    meaning: 'The storage class is not a valid Kubernetes object name.',
    fix: 'Use the name of a StorageClass in the cluster, or leave it out for the default.',
  },
  PG_PARAMETER_RESERVED: {
    meaning: 'A Postgres parameter the chart sets per node (snowflake.node, lolor.node) was given: it would break id uniqueness.',
    fix: 'Leave it out; set the member ordinal instead.',
  },
  PG_PARAMETER_REQUIRED: {
    meaning: 'A Postgres parameter Spock needs (wal_level logical, track_commit_timestamp on) was set to another value.',
    fix: 'Leave it out (the chart sets it) or set the value Spock needs.',
  },
  PG_PARAMETER_VALUE: {
    meaning: 'A Postgres parameter value is not a string (CNPG takes parameters as strings).',
    fix: "Quote the value, e.g. '256MB' or 'on'.",
  },
  PG_ZONE_SUFFIX: {
    meaning: 'The zone suffix is not a DNS name.',
    fix: "Use the bridge's zone suffix, e.g. 'internal'.",
  },
  PG_ZONE_SUFFIX_MISMATCH: {
    meaning: "zoneSuffix differs from the bridge's: nodes would advertise names the bridge does not serve.",
    fix: "Leave zoneSuffix out to take the bridge's, or make them equal.",
  },
  PG_MEMBER_NOT_IN_BRIDGE: {
    meaning: "A member's cluster is not joined by the bridge: the other members cannot resolve or reach its primary under the bridge's zone.",
    fix: 'Add the cluster to the bridge, or remove the member.',
  },
  PG_CLIENT_CA_MISSING: {
    meaning: 'Some members give their own clientCa and others do not: every member must issue certificates from the same CA.',
    fix: 'Give clientCa on every member (the same CA) or on none (the shared variables are used).',
  },
  PG_CLIENT_CA_VARIABLE: {
    meaning: 'The client CA variable stem is not a Terraform variable name.',
    fix: 'Use lower-case letters, digits and underscores, starting with a letter.',
  },
  PG_BOOTSTRAP_SOURCE: {
    meaning: 'bootstrapFrom does not name another member\'s node.',
    fix: 'Name the node of an existing member (e.g. n1), or leave bootstrapFrom out.',
  },
  PG_TIMEOUT: {
    meaning: 'A timeout is not a positive whole number, or init-spock plus the margin exceeds the 3600 s a Helm release may wait.',
    fix: 'Keep timeouts.initSpockSeconds + timeouts.marginSeconds at or below 3600.',
  },
  PG_WAL_ARCHIVE: {
    meaning: 'A WAL archive setting is invalid (destination, endpoint, Secret name, key, retention or plugin version).',
    fix: 'Use an s3://, gs:// or https:// destination, an http(s) endpoint, an existing Secret name, retention like 30d and an exact plugin version.',
  },
};
