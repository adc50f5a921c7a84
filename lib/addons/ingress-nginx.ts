import { Construct } from 'constructs';
import { ICluster } from '../core/cluster';
import { Problems } from '../core/errors';
import { HelmAddOn, HelmAddOnOptions, HelmValues } from '../core/helm-addon';
import { mergeValues } from '../core/private/values';

/** Props of {@link IngressNginx}. */
export interface IngressNginxProps extends HelmAddOnOptions {
  /** The cluster to install into. */
  readonly cluster: ICluster;
  /** IngressClass name the controller serves. @default - the cluster's ingress class */
  readonly ingressClassName?: string;
  /** Controller replicas. @default 2 */
  readonly replicas?: number;
  /** Annotations on the controller's LoadBalancer Service (cloud load-balancer settings). @default - none */
  readonly serviceAnnotations?: Record<string, string>;
  /** Make the IngressClass the cluster default. @default false */
  readonly defaultClass?: boolean;
}

/**
 * ingress-nginx (chart 4.15.1) with `publishService` on, so Ingress status carries the load
 * balancer's address that traffic managers read back.
 *
 * Limit: upstream ingress-nginx is retired (best-effort maintenance ended March 2026).
 * @see https://kubernetes.github.io/ingress-nginx
 */
export class IngressNginx extends HelmAddOn {
  /** The chart this library pins. */
  public static readonly CHART = { chart: 'ingress-nginx', repository: 'https://kubernetes.github.io/ingress-nginx', version: '4.15.1' };

  /** IngressClass name served. */
  public readonly ingressClassName: string;

  constructor(scope: Construct, id: string, props: IngressNginxProps) {
    const className = props.ingressClassName ?? props.cluster.ingress.className;
    const replicas = props.replicas ?? 2;
    const problems = new Problems(`${scope.node.path}/${id}`);
    problems.check(Number.isInteger(replicas) && replicas >= 1 && replicas <= 20, 'REPLICAS', 'replicas', replicas, 'a whole number from 1 to 20');
    problems.throwIfAny();
    const values: HelmValues = {
      controller: {
        replicaCount: replicas,
        publishService: { enabled: true },
        ingressClassResource: { name: className, enabled: true, default: props.defaultClass ?? false },
        ingressClass: className,
        service: { type: 'LoadBalancer', annotations: props.serviceAnnotations ?? {} },
      },
    };
    super(scope, id, {
      ...props,
      chart: IngressNginx.CHART,
      releaseName: props.releaseName ?? 'ingress-nginx',
      namespace: props.namespace ?? 'ingress-nginx',
      values: mergeValues(values, props.values ?? {}),
    });
    this.ingressClassName = className;
  }
}
