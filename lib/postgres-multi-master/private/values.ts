import type { HelmValues } from '../../core/helm-addon';
import type { KubernetesObject } from '../../core/cluster-manifest';
import { BARMAN_PLUGIN_NAME, CERT_SECRETS, CLIENT_CA_ISSUER } from './charts';

/** One pgEdge node, as every member sees it. */
export interface PostgresNodeSpec {
  readonly name: string;
  readonly ordinal: number;
  /** Cross-cluster name of the primary (headless service under the bridge's zone). */
  readonly hostname: string;
  /** The local `-rw` service, for connections from inside the node's own cluster. */
  readonly internalHostname: string;
  /** Name of the headless service that selects the primary's pod. */
  readonly primaryService: string;
}

/** Everything one member's pgEdge release is rendered from. */
export interface MemberValuesInput {
  readonly appName: string;
  readonly node: PostgresNodeSpec;
  readonly others: readonly PostgresNodeSpec[];
  readonly initSpock: boolean;
  readonly initSpockSeconds: number;
  readonly instances: number;
  readonly storageSize: string;
  readonly storageClass?: string;
  readonly parameters: Record<string, string>;
  readonly superuserAccess: boolean;
  readonly bootstrapFrom?: string;
  readonly objectStoreName?: string;
  readonly snowflakeExtension: boolean;
}

/** The client certificates the chart would issue itself (`provisionCerts`), issued here from the shared CA. */
export function clientCertificates(adminUser = 'admin', appOwner = 'app'): KubernetesObject[] {
  const cert = (secretName: string, commonName: string, reload = false): KubernetesObject => ({
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: secretName },
    spec: {
      secretName,
      commonName,
      usages: ['client auth'],
      issuerRef: { name: CLIENT_CA_ISSUER, kind: 'Issuer', group: 'cert-manager.io' },
      privateKey: { rotationPolicy: 'Never' },
      ...(reload ? { secretTemplate: { labels: { 'cnpg.io/reload': '' } } } : {}),
    },
  });
  return [
    { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: CLIENT_CA_ISSUER }, spec: { ca: { secretName: CERT_SECRETS.clientCa } } },
    cert(CERT_SECRETS.replication, 'streaming_replica', true),
    cert(CERT_SECRETS.pgedge, 'pgedge'),
    cert(CERT_SECRETS.admin, adminUser),
    cert(CERT_SECRETS.app, appOwner),
  ];
}

/** The pgEdge chart values of one member: its own node, every other member as an external node. */
export function memberValues(v: MemberValuesInput): HelmValues {
  const n = v.node;
  const nodeClusterSpec: HelmValues = {
    managed: {
      services: {
        additional: [{
          selectorType: 'rw',
          updateStrategy: 'patch',
          serviceTemplate: { metadata: { name: n.primaryService }, spec: { clusterIP: 'None' } },
        }],
      },
    },
    ...(v.objectStoreName ? {
      plugins: [{ name: BARMAN_PLUGIN_NAME, isWALArchiver: true, parameters: { barmanObjectName: v.objectStoreName } }],
    } : {}),
  };
  const storage: HelmValues = { size: v.storageSize, ...(v.storageClass ? { storageClass: v.storageClass } : {}) };
  return {
    pgEdge: {
      appName: v.appName,
      provisionCerts: false,
      initSpock: v.initSpock,
      initSpockJobConfig: { timeout: v.initSpockSeconds },
      nodes: [{
        name: n.name,
        hostname: n.hostname,
        internalHostname: n.internalHostname,
        ordinal: n.ordinal,
        ...(v.bootstrapFrom ? { bootstrap: { mode: 'spock', sourceNode: v.bootstrapFrom } } : {}),
        clusterSpec: nodeClusterSpec,
      }],
      externalNodes: v.others.map((o) => ({ name: o.name, hostname: o.hostname, ordinal: o.ordinal })),
      clusterSpec: {
        instances: v.instances,
        enableSuperuserAccess: v.superuserAccess,
        storage,
        ...(Object.keys(v.parameters).length > 0 ? { postgresql: { parameters: { ...v.parameters } } } : {}),
        // The chart's list holds only CREATE EXTENSION spock; lists replace, so it is repeated here.
        ...(v.snowflakeExtension ? { bootstrap: { initdb: { postInitApplicationSQL: ['CREATE EXTENSION spock;', 'CREATE EXTENSION snowflake;'] } } } : {}),
      },
      extraResources: clientCertificates() as unknown as HelmValues[],
    },
  };
}

/** The Barman Cloud `ObjectStore` a member's node archives into. */
export function objectStore(name: string, namespace: string, a: {
  destinationPath: string; endpointUrl?: string; credentialsSecretName: string; accessKeyIdKey: string; secretAccessKeyKey: string; retentionPolicy: string;
}): KubernetesObject {
  return {
    apiVersion: 'barmancloud.cnpg.io/v1',
    kind: 'ObjectStore',
    metadata: { name, namespace },
    spec: {
      retentionPolicy: a.retentionPolicy,
      configuration: {
        destinationPath: a.destinationPath,
        ...(a.endpointUrl ? { endpointURL: a.endpointUrl } : {}),
        s3Credentials: {
          accessKeyId: { name: a.credentialsSecretName, key: a.accessKeyIdKey },
          secretAccessKey: { name: a.credentialsSecretName, key: a.secretAccessKeyKey },
        },
        wal: { compression: 'gzip' },
      },
    },
  };
}
