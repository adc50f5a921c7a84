import { Fn, TerraformLocal, Token } from 'cdktf';
import { Construct } from 'constructs';
import { SecretV1Resource } from '../core/kubernetes-resources';
import { CertManager } from '../addons/cert-manager';
import { ICluster } from '../core/cluster';
import { ClusterManifest, KubernetesObject } from '../core/cluster-manifest';
import { HelmAddOn } from '../core/helm-addon';
import { assertPlacement } from '../core/placement';
import { Secret } from '../core/secrets';

/** The k8ssandra-operator chart's repository. */
export const K8SSANDRA_REPOSITORY = 'https://helm.k8ssandra.io/stable';
/**
 * The operator's release name and `fullnameOverride`: the chart names its ServiceAccount after it,
 * and the control plane's token belongs to that ServiceAccount (what `kubectl k8ssandra register` does).
 */
export const K8SSANDRA_OPERATOR_NAME = 'k8ssandra-operator';

/** Options every member part shares. */
export interface CassandraMemberOptions {
  /** The member cluster. */
  readonly cluster: ICluster;
  /** Namespace of the operator (and of everything this construct creates in the cluster). */
  readonly namespace: string;
  /** k8ssandra-operator chart version. */
  readonly operatorVersion: string;
}

/**
 * What every member of a {@link CassandraMultiDc} runs: the cluster's shared cert-manager, then
 * k8ssandra-operator (control plane on the management cluster, data plane elsewhere).
 */
export abstract class CassandraMemberPart extends Construct {
  /** The member cluster. */
  public readonly cluster: ICluster;
  /** The cluster's shared cert-manager release (the operator's webhooks need its CRDs first). */
  public readonly certManager: CertManager;
  /** The k8ssandra-operator release. */
  public readonly operator: HelmAddOn;
  /** The operator's namespace. */
  public readonly namespace: string;

  protected constructor(scope: Construct, id: string, options: CassandraMemberOptions, controlPlane: boolean) {
    super(scope, id);
    assertPlacement(this, options.cluster);
    this.cluster = options.cluster;
    this.namespace = options.namespace;
    this.certManager = CertManager.of(options.cluster);
    this.operator = new HelmAddOn(this, 'operator', {
      cluster: options.cluster,
      chart: { chart: 'k8ssandra-operator', repository: K8SSANDRA_REPOSITORY, version: options.operatorVersion },
      releaseName: K8SSANDRA_OPERATOR_NAME,
      namespace: options.namespace,
      providesCrds: true,
      values: {
        controlPlane,
        fullnameOverride: K8SSANDRA_OPERATOR_NAME,
        // The chart's values.yaml says `latest`; pin the image to the chart version.
        image: { tag: `v${options.operatorVersion}` },
      },
    });
    const certManager = this.certManager;
    this.operator.addLateDependency(() => [certManager, ...options.cluster.readiness]);
  }
}

/** Options of a {@link CassandraDatacenterPart}. */
export interface CassandraDatacenterPartOptions extends CassandraMemberOptions {
  /** Datacenter name. */
  readonly datacenterName: string;
  /** The context name the control plane uses for this cluster. */
  readonly k8sContext: string;
  /** The API server URL as the management cluster's pods reach it. */
  readonly apiServerUrl: string;
}

/**
 * A data plane: the operator with `controlPlane: false`, and what `kubectl k8ssandra register`
 * would create on this side: a service-account token Secret for the operator's ServiceAccount (the
 * chart creates the ServiceAccount and its RBAC), and from it a kubeconfig for the control plane.
 * The kubeconfig is a sensitive value of this stack; the management stack reads it (one way).
 */
export class CassandraDatacenterPart extends CassandraMemberPart {
  /** The `kubernetes.io/service-account-token` Secret the control plane's kubeconfig is built from. */
  public readonly tokenSecret: SecretV1Resource;
  /** The kubeconfig (token, cluster CA, API server URL; cluster, user and context named {@link k8sContext}). */
  public readonly kubeconfig: Secret;
  /** The datacenter name. */
  public readonly datacenterName: string;
  /** The context name the control plane knows this cluster by. */
  public readonly k8sContext: string;
  /** The API server URL in the kubeconfig. */
  public readonly apiServerUrl: string;

