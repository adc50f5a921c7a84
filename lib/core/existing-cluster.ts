import { TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { checkCidrs } from './cidr';
import { ClusterCni, ClusterIngress, ClusterPlatform, IngressAddressType, KubernetesDistribution } from './cluster';
import { ClusterBase } from './cluster-base';
import { Problems } from './errors';
import { defaultGpuResourceNames, GpuCapabilities, GpuSharing } from './gpu';
import { checkName, DNS_LABEL } from './naming';

/** Props of {@link ExistingCluster}. */
export interface ExistingClusterProps {
  /** Cluster name: a DNS label, unique across the app (e.g. `fsn1`, `mn-onprem`). */
  readonly clusterName: string;
  /** Region label used for routing and naming, e.g. `eu-central`, `fsn1`. */
  readonly region: string;
  /** Context in the kubeconfig to use. */
  readonly kubeContext: string;
  /**
   * Default kubeconfig path. It is the default of a Terraform variable
   * `<cluster>_kubeconfig_path`, so CI can point it elsewhere (`TF_VAR_<cluster>_kubeconfig_path`).
   * The file itself is read by the providers at plan/apply time; its credentials never enter the
   * synthesized JSON. @default '~/.kube/config'
   */
  readonly kubeconfigPath?: string;
  /** Pod CIDR (k3s default `10.42.0.0/16`). No default: cross-cluster routes depend on it being right. */
  readonly podCidr: string;
  /** Service CIDR (k3s default `10.43.0.0/16`). */
  readonly serviceCidr: string;
  /** GPU capabilities of the cluster. @default - no GPUs (`GpuSharing.NONE`) */
  readonly gpu?: GpuCapabilities;
  /** Ingress class workloads use. @default 'nginx' */
  readonly ingressClassName?: string;
  /** What the ingress load balancer publishes. @default IngressAddressType.IPV4 */
  readonly ingressAddressType?: IngressAddressType;
  /**
   * The distribution the cluster runs; `K3S` lets DNS customisation use k3s's `coredns-custom`
   * ConfigMap. @default KubernetesDistribution.OTHER
   */
  readonly distribution?: KubernetesDistribution;
  /** The CNI the cluster runs (cross-cluster routing needs to know). @default ClusterCni.OTHER */
  readonly cni?: ClusterCni;
  /** The cluster's DNS domain. @default 'cluster.local' */
  readonly clusterDomain?: string;
}

/**
 * A cluster this library did not create (k3s on-prem, Hetzner, another cloud), reached through a
 * kubeconfig file and context. It implements the cluster contract, so every add-on, workload and
 * multi-cluster construct treats it like a managed cluster.
 *
 * @example
 * const fsn1 = new ExistingCluster(stack, 'fsn1', {
 *   clusterName: 'fsn1', region: 'eu-central', kubeContext: 'fsn1',
 *   podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16',
 * });
 */
export class ExistingCluster extends ClusterBase {
  public readonly gpu: GpuCapabilities;
  public readonly ingress: ClusterIngress;
  /** The variable holding the kubeconfig path (`<cluster>_kubeconfig_path`). */
  public readonly kubeconfigPathVariable: TerraformVariable;

  constructor(scope: Construct, id: string, props: ExistingClusterProps) {
    super(scope, id, {
      clusterName: props.clusterName,
      region: props.region,
      platform: ClusterPlatform.EXISTING,
      distribution: props.distribution ?? KubernetesDistribution.OTHER,
      cni: props.cni ?? ClusterCni.OTHER,
      podCidr: props.podCidr,
      serviceCidr: props.serviceCidr,
      clusterDomain: props.clusterDomain,
    });
    const problems = new Problems(this.node.path);
    problems.addAll(checkName('clusterName', props.clusterName, DNS_LABEL));
    problems.checkRequired('REGION_INVALID', 'region', props.region, (r) => /^[a-z0-9][a-z0-9-]{0,62}$/i.test(r),
      "a region label of letters, digits and '-'");
    problems.checkRequired('KUBE_CONTEXT_MISSING', 'kubeContext', props.kubeContext, (c) => c.length > 0, 'the name of a context in the kubeconfig');
    problems.checkValue('CLUSTER_DOMAIN_INVALID', 'clusterDomain', props.clusterDomain,
      (d) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(d), "a DNS domain such as 'cluster.local'");
    problems.checkValue('DISTRIBUTION_INVALID', 'distribution', props.distribution, (d) => Object.values(KubernetesDistribution).includes(d),
      `one of KubernetesDistribution.${Object.keys(KubernetesDistribution).join(', .')}`);
    problems.checkValue('CNI_INVALID', 'cni', props.cni, (c) => Object.values(ClusterCni).includes(c), `one of ClusterCni.${Object.keys(ClusterCni).join(', .')}`);
    problems.addAll(checkCidrs([
      { prop: 'podCidr', cidr: props.podCidr },
      { prop: 'serviceCidr', cidr: props.serviceCidr },
    ]));
    if (props.gpu) {
      problems.check(props.gpu.sharing !== GpuSharing.NONE || !props.gpu.nodeTypes?.length, 'GPU_SHARING_NONE_WITH_NODES', 'gpu.sharing',
        props.gpu.sharing, 'a sharing mode other than NONE when gpu.nodeTypes lists GPU nodes');
    }
    problems.check(!/[\n\r]/.test(props.kubeconfigPath ?? ''), 'KUBECONFIG_PATH', 'kubeconfigPath', '<multi-line text>',
      'a file path; pass the kubeconfig by path, never its content');
    problems.throwIfAny();

    this.gpu = props.gpu ?? { sharing: GpuSharing.NONE, resourceNames: defaultGpuResourceNames(GpuSharing.NONE) };
    this.ingress = {
      className: props.ingressClassName ?? 'nginx',
      addressType: props.ingressAddressType ?? IngressAddressType.IPV4,
    };

    this.kubeconfigPathVariable = new TerraformVariable(this, 'kubeconfig-path', {
      type: 'string',
      default: props.kubeconfigPath ?? '~/.kube/config',
      // A variable's description must be a literal: name the cluster by its construct id when its name is a token.
      description: `Path of the kubeconfig file that reaches cluster ${literalOr(props.clusterName, this.node.id)}` +
        `${Token.isUnresolved(props.kubeContext) ? '' : ` (context ${props.kubeContext})`}.`,
    });
    this.kubeconfigPathVariable.overrideLogicalId(`${this.identifier}_kubeconfig_path`);
    this.connect({ configPath: this.kubeconfigPathVariable.stringValue, configContext: props.kubeContext });
  }
}

function literalOr(value: string, fallback: string): string {
  return Token.isUnresolved(value) ? fallback : value;
}
