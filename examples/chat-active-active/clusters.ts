/**
 * The seed-004 clusters: three existing k3s clusters running Cilium, one Terraform stack each.
 *
 *   `mn`   on-prem in Mongolia, behind NAT (nodes have private addresses only)
 *   `fsn1` at Hetzner, Falkenstein
 *   `mgmt` a single-node management cluster
 *
 * Pod and service CIDRs differ between clusters: cross-cluster routes need distinct ranges (the
 * library refuses overlaps between clusters a multi-cluster construct joins).
 */
import { App, TerraformStack } from 'cdktf';
import { ClusterCni, ExistingCluster, KubernetesDistribution } from '../../lib';

/** The three clusters of the chat backend. */
export interface ChatClusters {
  readonly mn: ExistingCluster;
  readonly fsn1: ExistingCluster;
  readonly mgmt: ExistingCluster;
}

/** One stack per cluster, each reaching its cluster through a kubeconfig context. */
export function chatClusters(app: App): ChatClusters {
  const cluster = (name: string, region: string, podCidr: string, serviceCidr: string): ExistingCluster =>
    new ExistingCluster(new TerraformStack(app, name), 'cluster', {
      clusterName: name,
      region,
      kubeContext: name,
      podCidr,
      serviceCidr,
      distribution: KubernetesDistribution.K3S,
      cni: ClusterCni.CILIUM,
    });
  return {
    mn: cluster('mn', 'ulaanbaatar', '10.42.0.0/16', '10.43.0.0/16'),
    fsn1: cluster('fsn1', 'fsn1', '10.52.0.0/16', '10.53.0.0/16'),
    mgmt: cluster('mgmt', 'fsn1', '10.62.0.0/16', '10.63.0.0/16'),
  };
}
