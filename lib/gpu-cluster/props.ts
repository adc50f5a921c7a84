import { TerraformProvider } from 'cdktf';
// Props of the ACK constructs (GpuCluster and its node pools) and the types they take.
import { ClusterIngress } from '../core/cluster';
import { ApiServerAccess, NodeScaling } from '../core/cluster-options';
import { GpuPlacement, GpuSharing } from '../core/gpu';
import { NodeTaint } from '../core/scheduling';
import { AckAddOn, AlbIngressOptions, GpuSchedulingComponent } from './add-ons';
import { ClusterNetwork } from './network';

/** ACK managed Pro cluster size. @see https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee */
export enum AckClusterSpec {
  /** ACK Pro. */
  PRO_SMALL = 'ack.pro.small',
  /** ACK Pro with a provisioned control plane, XL. */
  PRO_XLARGE = 'ack.pro.xlarge',
  /** ACK Pro with a provisioned control plane, 2XL. */
  PRO_2XLARGE = 'ack.pro.2xlarge',
}

/** Props of {@link GpuCluster}. */
export interface GpuClusterProps {
  /** Cluster name: a DNS label (1-63 lower-case letters, digits, '-'), stricter than ACK's own rule so it can name DNS zones and gateways too. */
  readonly clusterName: string;
  /** Alibaba Cloud region ID, e.g. `cn-hongkong`. */
  readonly region: string;
  /** VPC and vswitches: a new VPC, or an existing one. */
  readonly network: ClusterNetwork;
  /**
   * Whether the API server gets an internet endpoint. Required: there is no silent default.
   * `PUBLIC`: ACK creates a CLB with an EIP, protected by client certificates only (provider 1.283.0
   * cannot set a source ACL on it; see the README). `PRIVATE`: only the VPC-internal endpoint.
   */
  readonly apiServerAccess: ApiServerAccess;
  /** Kubernetes version (`<major>.<minor>.<patch>-aliyun.<n>`). @default '1.34.1-aliyun.1' */
  readonly kubernetesVersion?: string;
  /** Cluster specification. @default AckClusterSpec.PRO_SMALL */
  readonly clusterSpec?: AckClusterSpec;
  /** Service CIDR; must not overlap the VPC or the pod vswitches. ForceNew. @default '192.168.0.0/16' */
  readonly serviceCidr?: string;
  /** Deletion protection of the cluster. Turn off (and apply) before `cdktf destroy`. @default true */
  readonly deletionProtection?: boolean;
  /** The CPU node pool for system workloads (CoreDNS, controllers, the AI suite). @default - 2 x ecs.g7.xlarge named 'system' */
  readonly systemNodePool?: NodePoolOptions;
  /**
   * How GPUs are shared, for every GPU pool of the cluster (one mode per cluster: workloads read one
   * set of resource names from `cluster.gpu`). Supported: EXCLUSIVE, CGPU, CGPU_CORE_MEM, SHARED.
   * @default GpuSharing.EXCLUSIVE
   */
  readonly gpuSharing?: GpuSharing;
  /** GPU node pools. More can be added with `addGpuNodePool`. @default - none */
  readonly gpuNodePools?: GpuNodePoolOptions[];
  /**
   * How the Cloud-Native AI Suite scheduling component (`ack-ai-installer`) is installed. Required
   * when `gpuSharing` is CGPU, CGPU_CORE_MEM or SHARED. @default - none (fine for EXCLUSIVE)
   */
  readonly gpuSchedulingComponent?: GpuSchedulingComponent;
  /**
   * Components in the cluster's `addons` block. ACK applies this block only when the cluster is
   * created; later edits have no effect. Replaces the default list.
   * @default DEFAULT_CREATE_TIME_ADD_ONS (terway-eniip, csi-plugin, managed-csiprovisioner, metrics-server; nginx disabled)
   */
  readonly createTimeAddOns?: AckAddOn[];
  /** Components managed after creation with `alicloud_cs_kubernetes_addon` (version and config changes apply). @default - none */
  readonly addOns?: AckAddOn[];
  /** The ALB ingress controller and its ALB, or `false` for none. @default - ALB, internet-facing, on the node vswitches */
  readonly albIngress?: AlbIngressOptions | false;
  /** The ingress workloads use when `albIngress` is false. @default { className: 'nginx', addressType: IngressAddressType.IPV4 } */
  readonly ingress?: ClusterIngress;
  /** Lifetime of the temporary client certificate the providers use, 15-4320 minutes. Read anew on every plan. @default 60 */
  readonly credentialDurationMinutes?: number;
  /** Output the kubeconfig (sensitive) as `<cluster>_kubeconfig`. @default false */
  readonly kubeconfigOutput?: boolean;
  /**
   * The alicloud provider to use. Credentials come from the environment (`ALICLOUD_ACCESS_KEY`,
   * `ALICLOUD_SECRET_KEY`) or a profile, never from code.
   * @default - the stack's alicloud provider for `region`, created if missing
   */
  readonly alicloudProvider?: TerraformProvider;
  /** Tags on every cloud resource. @default - none */
  readonly tags?: Record<string, string>;
  /**
   * Accept a region that {@link ACK_REGIONS} does not list yet (only its shape is checked). Off by
   * default, so a typo such as 'cn-hongkon' is caught at synth rather than by the first apply.
   * @default false
   */
  readonly allowUnlistedRegion?: boolean;
}

