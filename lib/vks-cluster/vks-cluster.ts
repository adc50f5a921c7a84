import { ITerraformDependable, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { VngcloudProvider } from '../../.gen/providers/vngcloud/provider';
import { VksCluster as VksClusterResource } from '../../.gen/providers/vngcloud/vks-cluster';
import { VserverNetwork } from '../../.gen/providers/vngcloud/vserver-network';
import { VserverSshkey } from '../../.gen/providers/vngcloud/vserver-sshkey';
import { VserverSubnet } from '../../.gen/providers/vngcloud/vserver-subnet';
import { NvidiaGpuOperator, NvidiaGpuOperatorProps } from '../addons/gpu-operator';
import { NodeToleration, renderTolerations, tolerationFor } from '../core/scheduling';
import { Hami, HamiOptions } from '../addons/hami';
import { IngressNginx, IngressNginxProps } from '../addons/ingress-nginx';
import {
  VngcloudCredentials, VngcloudLoadBalancerController, VngcloudLoadBalancerControllerOptions,
} from '../addons/vngcloud-load-balancer-controller';
import { ClusterCni, ClusterIngress, ClusterPlatform, IngressAddressType, KubernetesDistribution } from '../core/cluster';
import { ClusterBase } from '../core/cluster-base';
import { Problems } from '../core/errors';
import { defaultGpuResourceNames, GpuCapabilities, GpuNodeType, GpuSharing, GpuSpec } from '../core/gpu';
import { Secret } from '../core/secrets';
import { VKS_GPU_FLAVORS } from './flavors';
import { VksNodeGroup, VksNodeGroupOptions, VksNodeGroupProps } from './node-group';
import { clusterProblems, effectiveSharing } from './private/cluster-rules';
import { CHECKED_BY_CLUSTER, NodeGroupContext } from './private/context';
import { kubeconfigConnection } from './private/kubeconfig';
import { nodeGroupProblems } from './private/node-group-rules';
import { VngcloudEndpoints, vngcloudEndpoints } from './regions';
import { VKS_NETWORK_TYPE, VksNetwork, VksNetworkType } from './types';
import { ApiServerAccess } from '../core/cluster-options';

/** ingress-nginx settings of a {@link VksCluster}. */
export interface VksIngressOptions extends Omit<IngressNginxProps, 'cluster'> {
  /** Install ingress-nginx. @default true */
  readonly enabled?: boolean;
}

/** Props of {@link VksCluster}. */
export interface VksClusterProps {
  /** Cluster name, 5–20 characters of `[a-z0-9-]`. Changing it replaces the cluster. */
  readonly clusterName: string;
  /** VNG Cloud region: `HCM03` or `HAN01` (others need `apiEndpoints`). */
  readonly region: string;
  /**
   * Public or private API server. Required: there is no safe default. `PUBLIC` is limited by
   * `apiAllowedCidrs`; `PRIVATE` makes the API server reachable from the VPC only (`enable_private_cluster`).
   */
  readonly apiServerAccess: ApiServerAccess;
  /**
   * CIDRs allowed to reach the API server (`white_list_node_cidr`). Required for a public cluster;
   * `['0.0.0.0/0']` opens it to everyone. @default - VKS's default (private clusters only)
   */
  readonly apiAllowedCidrs?: string[];
  /** VPC and subnet: `VksNetwork.existing({...})` or `VksNetwork.create({...})`. */
  readonly network: VksNetwork;
  /** Pod CIDR (`cidr`), inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. Changing it replaces the cluster. */
  readonly podCidr: string;
  /**
   * Service CIDR the cluster uses. VKS does not let you choose it and the provider does not report
   * it: read it from the cluster (`kubectl get svc kubernetes -n default`, or the API server's
   * `--service-cluster-ip-range`) and state it here; cross-cluster routing depends on it.
   */
  readonly serviceCidr: string;
  /** Pod network. Changing it replaces the cluster. @default VksNetworkType.CALICO */
  readonly networkType?: VksNetworkType;
  /** Prefix length of each node's pod block, 17–26. @default 25 */
  readonly nodeNetmaskSize?: number;
  /** Secondary subnet CIDRs for pod IPs; required with CILIUM_NATIVE_ROUTING. @default - none */
  readonly secondarySubnets?: string[];
  /** Kubernetes version, e.g. `v1.29.13-vks.1740045600`. @default - the VKS default at create time */
  readonly kubernetesVersion?: string;
  /** Description, 0–255 characters of `[a-zA-Z0-9@._- ]`. @default - none */
  readonly description?: string;
  /** VNG Cloud project id (`pro-…`); needed to create a network or SSH key and to look flavors up by name. @default - none */
  readonly projectId?: string;
  /** Flavor zone name used to look flavors up by name. @default - none (node groups then need flavorId) */
  readonly flavorZone?: string;
  /** Existing SSH key id (`ssh-…`) for every node group. @default - none */
  readonly sshKeyId?: string;
  /** An OpenSSH public key to create (`vngcloud_vserver_sshkey`) and use for every node group. @default - none */
  readonly sshPublicKey?: string;
  /**
   * Credentials of the `vngcloud` provider this construct creates when the stack has none.
   * @default - sensitive variables `vngcloud_client_id` and `vngcloud_client_secret` (TF_VAR_…)
   */
  readonly credentials?: VngcloudCredentials;
  /** API endpoints, for regions the library does not know or to override them. @default - the region's endpoints */
  readonly apiEndpoints?: Partial<VngcloudEndpoints>;
  /** The GPU node group, e.g. `{ name: 'gpu-a40', flavor: 'g3-standard-16x128-1A40' }`. @default - none */
  readonly gpuNodeGroup?: VksNodeGroupOptions;
  /** A CPU node group for system pods and add-on controllers. @default - none */
  readonly cpuNodeGroup?: VksNodeGroupOptions;
  /** More GPU flavors, merged over {@link VKS_GPU_FLAVORS}. @default - none */
  readonly gpuFlavors?: Record<string, GpuSpec>;
  /**
   * How workloads get GPUs: `HAMI` (virtual GPUs, resources `hami.nvidia.com/*`), `EXCLUSIVE`
   * (whole GPUs, `nvidia.com/gpu` from the GPU Operator) or `NONE`.
   * @default - GpuSharing.HAMI with a gpuNodeGroup, GpuSharing.NONE without
   */
  readonly gpuSharing?: GpuSharing;
  /** GPU Operator settings. @default - cdi off, driver and toolkit on */
  readonly gpuOperator?: Omit<NvidiaGpuOperatorProps, 'cluster'>;
  /** HAMi settings (only with GpuSharing.HAMI). @default - the seed's settings */
  readonly hami?: HamiOptions;
  /**
   * Install the VNG load-balancer controller chart (pinned 0.3.24) instead of VKS's managed vLB
   * plugin. Needs `credentials`. @default - not installed; VKS's managed plugin is used
   */
  readonly loadBalancerController?: VngcloudLoadBalancerControllerOptions;
  /** VKS's managed load-balancer plugin (`enabled_load_balancer_plugin`). @default - true unless loadBalancerController is set */
  readonly managedLoadBalancerPlugin?: boolean;
  /** VKS's managed block-store CSI plugin. @default true */
  readonly blockStoreCsiPlugin?: boolean;
  /** ingress-nginx. @default - installed, class `nginx`, publishService on */
  readonly ingress?: VksIngressOptions;
}

/**
 * A VNG Cloud VKS cluster with node groups, the NVIDIA GPU Operator, HAMi, optionally the VNG
 * load-balancer controller, and ingress-nginx; it implements the cluster contract.
 *
 * Node groups are separate `vngcloud_vks_cluster_node_group` resources (never inline), so adding or
 * removing one does not replace the cluster.
 */
export class VksCluster extends ClusterBase {
  public readonly ingress: ClusterIngress;

  /** The `vngcloud_vks_cluster` resource (escape hatch). */
  public readonly resource: VksClusterResource;
  /** The cluster id (token). */
  public readonly clusterId: string;
  /** The `vngcloud` provider used (created, or found in the stack). */
  public readonly vngcloudProvider: VngcloudProvider;
  /** Created VPC and subnet, when `VksNetwork.create` was used. */
  public readonly vpc?: VserverNetwork;
  public readonly subnet?: VserverSubnet;
  /** Created SSH key, when `sshPublicKey` was given. */
  public readonly sshKey?: VserverSshkey;
  /** GPU sharing mode in effect. */
  public readonly gpuSharing: GpuSharing;
  /** The add-ons (undefined when not installed). */
  public readonly gpuOperator?: NvidiaGpuOperator;
  public readonly hami?: Hami;
  public readonly loadBalancerController?: VngcloudLoadBalancerController;
  public readonly ingressController?: IngressNginx;
  /** Sensitive output with the kubeconfig (`terraform output -raw <cluster>_kubeconfig`). */
  public readonly kubeconfigOutput: TerraformOutput;

  private readonly groups: VksNodeGroup[] = [];
  private readonly context: NodeGroupContext;
  private readonly userTolerations: { readonly gpuOperator: NodeToleration[]; readonly hami: NodeToleration[] };

  constructor(scope: Construct, id: string, props: VksClusterProps) {
    super(scope, id, {
      clusterName: props.clusterName,
      region: props.region,
      platform: ClusterPlatform.VNG_VKS,
      distribution: KubernetesDistribution.VKS,
      cni: (props.networkType ?? VksNetworkType.CALICO) === VksNetworkType.CALICO ? ClusterCni.CALICO : ClusterCni.CILIUM,
      podCidr: props.podCidr,
      serviceCidr: props.serviceCidr,
    });
    const sharing = effectiveSharing(props);
    const gpuFlavors = { ...VKS_GPU_FLAVORS, ...(props.gpuFlavors ?? {}) };
    const hamiNodeSelector = props.hami?.nodeSelector ?? { gpu: 'on' };
    const ctxBase = {
      networkType: props.networkType ?? VksNetworkType.CALICO,
      projectId: props.projectId,
      flavorZone: props.flavorZone,
      clusterHasSshKey: props.sshKeyId !== undefined || props.sshPublicKey !== undefined,
      gpuFlavors,
      gpuNodeLabels: sharing === GpuSharing.HAMI ? hamiNodeSelector : {},
    };

    const problems = new Problems(this.node.path);
    clusterProblems(props, problems);
    // The node groups' rules read only what the cluster knows before it exists, so they run here, once, with
    // the real context; the groups this constructor creates do not check again.
    if (props.gpuNodeGroup) problems.addAll(nodeGroupProblems('gpuNodeGroup.', { ...props.gpuNodeGroup, gpu: true }, ctxBase));
    if (props.cpuNodeGroup) problems.addAll(nodeGroupProblems('cpuNodeGroup.', { gpu: false, ...props.cpuNodeGroup }, ctxBase));
    problems.throwIfAny();

    this.gpuSharing = sharing;
    this.userTolerations = { gpuOperator: props.gpuOperator?.tolerations ?? [], hami: props.hami?.tolerations ?? [] };
    this.vngcloudProvider = this.findOrCreateProvider(props);

    let vpcId = props.network.vpcId;
    let subnetId = props.network.subnetId;
    if (props.network.create) {
      this.vpc = new VserverNetwork(this, 'vpc', {
        projectId: props.projectId!,
        name: `${props.clusterName}-vpc`,
        cidr: props.network.create.vpcCidr,
        zoneId: props.network.create.zoneId,
      });
      this.subnet = new VserverSubnet(this, 'subnet', {
        projectId: props.projectId!,
        networkId: this.vpc.id,
        name: `${props.clusterName}-nodes`,
        cidr: props.network.subnetCidr!,
        zoneId: props.network.create.zoneId,
      });
      vpcId = this.vpc.id;
      subnetId = this.subnet.id;
    }
    if (props.sshPublicKey !== undefined) {
      this.sshKey = new VserverSshkey(this, 'ssh-key', { projectId: props.projectId!, name: `${props.clusterName}-nodes`, publicKey: props.sshPublicKey });
    }

    const helmController = props.loadBalancerController !== undefined;
    this.resource = new VksClusterResource(this, 'cluster', {
      provider: this.vngcloudProvider,
      name: props.clusterName,
      description: props.description,
      version: props.kubernetesVersion,
      enablePrivateCluster: props.apiServerAccess === ApiServerAccess.PRIVATE,
      whiteListNodeCidr: props.apiAllowedCidrs,
      networkType: VKS_NETWORK_TYPE[props.networkType ?? VksNetworkType.CALICO],
      cidr: props.podCidr,
      nodeNetmaskSize: props.nodeNetmaskSize ?? 25,
      secondarySubnets: props.secondarySubnets,
      vpcId: vpcId!,
      subnetId,
      enabledLoadBalancerPlugin: props.managedLoadBalancerPlugin ?? !helmController,
      enabledBlockStoreCsiPlugin: props.blockStoreCsiPlugin ?? true,
    });
    this.clusterId = this.resource.id;
    this.context = {
      ...ctxBase, clusterId: this.clusterId, sshKeyId: props.sshKeyId ?? this.sshKey?.id, privateNodes: props.apiServerAccess === ApiServerAccess.PRIVATE,
    };

    this.connect(kubeconfigConnection(this, this.resource.config));
    this.kubeconfigOutput = new TerraformOutput(this, 'kubeconfig', {
      value: this.resource.config,
      sensitive: true,
      description: `kubeconfig of VKS cluster ${props.clusterName}`,
    });
    this.kubeconfigOutput.overrideLogicalId(`${this.identifier}_kubeconfig`);

    if (props.cpuNodeGroup) this.createNodeGroup('cpu-node-group', { gpu: false, ...props.cpuNodeGroup }, true);
    if (props.gpuNodeGroup) this.createNodeGroup('gpu-node-group', { ...props.gpuNodeGroup, gpu: true }, true);
    const nodes = this.groups.map((g) => g.resource);

    if (sharing !== GpuSharing.NONE) {
      this.gpuOperator = new NvidiaGpuOperator(this, 'gpu-operator', {
        ...props.gpuOperator,
        cluster: this,
        dependsOn: [...nodes, ...(props.gpuOperator?.dependsOn ?? [])],
      });
    }
    if (sharing === GpuSharing.HAMI) {
      this.hami = new Hami(this, 'hami', { ...props.hami, cluster: this, gpuOperator: this.gpuOperator });
    }
    if (helmController) {
      this.loadBalancerController = new VngcloudLoadBalancerController(this, 'load-balancer-controller', {
        vserverUrl: props.apiEndpoints?.vserver,
        identityUrl: props.apiEndpoints?.identity,
        ...props.loadBalancerController,
        cluster: this,
        clusterId: this.clusterId,
        dependsOn: [...nodes, ...(props.loadBalancerController?.dependsOn ?? [])],
      });
    }
    this.ingress = { className: props.ingress?.ingressClassName ?? 'nginx', addressType: IngressAddressType.IPV4 };
    const { enabled: ingressEnabled, ...ingressProps } = props.ingress ?? {};
    if (ingressEnabled ?? true) {
      this.ingressController = new IngressNginx(this, 'ingress-nginx', {
        ...ingressProps,
        cluster: this,
        dependsOn: [...nodes, ...(this.loadBalancerController ? [this.loadBalancerController] : []), ...(ingressProps.dependsOn ?? [])],
      });
    }
    this.syncGpuTolerations();

    this.node.addValidation({
      validate: () => {
        const p = new Problems(this.node.path);
        p.check(this.groups.length > 0, 'NO_NODE_GROUPS', 'cpuNodeGroup', undefined,
          'at least one node group (cpuNodeGroup, gpuNodeGroup or addNodeGroup): add-ons and workloads need nodes');
        if (this.gpuSharing !== GpuSharing.NONE) {
          p.check(this.groups.some((g) => g.gpu), 'GPU_SHARING_WITHOUT_GPU_NODES', 'gpuSharing', this.gpuSharing,
            'a GPU node group (gpuNodeGroup or addNodeGroup with a GPU flavor), or GpuSharing.NONE');
        }
        return p.messages();
      },
    });
  }

  /** Adds a node group (a separate resource: adding or removing it never replaces the cluster). */
  public addNodeGroup(options: VksNodeGroupOptions): VksNodeGroup {
    const group = this.createNodeGroup(`node-group-${options.name}`, options);
    for (const addOn of [this.gpuOperator, this.hami, this.loadBalancerController, this.ingressController]) {
      addOn?.addDependency(group.resource);
    }
    this.syncGpuTolerations();
    return group;
  }

  /** Node groups, in creation order. */
  public get nodeGroups(): readonly VksNodeGroup[] {
    return [...this.groups];
  }

  /** GPU node types on offer, from the GPU node groups. */
  public get gpuNodeTypes(): GpuNodeType[] {
    const seen = new Map<string, GpuNodeType>();
    for (const g of this.groups) if (g.gpu) seen.set(`${g.gpu.gpuModel}/${g.gpu.instanceType}`, g.gpu);
    return [...seen.values()];
  }

  public get gpu(): GpuCapabilities {
    const nodeTypes = this.gpuNodeTypes;
    switch (this.gpuSharing) {
      case GpuSharing.HAMI:
        return this.hami!.capabilities(nodeTypes);
      case GpuSharing.EXCLUSIVE:
        return {
          sharing: GpuSharing.EXCLUSIVE,
          resourceNames: defaultGpuResourceNames(GpuSharing.EXCLUSIVE),
          runtimeClassName: this.gpuOperator!.runtimeClassName,
          nodeTypes,
        };
      default:
        return { sharing: GpuSharing.NONE, resourceNames: {} };
    }
  }

  public override get readiness(): ITerraformDependable[] {
    return [
      ...this.groups.map((g) => g.resource),
      ...[this.gpuOperator, this.hami, this.loadBalancerController, this.ingressController].filter((a): a is NonNullable<typeof a> => !!a),
    ];
  }

  private createNodeGroup(id: string, options: VksNodeGroupOptions, checked = false): VksNodeGroup {
    const clash = this.groups.find((g) => g.name === options.name);
    if (clash) {
      const p = new Problems(this.node.path);
      p.add('NODE_GROUP_NAME_DUPLICATE', 'name', options.name, 'a name no other node group of this cluster uses');
      p.throwIfAny();
    }
    const props: VksNodeGroupProps & { [CHECKED_BY_CLUSTER]?: boolean } = { ...options, context: this.context, [CHECKED_BY_CLUSTER]: checked };
    const group = new VksNodeGroup(this, id, props);
    this.groups.push(group);
    return group;
  }

  /** GPU add-ons tolerate the taints of every GPU node group (recomputed as groups are added). */
  private syncGpuTolerations(): void {
    const taints = this.groups.filter((g) => g.gpu).flatMap((g) => g.taints).map(tolerationFor);
    if (taints.length === 0) return;
    this.gpuOperator?.addValues({
      daemonsets: { tolerations: renderTolerations([NvidiaGpuOperator.DEFAULT_TOLERATION, ...this.userTolerations.gpuOperator, ...taints]) },
    });
    this.hami?.addValues({ devicePlugin: { tolerations: renderTolerations([...this.userTolerations.hami, ...taints]) } });
  }

  private findOrCreateProvider(props: VksClusterProps): VngcloudProvider {
    const endpoints = { ...(vngcloudEndpoints(props.region) ?? {}), ...(props.apiEndpoints ?? {}) } as Partial<VngcloudEndpoints>;
    const existing = this.stack.node.findAll().find((c): c is VngcloudProvider => c instanceof VngcloudProvider);
    if (existing) {
      if (existing.vksBaseUrl !== undefined && endpoints.vks !== undefined && existing.vksBaseUrl !== endpoints.vks) {
        const p = new Problems(this.node.path);
        p.add('VNGCLOUD_PROVIDER_REGION_MISMATCH', 'region', props.region,
          `a region served by the stack's existing vngcloud provider (${existing.vksBaseUrl}); put clusters of other regions in their own stack`);
        p.throwIfAny();
      }
      return existing;
    }
    const creds = props.credentials ?? {
      clientId: Secret.variable(this, 'vngcloud_client_id', 'Client ID of the VNG Cloud IAM service account Terraform uses.'),
      clientSecret: Secret.variable(this, 'vngcloud_client_secret', 'Client secret of the VNG Cloud IAM service account Terraform uses.'),
    };
    return new VngcloudProvider(this.stack, 'vngcloud', {
      clientId: creds.clientId.value,
      clientSecret: creds.clientSecret.value,
      tokenUrl: endpoints.tokenUrl,
      vksBaseUrl: endpoints.vks,
      vserverBaseUrl: endpoints.vserverGateway,
      vlbBaseUrl: endpoints.vlbGateway,
    });
  }
}
