import type { HelmChart } from '../../core/helm-addon';

/** pgEdge's Helm repository: the pgEdge chart and its rebuilds of the CloudNativePG and Barman Cloud plugin charts. */
export const PGEDGE_REPOSITORY = 'https://pgedge.github.io/charts';

/** The pgEdge chart (1.0.0-rc.1: CNPG 1.29, Postgres 18 + Spock 5, Go init-spock with a timeout). */
export const PGEDGE_CHART: HelmChart = { chart: 'pgedge', repository: PGEDGE_REPOSITORY, version: '1.0.0-rc.1' };

/** CloudNativePG operator chart 0.28.2 = CNPG 1.29.1, the line pgEdge 1.0 targets. */
export const CNPG_CHART: HelmChart = { chart: 'cloudnative-pg', repository: PGEDGE_REPOSITORY, version: '0.28.2' };

/** The Barman Cloud CNPG-I plugin chart (app v0.11.0), installed only with WAL archiving. */
export const BARMAN_PLUGIN_CHART: HelmChart = { chart: 'plugin-barman-cloud', repository: PGEDGE_REPOSITORY, version: '0.5.0' };

/** The plugin's name as CNPG's `spec.plugins[].name` refers to it. */
export const BARMAN_PLUGIN_NAME = 'barman-cloud.cloudnative-pg.io';

/** Secret names the chart's CNPG clusters and init-spock job refer to (fixed by the chart's defaults). */
export const CERT_SECRETS = {
  clientCa: 'client-ca-key-pair',
  replication: 'streaming-replica-client-cert',
  pgedge: 'pgedge-client-cert',
  admin: 'admin-client-cert',
  app: 'app-client-cert',
} as const;

/** The issuer that signs client certificates from the shared CA. */
export const CLIENT_CA_ISSUER = 'client-ca-issuer';

/** Versions this library renders values for: pgEdge 1.x, CNPG chart 0.28.x. */
export const PGEDGE_VERSION_RULE = /^1\.\d+\.\d+(-rc\.\d+)?$/;
export const CNPG_VERSION_RULE = /^0\.28\.\d+$/;
