// Props of the VKS constructs (VksCluster, its node groups) and the types they take.
import { ApiServerAccess, NodeScaling } from '../core/cluster-options';
import { GpuSharing, GpuSpec } from '../core/gpu';
import { NodeTaint } from '../core/scheduling';
import { NvidiaGpuOperatorProps } from '../addons/gpu-operator';
import { HamiOptions } from '../addons/hami';
import { IngressNginxProps } from '../addons/ingress-nginx';
import { VngcloudCredentials, VngcloudLoadBalancerControllerOptions } from './vngcloud-load-balancer-controller';
import { VngcloudEndpoints } from './regions';

/** The cluster's pod network (CNI). */
export enum VksNetworkType {
  /** Calico overlay (the provider's default). */
  CALICO = 'calico',
  /** Cilium with an overlay (VXLAN) pod network. */
  CILIUM_OVERLAY = 'cilium-overlay',
  /** Cilium with pod IPs routed natively from secondary subnets; every node group needs `secondarySubnets`. */
  CILIUM_NATIVE_ROUTING = 'cilium-native-routing',
}

/** The VPC and subnet a cluster uses: existing ones, or new ones this library creates. */
export class VksNetwork {
  /** Use an existing VPC (`net-…`) and subnet (`sub-…`). */
  public static existing(props: { readonly vpcId: string; readonly subnetId: string; readonly subnetCidr?: string }): VksNetwork {
    return new VksNetwork(props.vpcId, props.subnetId, props.subnetCidr, undefined);
  }

  /**
   * Create a VPC (`vngcloud_vserver_network`, a /16 per VNG Cloud's docs) and one subnet in it
   * (`vngcloud_vserver_subnet`). Needs the cluster's `projectId`.
   */
  public static create(props: {
    /** VPC CIDR, e.g. `10.10.0.0/16`. */
    readonly vpcCidr: string;
    /** Subnet CIDR inside the VPC, e.g. `10.10.1.0/24`. */
    readonly subnetCidr: string;
    /** Zone of VPC and subnet, e.g. `HCM03-1A`. @default - the provider's default zone */
    readonly zoneId?: string;
  }): VksNetwork {
    return new VksNetwork(undefined, undefined, props.subnetCidr, { vpcCidr: props.vpcCidr, zoneId: props.zoneId });
  }

  private constructor(
    /** Existing VPC id. */
    public readonly vpcId: string | undefined,
    /** Existing subnet id. */
    public readonly subnetId: string | undefined,
    /** Subnet CIDR, when known (for overlap checks). */
    public readonly subnetCidr: string | undefined,
    /** Set when the VPC and subnet are created. */
    public readonly create: { readonly vpcCidr: string; readonly zoneId?: string } | undefined,
  ) {}
}

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

/** A VKS node group (`vngcloud_vks_cluster_node_group`), for {@link VksCluster.addNodeGroup}. */
export interface VksNodeGroupOptions {
  /** Node group name, 5–15 characters of `[a-z0-9-]`. Changing it replaces the group. */
  readonly name: string;
  /**
   * Flavor name, e.g. `g3-standard-16x128-1A40`. Looked up with the `vngcloud_vserver_flavor` data
   * source (needs the cluster's `projectId` and a `flavorZone`) unless `flavorId` is given. A known
   * GPU flavor makes this a GPU node group. @default - none (VKS picks a default CPU flavor)
   */
  readonly flavor?: string;
  /** Flavor id (`flav-…`); skips the lookup by name. @default - looked up from `flavor` */
  readonly flavorId?: string;
  /** Flavor zone name for the lookup. @default - the cluster's `flavorZone` */
  readonly flavorZone?: string;
  /**
   * Whether the nodes have GPUs. @default - true when `flavor` is a known GPU flavor or `gpuModel` is set
   */
  readonly gpu?: boolean;
  /** GPU model, for flavors the library does not know, e.g. `RTX4090`. @default - from the flavor table */
  readonly gpuModel?: string;
  /** Memory of one GPU in GiB, for flavors the library does not know. @default - from the flavor table */
  readonly gpuMemoryGiB?: number;
  /** GPUs per node, for flavors the library does not know. @default - from the flavor table, else 1 */
  readonly gpusPerNode?: number;
  /** Nodes to start with, 0–10 (within `scaling` when set). @default - scaling.minNodes, else 1 */
  readonly numNodes?: number;
  /** Autoscaling range. @default - no autoscaling */
  readonly scaling?: NodeScaling;
  /** Boot disk size in GiB, 20–1000 (GPU images and model caches need room). @default 100 */
  readonly diskSizeGiB?: number;
  /** Volume type id of the boot disk (`vtype-…`). @default - the zone's default type */
  readonly diskTypeId?: string;
  /** Node image id (`img-…`). @default - the VKS default image of the zone */
  readonly imageId?: string;
  /** SSH key id (`ssh-…`). @default - the cluster's key */
  readonly sshKeyId?: string;
  /** Kubernetes labels on the nodes. GPU groups also get HAMi's selector label (`gpu=on`). @default - none */
  readonly labels?: Record<string, string>;
  /** Taints on the nodes. The GPU add-ons tolerate the taints of GPU groups. @default - none */
  readonly taints?: NodeTaint[];
  /** Nodes without public IPs. @default - true for a private cluster, false for a public one */
  readonly privateNodes?: boolean;
  /** Encrypt the boot volume. @default false */
  readonly encryptedVolume?: boolean;
  /** Security group ids. @default - VKS defaults */
  readonly securityGroupIds?: string[];
  /** Subnet id. @default - the cluster's subnet */
  readonly subnetId?: string;
  /** Secondary subnet CIDRs for pod IPs; required with `VksNetworkType.CILIUM_NATIVE_ROUTING`. @default - none */
  readonly secondarySubnets?: string[];
}
