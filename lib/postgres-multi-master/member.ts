import { Construct } from 'constructs';
import { NamespaceV1Resource, SecretV1Resource } from '../core/kubernetes-resources';
import { CertManager } from '../addons/cert-manager';
import type { ICluster } from '../core/cluster';
import { ClusterManifest } from '../core/cluster-manifest';
import { HelmAddOn, HelmValues } from '../core/helm-addon';
import { assertPlacement } from '../core/placement';
import { addDependsOn } from '../core/private/dependable';
import { mergeValues } from '../core/private/values';
import type { PostgresClientCa } from './props';
import { BARMAN_PLUGIN_CHART, CERT_SECRETS, CNPG_CHART, PGEDGE_CHART } from './private/charts';
import { memberValues, MemberValuesInput, PostgresNodeSpec, objectStore } from './private/values';

/** A member's WAL archive, resolved. */
export interface PostgresWalArchiveSettings {
  readonly destinationPath: string;
  readonly endpointUrl?: string;
  readonly credentialsSecretName: string;
  readonly accessKeyIdKey: string;
  readonly secretAccessKeyKey: string;
  readonly retentionPolicy: string;
  readonly pluginVersion: string;
}

/** Props of {@link PostgresMemberPart}: everything resolved by {@link PostgresMultiMaster}. */
export interface PostgresMemberPartProps extends Omit<MemberValuesInput, 'objectStoreName'> {
  readonly cluster: ICluster;
  readonly namespace: string;
  readonly version: string;
  readonly operatorVersion: string;
  readonly clientCa: PostgresClientCa;
  readonly releaseTimeoutSeconds: number;
  readonly walArchive?: PostgresWalArchiveSettings;
  readonly values?: HelmValues;
}

/**
 * One member's part of a {@link PostgresMultiMaster}, in the member's stack: namespace, the shared
 * client CA as a Secret, cert-manager (shared), the CloudNativePG operator, optionally the Barman
 * Cloud plugin and an ObjectStore, and the pgEdge release with this member's node.
 */
export class PostgresMemberPart extends Construct {
  /** The member cluster. */
  public readonly cluster: ICluster;
  /** The pgEdge node this member runs (name, ordinal, hostnames). */
  public readonly pgNode: PostgresNodeSpec;
  /** Name of the CNPG cluster (`<appName>-<nodeName>`). */
  public readonly cnpgClusterName: string;
  /**
   * The Secret CNPG creates for the `app` user (`<cnpgCluster>-app`: password and URIs). It never
   * leaves the cluster. The chart's pg_hba takes only certificates for `app` over TLS, so
   * applications normally use {@link appClientCertSecretName}.
   */
  public readonly appSecretName: string;
  /** The Secret with the `app` user's client certificate (`tls.crt`, `tls.key`, `ca.crt`), issued in this member. */
  public readonly appClientCertSecretName: string = CERT_SECRETS.app;
  /** The local service applications connect to (`<cnpgCluster>-rw`, port 5432, database `app`). */
  public readonly serviceName: string;
  /** Whether this member's release runs the `init-spock` job (the last member). */
  public readonly runsInitSpock: boolean;
  /** The CloudNativePG operator release. */
  public readonly operator: HelmAddOn;
  /** The pgEdge release (escape hatch: `addValues`). */
  public readonly release: HelmAddOn;
  /** The Barman Cloud plugin release, with WAL archiving. */
  public readonly barmanPlugin?: HelmAddOn;
  /** The ObjectStore, with WAL archiving. */
  public readonly objectStore?: ClusterManifest;

  constructor(scope: Construct, id: string, props: PostgresMemberPartProps) {
    super(scope, id);
    assertPlacement(this, props.cluster);
    const cluster = props.cluster;
    this.cluster = cluster;
    this.pgNode = props.node;
    this.cnpgClusterName = `${props.appName}-${props.node.name}`;
    this.appSecretName = `${this.cnpgClusterName}-app`;
    this.serviceName = props.node.internalHostname;
    this.runsInitSpock = props.initSpock;

    const namespace = new NamespaceV1Resource(this, 'namespace', {
      provider: cluster.kubernetesProvider,
      metadata: { name: props.namespace },
    });
    addDependsOn(namespace, () => cluster.readiness);
    const crt = props.clientCa.certificate.value;
    const clientCa = new SecretV1Resource(this, 'client-ca', {
      provider: cluster.kubernetesProvider,
      metadata: { name: CERT_SECRETS.clientCa, namespace: props.namespace, labels: { 'cnpg.io/reload': '' } },
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': crt, 'tls.key': props.clientCa.privateKey.value, 'ca.crt': crt },
      dependsOn: [namespace],
    });

    const certManager = CertManager.of(cluster);
    this.operator = new HelmAddOn(this, 'cloudnative-pg', {
      cluster,
      chart: CNPG_CHART,
      version: props.operatorVersion,
      releaseName: 'cnpg',
      namespace: 'cnpg-system',
      providesCrds: true,
      values: { crds: { create: true } },
    });
    // After cert-manager and whatever the cluster must have ready first (node pools), read at synth.
    this.operator.addLateDependency(() => [certManager, ...cluster.readiness]);

    let objectStoreName: string | undefined;
    const after: HelmAddOn[] = [this.operator, certManager];
    const extra: ClusterManifest[] = [];
    if (props.walArchive) {
      const a = props.walArchive;
      this.barmanPlugin = new HelmAddOn(this, 'barman-cloud', {
        cluster,
        chart: BARMAN_PLUGIN_CHART,
        version: a.pluginVersion,
        releaseName: 'barman-cloud',
        // The plugin runs beside the operator it extends.
        namespace: 'cnpg-system',
        createNamespace: false,
        providesCrds: true,
        dependsOn: [this.operator, certManager],
      });
      objectStoreName = `${this.cnpgClusterName}-wal`;
      this.objectStore = new ClusterManifest(this, 'object-store', {
        cluster,
        manifest: objectStore(objectStoreName, props.namespace, a),
        requires: [this.barmanPlugin],
        dependsOn: [namespace],
      });
      after.push(this.barmanPlugin);
      extra.push(this.objectStore);
    }

    const values = memberValues({ ...props, objectStoreName });
    this.release = new HelmAddOn(this, 'pgedge', {
      cluster,
      chart: PGEDGE_CHART,
      version: props.version,
      releaseName: props.appName,
      namespace: props.namespace,
      createNamespace: false,
      timeoutSeconds: props.releaseTimeoutSeconds,
      values: props.values ? mergeValues(values, props.values) : values,
      dependsOn: [...after, ...extra, clientCa],
    });
  }
}
