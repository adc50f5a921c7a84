import { ITerraformDependable, TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { providersOfType } from '../core/provider-resource';
import { VksClusterResource, VngcloudProviderBlock, VserverNetworkResource, VserverSshkeyResource, VserverSubnetResource } from './resources';
import { NvidiaGpuOperator } from '../addons/gpu-operator';
import { NodeToleration, renderTolerations, tolerationFor } from '../core/scheduling';
import { Hami } from '../addons/hami';
import { IngressNginx } from '../addons/ingress-nginx';
import { VngcloudLoadBalancerController } from './vngcloud-load-balancer-controller';
import { ClusterCni, ClusterIngress, ClusterPlatform, IngressAddressType, KubernetesDistribution } from '../core/cluster';
import { ClusterBase } from '../core/cluster-base';
import { Problems } from '../core/errors';
import { defaultGpuResourceNames, GpuCapabilities, GpuNodeType, GpuSharing } from '../core/gpu';
import { Secret } from '../core/secrets';
import { VKS_GPU_FLAVORS } from './flavors';
import { VksNodeGroup, VksNodeGroupProps } from './node-group';
import { clusterProblems, effectiveSharing } from './private/cluster-rules';
import { CHECKED_BY_CLUSTER, NodeGroupContext } from './private/context';
import { kubeconfigConnection } from './private/kubeconfig';
import { nodeGroupProblems } from './private/node-group-rules';
import { VngcloudEndpoints, vngcloudEndpoints } from './regions';
import { VKS_NETWORK_TYPE } from './private/network-type';
import { VksClusterProps, VksNetworkType, VksNodeGroupOptions } from './props';
import { ApiServerAccess } from '../core/cluster-options';

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
  public readonly vngcloudProvider: TerraformProvider;
  /** Created VPC and subnet, when `VksNetwork.create` was used. */
  public readonly vpc?: VserverNetworkResource;
  public readonly subnet?: VserverSubnetResource;
  /** Created SSH key, when `sshPublicKey` was given. */
  public readonly sshKey?: VserverSshkeyResource;
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
      this.vpc = new VserverNetworkResource(this, 'vpc', {
        projectId: props.projectId!,
        name: `${props.clusterName}-vpc`,
        cidr: props.network.create.vpcCidr,
        zoneId: props.network.create.zoneId,
      });
      this.subnet = new VserverSubnetResource(this, 'subnet', {
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
      this.sshKey = new VserverSshkeyResource(this, 'ssh-key', { projectId: props.projectId!, name: `${props.clusterName}-nodes`, publicKey: props.sshPublicKey });
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

    this.connect(kubeconfigConnection(this, this.resource.kubeconfig));
    this.kubeconfigOutput = new TerraformOutput(this, 'kubeconfig', {
      value: this.resource.kubeconfig,
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

  private findOrCreateProvider(props: VksClusterProps): TerraformProvider {
    const endpoints = { ...(vngcloudEndpoints(props.region) ?? {}), ...(props.apiEndpoints ?? {}) } as Partial<VngcloudEndpoints>;
    // The stack's vngcloud provider, whichever class made it (this library's block or the generated binding).
    const existing = providersOfType<TerraformProvider & { readonly vksBaseUrl?: string }>(this.stack, 'vngcloud')[0];
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
    return new VngcloudProviderBlock(this.stack, 'vngcloud', {
      clientId: creds.clientId.value,
      clientSecret: creds.clientSecret.value,
      tokenUrl: endpoints.tokenUrl,
      vksBaseUrl: endpoints.vks,
      vserverBaseUrl: endpoints.vserverGateway,
      vlbBaseUrl: endpoints.vlbGateway,
    });
  }
}