/** ECS disk category. @see https://www.alibabacloud.com/help/en/ecs/user-guide/disks-2 */
export enum DiskCategory {
  /** Enterprise SSD (ESSD), PL1 by default. */
  CLOUD_ESSD = 'cloud_essd',
  /** ESSD Entry. */
  CLOUD_ESSD_ENTRY = 'cloud_essd_entry',
  /** ESSD AutoPL. */
  CLOUD_AUTO = 'cloud_auto',
  /** Standard SSD (older instance families). */
  CLOUD_SSD = 'cloud_ssd',
  /** Ultra disk (older instance families). */
  CLOUD_EFFICIENCY = 'cloud_efficiency',
}

/** A node disk. */
export interface NodeDisk {
  /** Disk category. @default DiskCategory.CLOUD_ESSD */
  readonly category?: DiskCategory;
  /** Size in GiB (system disk 20-2048, data disk 20-32768). */
  readonly sizeGiB: number;
}

/** Options of a node pool (CPU or GPU). */
export interface NodePoolOptions {
  /** Node pool name, 1-63 letters, digits, '-' or '_', starting with a letter or digit. Unique in the cluster. */
  readonly name: string;
  /** ECS instance types, in order of preference (1-10), e.g. `['ecs.g7.xlarge']`. */
  readonly instanceTypes: string[];
  /**
   * Fixed number of nodes. Mutually exclusive with `scaling`.
   * @default - 2 for the system pool, 1 for GPU pools (when `scaling` is not set)
   */
  readonly desiredSize?: number;
  /** Auto scaling bounds instead of a fixed size. @default - fixed size (`desiredSize`) */
  readonly scaling?: NodeScaling;
  /** System disk. @default { category: DiskCategory.CLOUD_ESSD, sizeGiB: 120 } */
  readonly systemDisk?: NodeDisk;
  /** Data disks (container images and ephemeral storage; model images are large on GPU nodes). @default - none */
  readonly dataDisks?: NodeDisk[];
  /** Kubernetes labels on every node. @default - none */
  readonly labels?: Record<string, string>;
  /** Taints on every node. @default - none */
  readonly taints?: NodeTaint[];
  /** Vswitches the nodes are created in. @default - the cluster's node vswitches */
  readonly vswitchIds?: string[];
  /** Tags on the ECS instances. @default - the cluster's tags */
  readonly tags?: Record<string, string>;
}

/** Options of a GPU node pool. */
export interface GpuNodePoolOptions extends NodePoolOptions {
  /**
   * How the shared-GPU scheduler places pods on the GPUs of a node. Only for the sharing modes
   * (CGPU, CGPU_CORE_MEM, SHARED). @default GpuPlacement.BINPACK (for sharing modes)
   */
  readonly placement?: GpuPlacement;
  /** GPU model; required for instance types this library does not know. @default - from the known instance types */
  readonly gpuModel?: string;
  /** Memory of one GPU in GiB; required for unknown instance types. @default - from the known instance types */
  readonly gpuMemoryGiB?: number;
  /** GPUs per node. @default - from the known instance types, else 1 */
  readonly gpusPerNode?: number;
}