  constructor(scope: Construct, id: string, options: CassandraDatacenterPartOptions) {
    super(scope, id, options, false);
    this.datacenterName = options.datacenterName;
    this.k8sContext = options.k8sContext;
    this.apiServerUrl = options.apiServerUrl;
    this.tokenSecret = new SecretV1Resource(this, 'control-plane-token', {
      provider: options.cluster.kubernetesProvider,
      metadata: {
        name: `${K8SSANDRA_OPERATOR_NAME}-control-plane-token`,
        namespace: options.namespace,
        annotations: { 'kubernetes.io/service-account.name': K8SSANDRA_OPERATOR_NAME },
      },
      type: 'kubernetes.io/service-account-token',
      waitForServiceAccountToken: true,
      dependsOn: [this.operator],
    });
    const ctx = options.k8sContext;
    const kubeconfig = new TerraformLocal(this, 'kubeconfig', Fn.jsonencode({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: ctx, cluster: { server: options.apiServerUrl, 'certificate-authority-data': Fn.base64encode(Token.asString(Fn.lookup(this.tokenSecret.data, 'ca.crt'))) } }],
      users: [{ name: ctx, user: { token: Token.asString(Fn.lookup(this.tokenSecret.data, 'token')) } }],
      contexts: [{ name: ctx, context: { cluster: ctx, user: ctx, namespace: options.namespace } }],
      'current-context': ctx,
    }));
    this.kubeconfig = Secret.fromReference(kubeconfig.asString, `${this.node.path}/kubeconfig`);
  }
}

/**
 * The management cluster: the operator's control plane, and per datacenter the other half of the
 * registration (an Opaque Secret with key `kubeconfig`, a `ClientConfig` whose context name is the
 * datacenter's `k8sContext`), then the `K8ssandraCluster`.
 */
export class CassandraManagementPart extends CassandraMemberPart {
  /** The kubeconfig Secrets, one per datacenter, in datacenter order. */
  public readonly kubeconfigSecrets: SecretV1Resource[] = [];
  /** The `ClientConfig`s, one per datacenter. */
  public readonly clientConfigs: ClusterManifest[] = [];
  private cassandra?: ClusterManifest;

  constructor(scope: Construct, id: string, options: CassandraMemberOptions) {
    super(scope, id, options, true);
  }

  /** The `K8ssandraCluster` (after the construct created it). */
  public get k8ssandraCluster(): ClusterManifest {
    if (!this.cassandra) throw new Error(`${this.node.path}: the K8ssandraCluster is not created yet`);
    return this.cassandra;
  }

  /** Registers a data plane: its kubeconfig as a Secret here, and a ClientConfig pointing at it. */
  public registerDatacenter(dc: CassandraDatacenterPart): void {
    const name = dc.k8sContext; // a literal: CassandraMultiDc refuses tokens (CASSANDRA_DC_NAME_UNRESOLVED)
    const secret = new SecretV1Resource(this, `kubeconfig-${name}`, {
      provider: this.cluster.kubernetesProvider,
      metadata: { name, namespace: this.namespace, labels: { 'app.kubernetes.io/managed-by': 'cdktf-multiregion' } },
      type: 'Opaque',
      data: { kubeconfig: dc.kubeconfig.value },
      dependsOn: [this.operator],
    });
    this.kubeconfigSecrets.push(secret);
    this.clientConfigs.push(new ClusterManifest(this, `clientconfig-${name}`, {
      cluster: this.cluster,
      manifest: {
        apiVersion: 'config.k8ssandra.io/v1beta1',
        kind: 'ClientConfig',
        metadata: { name, namespace: this.namespace },
        spec: { contextName: name, kubeConfigSecret: { name } },
      },
      requires: [this.operator],
      dependsOn: [secret],
    }));
  }

  /** Creates the `K8ssandraCluster`, after every ClientConfig and kubeconfig Secret. */
  public createCluster(manifest: KubernetesObject): ClusterManifest {
    this.cassandra = new ClusterManifest(this, 'k8ssandra-cluster', {
      cluster: this.cluster,
      manifest,
      requires: [this.operator],
      dependsOn: [...this.kubeconfigSecrets, ...this.clientConfigs],
    });
    return this.cassandra;
  }
}
