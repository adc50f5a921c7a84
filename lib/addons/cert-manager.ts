import { Construct } from 'constructs';
import { ICluster } from '../core/cluster';
import { Problems } from '../core/errors';
import { HelmAddOn, HelmAddOnOptions, HelmValues } from '../core/helm-addon';
import { mergeValues } from '../core/private/values';

/** Options of {@link CertManager}. */
export interface CertManagerOptions extends HelmAddOnOptions {
  /** Controller replicas (production: 2 or more). @default 1 */
  readonly replicas?: number;
}

/** Props of {@link CertManager}. */
export interface CertManagerProps extends CertManagerOptions {
  /** The cluster to install into. */
  readonly cluster: ICluster;
}

/**
 * cert-manager (chart v1.21.1, CRDs installed and kept by the chart). Operators that run
 * webhooks (k8ssandra-operator, CloudNativePG with pgEdge) need its CRDs before they install.
 *
 * A cluster runs one cert-manager: several constructs that need it share one release through
 * {@link CertManager.of}, which creates it under the cluster the first time and returns it after.
 * @see https://cert-manager.io/docs/installation/helm/
 */
export class CertManager extends HelmAddOn {
  /** The chart this library pins. */
  public static readonly CHART = { chart: 'cert-manager', repository: 'https://charts.jetstack.io', version: 'v1.21.1' };
  /** The construct id of the shared release under a cluster. */
  public static readonly ID = 'cert-manager';

  /**
   * The cluster's shared cert-manager: created under the cluster (in its stack) on the first call,
   * the same release on every later call. Options count only on the first call.
   */
  public static of(cluster: ICluster, options: CertManagerOptions = {}): CertManager {
    const existing = cluster.node.tryFindChild(CertManager.ID);
    if (existing instanceof CertManager) return existing;
    return new CertManager(cluster, CertManager.ID, { ...options, cluster });
  }

  constructor(scope: Construct, id: string, props: CertManagerProps) {
    const replicas = props.replicas ?? 1;
    const problems = new Problems(`${scope.node.path}/${id}`);
    problems.checkValue('REPLICAS', 'replicas', replicas, (r) => Number.isInteger(r) && r >= 1 && r <= 10, 'a whole number from 1 to 10');
    problems.throwIfAny();
    const values: HelmValues = {
      crds: { enabled: true, keep: true },
      replicaCount: replicas,
    };
    super(scope, id, {
      ...props,
      chart: CertManager.CHART,
      releaseName: props.releaseName ?? 'cert-manager',
      namespace: props.namespace ?? 'cert-manager',
      providesCrds: true,
      values: mergeValues(values, props.values ?? {}),
    });
  }
}
