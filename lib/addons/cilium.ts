import { Construct } from 'constructs';
import { ClusterCni, ICluster } from '../core/cluster';
import { Problems } from '../core/errors';
import { HelmAddOn, HelmAddOnOptions, HelmValues } from '../core/helm-addon';
import { mergeValues } from '../core/private/values';

/** Options of {@link Cilium}. */
export interface CiliumOptions extends HelmAddOnOptions {
  /**
   * API server host Cilium talks to once kube-proxy is replaced. `auto` reads the
   * `cluster-info` ConfigMap (chart 1.19). @default 'auto'
   */
  readonly k8sServiceHost?: string;
  /** API server port (k3s: 6443). @default 6443 */
  readonly k8sServicePort?: number;
  /** cilium-operator replicas. @default 1 */
  readonly operatorReplicas?: number;
  /**
   * Host devices Cilium attaches to (`devices`; `+` is a prefix wildcard). Auto-detection never
   * picks `wt0`, so an egress gateway through NetBird needs an explicit list.
   * @default - auto-detected by Cilium
   */
  readonly devices?: string[];
}

/** Props of {@link Cilium}. */
export interface CiliumProps extends CiliumOptions {
  /** The cluster to install into (its pod CIDR becomes Cilium's cluster-pool range). */
  readonly cluster: ICluster;
}

/** The egress-gateway settings another construct asks of a library-managed Cilium. */
export interface CiliumEgressGatewaySettings {
  /** Host devices, including the gateway interface (e.g. `['eth+', 'ens+', 'enp+', 'wt0']`). */
  readonly devices: string[];
  /** Whether ClusterIPs must answer traffic from outside the cluster (`bpf.lbExternalClusterIP`). */
  readonly externalClusterIps: boolean;
}

/**
 * Cilium (chart 1.19.6) as the cluster's CNI, installed in `kube-system` with kube-proxy
 * replacement, eBPF masquerading and a cluster-pool IPAM range equal to the cluster's pod CIDR
 * (the chart's own default is 10.0.0.0/8, which silently disagrees with k3s's 10.42.0.0/16).
 *
 * For clusters whose CNI the library manages: k3s installed with `--flannel-backend=none
 * --disable-network-policy --disable-kube-proxy`. A cluster that declares another CNI
 * (`cluster.cni` FLANNEL, CALICO, TERWAY) is refused.
 *
 * One release per cluster: {@link Cilium.of} creates it under the cluster the first time.
 * @see https://docs.cilium.io/en/stable/installation/k3s/
 */
export class Cilium extends HelmAddOn {
  /** The chart this library pins. */
  public static readonly CHART = { chart: 'cilium', repository: 'https://helm.cilium.io', version: '1.19.6' };
  /** The construct id of the shared release under a cluster. */
  public static readonly ID = 'cilium';

  /** The cluster's Cilium release: created under the cluster on the first call (options count only then). */
  public static of(cluster: ICluster, options: CiliumOptions = {}): Cilium {
    return Cilium.find(cluster) ?? new Cilium(cluster, Cilium.ID, { ...options, cluster });
  }

  /** The cluster's library-managed Cilium, if any. */
  public static find(cluster: ICluster): Cilium | undefined {
    const existing = cluster.node.tryFindChild(Cilium.ID);
    return existing instanceof Cilium ? existing : undefined;
  }

  constructor(scope: Construct, id: string, props: CiliumProps) {
    const problems = new Problems(`${scope.node.path}/${id}`);
    const cni = props.cluster.cni;
    problems.check(cni === ClusterCni.CILIUM || cni === ClusterCni.OTHER, 'CILIUM_CNI_CONFLICT', 'cluster.cni', cni,
      'a cluster declared with cni ClusterCni.CILIUM (or OTHER, no CNI yet); a cluster running another CNI cannot also run Cilium');
    problems.checkValue('CILIUM_OPERATOR_REPLICAS', 'operatorReplicas', props.operatorReplicas,
      (r) => Number.isInteger(r) && r >= 1 && r <= 5, 'a whole number from 1 to 5');
    problems.checkValue('CILIUM_API_PORT', 'k8sServicePort', props.k8sServicePort,
      (p) => Number.isInteger(p) && p >= 1 && p <= 65535, 'a TCP port from 1 to 65535');
    problems.throwIfAny();
    const values: HelmValues = {
      kubeProxyReplacement: true,
      k8sServiceHost: props.k8sServiceHost ?? 'auto',
      k8sServicePort: props.k8sServicePort ?? 6443,
      ipam: { mode: 'cluster-pool', operator: { clusterPoolIPv4PodCIDRList: [props.cluster.podCidr] } },
      bpf: { masquerade: true },
      operator: { replicas: props.operatorReplicas ?? 1 },
      ...(props.devices ? { devices: [...props.devices] } : {}),
    };
    super(scope, id, {
      ...props,
      chart: Cilium.CHART,
      releaseName: props.releaseName ?? 'cilium',
      namespace: props.namespace ?? 'kube-system',
      createNamespace: false,
      providesCrds: true,
      values: mergeValues(values, props.values ?? {}),
    });
  }

  /**
   * Turns on the egress gateway (`egressGateway.enabled`, `bpf.masquerade`, kube-proxy
   * replacement) with the given devices, and legacy host routing: BPF host routing would forward
   * traffic arriving on a VPN interface past netfilter, skipping the masquerade and forward rules
   * a NetBird routing peer installs there. Cilium reads these at agent start: after the first
   * change, the cilium DaemonSet and operator restart (Helm rolls them).
   */
  public enableEgressGateway(settings: CiliumEgressGatewaySettings): void {
    const current = (this.renderedValues.devices as string[] | undefined) ?? [];
    const devices = [...current, ...settings.devices.filter((d) => !current.includes(d))];
    this.addValues({
      egressGateway: { enabled: true },
      kubeProxyReplacement: true,
      bpf: { masquerade: true, hostLegacyRouting: true, ...(settings.externalClusterIps ? { lbExternalClusterIP: true } : {}) },
      devices,
    });
  }
}
