import { ITerraformDependable, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { GpuCapabilities } from './gpu';

/** Where a cluster runs. */
export enum ClusterPlatform {
  /** Alibaba Cloud Container Service for Kubernetes (managed Pro). */
  ALIBABA_ACK = 'alibaba-ack',
  /** VNG Cloud Kubernetes Service. */
  VNG_VKS = 'vng-vks',
  /** A cluster this library did not create, reached through a kubeconfig (k3s, on-prem, another cloud). */
  EXISTING = 'existing',
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
  readonly kubernetesProvider: KubernetesProvider;
  /** Helm provider bound to this cluster, in {@link stack}. */
  readonly helmProvider: HelmProvider;
  /** Pod CIDR. */
  readonly podCidr: string;
  /** Service CIDR. */
  readonly serviceCidr: string;
  /** GPU capabilities; `sharing` is `GpuSharing.NONE` on a cluster without GPUs. */
  readonly gpu: GpuCapabilities;
  /** The ingress workloads are exposed through. */
  readonly ingress: ClusterIngress;
  /**
   * Resources that must exist before workloads are applied to the cluster (node pools, the GPU
   * stack, the ingress controller). Workloads add these to their `dependsOn`.
   */
  readonly readiness: ITerraformDependable[];
}
