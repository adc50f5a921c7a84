import { ITerraformDependable, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { checkCidrs } from './cidr';
import { ClusterIngress, ClusterPlatform, ICluster, IngressAddressType } from './cluster';
import { isUnresolved, Problems } from './errors';
import { defaultGpuResourceNames, GpuCapabilities, GpuSharing } from './gpu';
import { checkName, DNS_LABEL, toIdentifier } from './naming';
import { createClusterProviders } from './private/providers';

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
export class ExistingCluster extends Construct implements ICluster {
  public readonly clusterName: string;
  public readonly region: string;
  public readonly platform = ClusterPlatform.EXISTING;
  public readonly stack: TerraformStack;
  public readonly kubernetesProvider: KubernetesProvider;
  public readonly helmProvider: HelmProvider;
  public readonly podCidr: string;
  public readonly serviceCidr: string;
  public readonly gpu: GpuCapabilities;
  public readonly ingress: ClusterIngress;
  public readonly readiness: ITerraformDependable[] = [];
  /** The variable holding the kubeconfig path. */
  public readonly kubeconfigPathVariable: TerraformVariable;

  constructor(scope: Construct, id: string, props: ExistingClusterProps) {
    super(scope, id);
    const problems = new Problems(this.node.path);
    problems.addAll(checkName('clusterName', props.clusterName, DNS_LABEL));
    problems.check(isUnresolved(props.region) || /^[a-z0-9][a-z0-9-]{0,62}$/i.test(props.region), 'REGION_INVALID', 'region', props.region,
      "a region label of letters, digits and '-'");
    problems.check(isUnresolved(props.kubeContext) || (props.kubeContext ?? '').length > 0, 'KUBE_CONTEXT_MISSING', 'kubeContext',
      props.kubeContext, 'the name of a context in the kubeconfig');
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

    this.clusterName = props.clusterName;
    this.region = props.region;
    this.stack = TerraformStack.of(this);
    this.podCidr = props.podCidr;
    this.serviceCidr = props.serviceCidr;
    this.gpu = props.gpu ?? { sharing: GpuSharing.NONE, resourceNames: defaultGpuResourceNames(GpuSharing.NONE) };
    this.ingress = {
      className: props.ingressClassName ?? 'nginx',
      addressType: props.ingressAddressType ?? IngressAddressType.IPV4,
    };

    this.kubeconfigPathVariable = new TerraformVariable(this, 'kubeconfig-path', {
      type: 'string',
      default: props.kubeconfigPath ?? '~/.kube/config',
      description: `Path of the kubeconfig file that reaches cluster ${props.clusterName} (context ${props.kubeContext}).`,
    });
    this.kubeconfigPathVariable.overrideLogicalId(`${toIdentifier(props.clusterName)}_kubeconfig_path`);

    const providers = createClusterProviders(this, props.clusterName, {
      configPath: this.kubeconfigPathVariable.stringValue,
      configContext: props.kubeContext,
    });
    this.kubernetesProvider = providers.kubernetes;
    this.helmProvider = providers.helm;
  }
}
