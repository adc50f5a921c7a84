import { ITerraformDependable, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import type { HelmProviderBlock, KubernetesProviderBlock } from './provider-blocks';
import type { ClusterManifest, ClusterManifestOptions, KubernetesObject } from './cluster-manifest';
import { GpuCapabilities } from './gpu';
import type { HelmAddOn, HelmChartOptions } from './helm-addon';

/** Where a cluster runs. */
export enum ClusterPlatform {
  /** Alibaba Cloud Container Service for Kubernetes (managed Pro). */
  ALIBABA_ACK = 'alibaba-ack',
  /** VNG Cloud Kubernetes Service. */
  VNG_VKS = 'vng-vks',
  /** A cluster this library did not create, reached through a kubeconfig (k3s, on-prem, another cloud). */
  EXISTING = 'existing',
}

/** Which Kubernetes distribution runs the cluster: decides how DNS and some add-ons are customised. */
export enum KubernetesDistribution {
  /** k3s: CoreDNS reads extra server blocks from `kube-system/coredns-custom` (`*.server` keys). */
  K3S = 'k3s',
  /** Alibaba ACK. */
  ACK = 'ack',
  /** VNG Cloud VKS. */
  VKS = 'vks',
  /** Anything else (kubeadm, EKS, GKE, …): no distribution-specific hooks are assumed. */
  OTHER = 'other',
}

/** The pod network (CNI) a cluster runs. Cross-cluster routing (egress gateways) depends on it. */
export enum ClusterCni {
  /** Cilium (egress gateway policies, eBPF masquerading). */
  CILIUM = 'cilium',
  /** Calico. */
  CALICO = 'calico',
  /** Flannel (k3s's default). */
  FLANNEL = 'flannel',
  /** Alibaba Terway (pods on VPC ENIs). */
  TERWAY = 'terway',
  /** Unknown or another CNI. */
  OTHER = 'other',
}

/** What the cluster's ingress load balancer publishes in `status.loadBalancer.ingress[]`. */
export enum IngressAddressType {
  /** An IPv4 address (`ip`), e.g. VNG Cloud's load balancer or MetalLB. */
  IPV4 = 'IPV4',
  /** A DNS name (`hostname`), e.g. Alibaba ALB. */
  DOMAIN = 'DOMAIN',
}

/** The cluster's ingress: class name and what its load balancer publishes. */
export interface ClusterIngress {
  /** `ingressClassName` workloads use, e.g. `alb`, `nginx`. */
  readonly className: string;
  /** Whether the ingress status carries an IP or a hostname. */
  readonly addressType: IngressAddressType;
}

/**
 * The cluster contract. Everything that installs into a cluster (add-ons, workloads, data-plane
 * members) consumes this interface and never cares which cloud the cluster is in.
 *
 * A cluster's providers and resources live in the cluster's own Terraform stack; constructs that
 * install into it create their resources under the cluster (`new X(cluster, ...)`) or use
 * {@link ICluster.stack}, so that one region's outage never blocks another region's plan.
 */
export interface ICluster extends IConstruct {
  /** Cluster name, a DNS label (used in resource names, DNS zones, gateway names). */
  readonly clusterName: string;
  /** Region, e.g. `cn-hongkong`, `HCM03`, `fsn1`. */
  readonly region: string;
  /** Where the cluster runs. */
  readonly platform: ClusterPlatform;
  /** The stack that holds this cluster's state. */
  readonly stack: TerraformStack;
  /** Kubernetes provider bound to this cluster, in {@link stack}. */
  readonly kubernetesProvider: KubernetesProviderBlock;
  /** Helm provider bound to this cluster, in {@link stack}. */
  readonly helmProvider: HelmProviderBlock;
  /** Pod CIDR. */
  readonly podCidr: string;
  /** Service CIDR. */
  readonly serviceCidr: string;
  /** The pod network (CNI) the cluster runs. */
  readonly cni: ClusterCni;
  /** The Kubernetes distribution (decides how DNS is customised). */
  readonly distribution: KubernetesDistribution;
  /** The cluster's DNS domain, `cluster.local` unless the cluster was set up otherwise. */
  readonly clusterDomain: string;
  /** GPU capabilities; `sharing` is `GpuSharing.NONE` on a cluster without GPUs. */
  readonly gpu: GpuCapabilities;
  /** The ingress workloads are exposed through. */
  readonly ingress: ClusterIngress;
  /**
   * Resources that must exist before workloads are applied to the cluster (node pools, the GPU
   * stack, the ingress controller). Workloads add these to their `dependsOn`.
   */
  readonly readiness: ITerraformDependable[];

  /** Installs a pinned Helm chart into this cluster (a {@link HelmAddOn} created under the cluster, in its stack). */
  addHelmChart(id: string, options: HelmChartOptions): HelmAddOn;

  /** Applies a Kubernetes object to this cluster (a {@link ClusterManifest} created under the cluster, in its stack). */
  addManifest(id: string, manifest: KubernetesObject, options?: ClusterManifestOptions): ClusterManifest;
}
