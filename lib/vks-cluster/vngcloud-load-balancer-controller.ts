import { Construct } from 'constructs';
import { ICluster } from '../core/cluster';
import { isUnresolved, Problems } from '../core/errors';
import { HelmAddOn, HelmAddOnOptions, HelmValues } from '../core/helm-addon';
import { mergeValues } from '../core/private/values';
import { Secret } from '../core/secrets';
import { vngcloudEndpoints } from './regions';

/** A VNG Cloud IAM service account's client credentials, kept out of the synthesized JSON. */
export interface VngcloudCredentials {
  /** Client ID of the service account. */
  readonly clientId: Secret;
  /** Client secret of the service account. */
  readonly clientSecret: Secret;
}

/** Whether load balancers the controller creates face the internet. */
export enum VngcloudLoadBalancerScheme {
  /** Public address (`Internet`). */
  INTERNET = 'Internet',
  /** Address inside the VPC only (`Internal`). */
  INTERNAL = 'Internal',
}

/** Load-balancer controller settings a cluster construct passes through. */
export interface VngcloudLoadBalancerControllerOptions extends HelmAddOnOptions {
  /**
   * IAM service-account credentials the controller uses to create vLB load balancers. They end up
   * in a Kubernetes Secret in the cluster, so use a service account limited to vLB/vServer, not
   * the account that runs Terraform. Required: the chart's defaults are empty and the controller
   * fails at runtime without them.
   */
  readonly credentials?: VngcloudCredentials;
  /**
   * vServer API the controller calls (`mysecret.global.vserverURL`).
   * @default - the region's endpoint for HCM03 and HAN01 ('https://hcm-3.api.vngcloud.vn/vserver', 'https://han-1.api.vngcloud.vn/vserver'); required elsewhere
   */
  readonly vserverUrl?: string;
  /** IAM API (`mysecret.global.identityURL`). @default 'https://iamapis.vngcloud.vn/accounts-api' */
  readonly identityUrl?: string;
  /** Scheme of new load balancers (`mysecret.loadBalancerOpts.defaultScheme`). @default VngcloudLoadBalancerScheme.INTERNET */
  readonly defaultScheme?: VngcloudLoadBalancerScheme;
  /** vLB package for layer-4 (Service) load balancers. @default 'NLB_Small' */
  readonly layer4PackageName?: string;
  /** vLB package for layer-7 (Ingress) load balancers. @default 'ALB_Small' */
  readonly layer7PackageName?: string;
  /** CIDRs allowed to reach new load balancers' listeners (`defaultAllowedCidrs`). @default ['0.0.0.0/0'] */
  readonly allowedCidrs?: string[];
}

/** Props of {@link VngcloudLoadBalancerController}. */
export interface VngcloudLoadBalancerControllerProps extends VngcloudLoadBalancerControllerOptions {
  /** The cluster to install into. */
  readonly cluster: ICluster;
  /** VKS cluster ID (`mysecret.cluster.clusterID`), e.g. a `vngcloud_vks_cluster`'s `id`. */
  readonly clusterId: string;
  /** VNG Cloud region code (`mysecret.cluster.region`), e.g. `HCM03`. @default - the cluster's region */
  readonly region?: string;
}

/**
 * VNG Cloud load-balancer controller (OCI chart
 * `oci://vcr.vngcloud.vn/81-vks-public/vks-helm-charts/vngcloud-load-balancer-controller` 0.3.24):
 * turns `Service type: LoadBalancer` and Ingresses into vLB load balancers.
 *
 * Credentials go through Helm `set_sensitive` (`mysecret.global.clientID|clientSecret`), never into
 * the values JSON. `vserverURL` lives under `mysecret.global` in the chart (the seed's command puts
 * it under `mysecret.cluster`, where the chart ignores it).
 * @see https://docs.vngcloud.vn/vng-cloud-document/vks/network/lam-viec-voi-application-load-balancer-alb
 */
export class VngcloudLoadBalancerController extends HelmAddOn {
  /** The chart this library pins. */
  public static readonly CHART = {
    chart: 'oci://vcr.vngcloud.vn/81-vks-public/vks-helm-charts/vngcloud-load-balancer-controller',
    version: '0.3.24',
  };

  constructor(scope: Construct, id: string, props: VngcloudLoadBalancerControllerProps) {
    const problems = new Problems(`${scope.node.path}/${id}`);
    problems.check(!!props.credentials?.clientId && !!props.credentials?.clientSecret, 'LB_CONTROLLER_CREDENTIALS_MISSING',
      'credentials', props.credentials === undefined ? undefined : '<incomplete>',
      "{ clientId, clientSecret } as Secrets, e.g. Secret.variable(stack, 'vks_lb_client_id', ...); the controller cannot create load balancers without them");
    problems.check(isUnresolved(props.clusterId) || (props.clusterId ?? '').length > 0, 'LB_CONTROLLER_CLUSTER_ID', 'clusterId',
      props.clusterId, "the VKS cluster's ID (a vngcloud_vks_cluster's id)");
    for (const [prop, url] of [['vserverUrl', props.vserverUrl], ['identityUrl', props.identityUrl]] as const) {
      if (url === undefined || isUnresolved(url)) continue;
      problems.check(/^https:\/\/[^\s/]+(\/\S*)?$/.test(url) && !url.endsWith('/'), 'LB_CONTROLLER_URL', prop, url,
        'an https:// URL without a trailing slash, e.g. https://hcm-3.api.vngcloud.vn/vserver');
    }
    const region = props.region ?? props.cluster.region;
    const known = isUnresolved(region) ? undefined : vngcloudEndpoints(region);
    if (props.vserverUrl === undefined) {
      problems.check(!!known, 'LB_CONTROLLER_REGION_UNKNOWN', 'vserverUrl', undefined,
        `the vServer API URL of region '${region}' (known regions: HCM03, HAN01), e.g. https://hcm-3.api.vngcloud.vn/vserver`);
    }
    problems.throwIfAny();

    const values: HelmValues = {
      mysecret: {
        cluster: { clusterID: props.clusterId, region },
        global: {
          identityURL: props.identityUrl ?? known?.identity ?? 'https://iamapis.vngcloud.vn/accounts-api',
          vserverURL: props.vserverUrl ?? known!.vserver,
        },
        loadBalancerOpts: {
          defaultScheme: props.defaultScheme ?? VngcloudLoadBalancerScheme.INTERNET,
          defaultL4PackageName: props.layer4PackageName ?? 'NLB_Small',
          defaultL7PackageName: props.layer7PackageName ?? 'ALB_Small',
          defaultAllowedCidrs: (props.allowedCidrs ?? ['0.0.0.0/0']).join(','),
        },
      },
    };
    super(scope, id, {
      ...props,
      chart: VngcloudLoadBalancerController.CHART,
      releaseName: props.releaseName ?? 'vngcloud-load-balancer-controller',
      namespace: props.namespace ?? 'kube-system',
      createNamespace: props.createNamespace ?? false,
      values: mergeValues(values, props.values ?? {}),
      sensitiveValues: {
        'mysecret.global.clientID': props.credentials!.clientId,
        'mysecret.global.clientSecret': props.credentials!.clientSecret,
      },
    });
  }
}
