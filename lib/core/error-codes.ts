import type { ErrorCodeDoc } from './errors';

/**
 * Codes raised by the core (clusters, placement, multi-cluster base, Helm add-ons, manifests,
 * CIDRs, names, secrets) and codes shared by several construct folders. See docs/errors.md.
 */
export const CORE_ERROR_CODES: Readonly<Record<string, ErrorCodeDoc>> = {
  CHART_REPOSITORY: {
    meaning: 'A Helm chart would be fetched from a repository that is not an https:// URL, so its source cannot be trusted or reached the same way everywhere.',
    fix: 'Give chart.repository (or gpuSchedulingComponent.repository) as an https:// URL, or pass an oci:// reference in chart.chart.',
  },
  CHART_VERSION_UNPINNED: {
    meaning: 'A chart version is a range or missing, so the add-on could change at the next apply without any change to the code.',
    fix: 'Pin an exact chart version such as 1.2.3 or v25.10.0.',
  },
  CIDR_INVALID: {
    meaning: 'A value meant to be an IPv4 CIDR block does not parse as one.',
    fix: "Write the range as address/prefix, e.g. '10.20.0.0/16', with the address aligned to the prefix.",
  },
  CIDR_NOT_CONTAINED: {
    meaning: 'A range that must lie inside another (a vswitch or subnet inside its VPC, a pod vswitch inside the pod CIDR) sticks out of it.',
    fix: 'Choose a range inside the enclosing block named in the message, or widen that block.',
  },
  CIDR_OVERLAP: {
    meaning: 'Two ranges of one construct overlap, so addresses would be ambiguous and routes would collide.',
    fix: 'Choose ranges that do not overlap (the message names both props and ranges).',
  },
  CLUSTER_CIDR_OVERLAP: {
    meaning: "A cluster's pod or service CIDR overlaps one of another cluster of the same app; harmless until the clusters route to each other (reported as a synth warning).",
    fix: 'Give the cluster the free range the message proposes, so a later multi-cluster construct can join the clusters.',
  },
  CLUSTER_DOMAIN_INVALID: {
    meaning: "The cluster's DNS domain is not a DNS name, so service names derived from it would be wrong.",
    fix: "Set clusterDomain to the cluster's DNS domain, e.g. 'cluster.local', or leave it unset.",
  },
  CLUSTER_NAME_DUPLICATE: {
    meaning: 'Two clusters of one app share a clusterName, so kubeconfig variables, provider aliases, DNS zones and gateway names keyed by it would collide.',
    fix: 'Give every cluster of the app its own clusterName.',
  },
  CNI_INVALID: {
    meaning: "An existing cluster's CNI is not one the library knows, so CNI-dependent behaviour cannot be chosen.",
    fix: 'Set cni to one of ClusterCni.CILIUM, CALICO, FLANNEL, TERWAY or OTHER.',
  },
  DISK_SIZE_INVALID: {
    meaning: 'A node disk size is not a whole number of GiB in the range the platform accepts.',
    fix: 'Give a whole number of GiB inside the range in the message (ACK system disk 20-2048, ACK data disk 20-32768, VKS 20-1000).',
  },
  DISTRIBUTION_INVALID: {
    meaning: "An existing cluster's Kubernetes distribution is not one the library knows.",
    fix: 'Set distribution to one of KubernetesDistribution.K3S, ACK, VKS or OTHER.',
  },
  GPUS_PER_NODE_INVALID: {
    meaning: 'The number of GPUs per node of a GPU node type is not a whole number from 1 to 16.',
    fix: 'Set gpusPerNode to the number of GPUs one node of the instance type or flavor has (1 to 16).',
  },
  GPU_MEMORY_INVALID: {
    meaning: 'A GPU memory figure is not a usable amount: the memory of one GPU of a node type (gpuMemoryGiB on a pool or node group), or the GPU memory a workload requests in a unit the cluster cannot express.',
    fix: 'On a pool or node group, give the GiB of one GPU (e.g. 48 for an A40; whole GiB on ACK); on a workload, give a positive gpuMemoryGiB that is a whole number of the unit the message names.',
  },
  GPU_SHARING_NONE_WITH_NODES: {
    meaning: 'An existing cluster lists GPU node types but declares gpu.sharing NONE (no usable GPUs), which contradicts itself.',
    fix: "Set gpu.sharing to the mode the cluster's GPU stack uses (e.g. EXCLUSIVE or HAMI), or drop gpu.nodeTypes.",
  },
  GPU_SHARING_UNSUPPORTED: {
    meaning: 'The GPU sharing mode does not exist on this platform (HAMi is not offered on ACK; cGPU modes exist only on ACK).',
    fix: 'Choose one of the sharing modes the message lists for this platform.',
  },
  HELM_TIMEOUT: {
    meaning: 'The Helm release timeout is not a whole number of seconds from 1 to 3600.',
    fix: 'Set timeoutSeconds to a whole number from 1 to 3600, or leave the default of 600.',
  },
  HUB_NOT_MEMBER: {
    meaning: 'A hub of a multi-cluster construct is not one of its members, so the one-way member-to-hub rule cannot apply to it.',
    fix: 'List only member clusters in hubs, or add the cluster to members.',
  },
  KUBECONFIG_PATH: {
    meaning: 'kubeconfigPath holds multi-line text, i.e. most likely the kubeconfig itself, which would end up in the synthesized JSON.',
    fix: 'Pass the path to the kubeconfig file, never its content.',
  },
  KUBE_CONTEXT_MISSING: {
    meaning: "An existing cluster has no kubeconfig context, so its providers would talk to whatever cluster the kubeconfig's current context points at.",
    fix: 'Set kubeContext to the name of the context in the kubeconfig.',
  },
  LABEL_RESERVED: {
    meaning: 'A label key that the library sets itself (ACK GPU scheduling labels, the Deployment selector label) is set by hand and would break scheduling or selection.',
    fix: 'Remove the label: use the typed prop the message names (gpuSharing and placement, or the service name) instead.',
  },
  MANIFEST_API_VERSION: {
    meaning: "A Kubernetes manifest's apiVersion is not of the form group/version or version.",
    fix: "Set manifest.apiVersion such as 'v1' or 'k8ssandra.io/v1alpha1'.",
  },
  MANIFEST_KIND: {
    meaning: "A Kubernetes manifest's kind is missing or not in PascalCase.",
    fix: "Set manifest.kind to the object's Kind, e.g. 'ConfigMap'.",
  },
  MANIFEST_NAME: {
    meaning: 'A Kubernetes manifest has no metadata.name, so it cannot be applied or tracked.',
    fix: 'Set manifest.metadata.name.',
  },
  MANIFEST_REQUIRES_OTHER_CLUSTER: {
    meaning: 'A manifest waits on an add-on installed in another cluster, whose CRDs or controllers do not help this cluster.',
    fix: 'List in requires only add-ons installed in the same cluster as the manifest.',
  },
  MEMBERS_TOO_FEW: {
    meaning: 'A multi-cluster construct has fewer members than it needs to span clusters.',
    fix: 'Add members, one per cluster, up to at least the number in the message.',
  },
  MEMBER_CIDR_OVERLAP: {
    meaning: "The pod or service CIDRs of two members of a multi-cluster construct overlap, so cross-cluster routes would be ambiguous.",
    fix: 'Give one of the clusters the free range the message proposes.',
  },
  MEMBER_CLUSTER_MISSING: {
    meaning: 'A member of a multi-cluster construct has no cluster.',
    fix: 'Set members[i].cluster to a GpuCluster, VksCluster or ExistingCluster.',
  },
  MEMBER_DUPLICATE: {
    meaning: 'The same cluster is listed twice as a member.',
    fix: 'List each cluster once in members.',
  },
  MEMBER_ID_TAKEN: {
    meaning: "The construct's id is already used by another child of a member cluster, where the per-member part would be created.",
    fix: 'Give the multi-cluster construct an id that no child of the member clusters uses.',
  },
  MEMBER_NAME_DUPLICATE: {
    meaning: 'Two members share a name, and names key DNS zones, gateways, datacenters and pools.',
    fix: 'Give each member (or member cluster) a distinct name.',
  },
  MEMBER_SETTING_DIFFERS: {
    meaning: 'A setting that must be the same in every member (e.g. a chart version) differs between members.',
    fix: 'Use the same value in every member; the message names the first member and its value.',
  },
  MEMBER_STACK_DEPENDENCY: {
    meaning: "A member's stack reads a value of another member's stack, so one region's outage would block the other's plan.",
    fix: 'Pass values known at synth (names, CIDRs, derived DNS names), a shared sensitive variable, or route the value one way through a hub stack.',
  },
  NAME_INVALID: {
    meaning: 'A name does not follow the naming rule of the resource it names (length and characters, e.g. a DNS label).',
    fix: 'Use a name of the length and characters the message describes.',
  },
  NOT_A_MEMBER: {
    meaning: "member(cluster) was asked for a cluster that is not a member of the construct.",
    fix: 'Pass one of the member clusters the message lists.',
  },
  PLACEMENT_OTHER_STACK: {
    meaning: "A construct that talks to a cluster is created in another stack than the cluster's, so one region's outage would block another region's plan.",
    fix: "Create it under the cluster (scope = cluster, or cluster.addHelmChart / cluster.addManifest) or elsewhere in the cluster's stack.",
  },
  PROVIDER_TYPE_MISMATCH: {
    meaning: "A provider configuration of another provider was passed where a specific one is needed (e.g. a kubernetes provider as GpuCluster's alicloudProvider), so every resource would be planned against the wrong provider.",
    fix: 'Pass a configuration of the named provider: the generated binding (e.g. AlicloudProvider) or the lean one (AlicloudProviderBlock), or leave the prop unset to use the stack\'s.',
  },
  REGION_INVALID: {
    meaning: 'A region is missing or not shaped like a region ID.',
    fix: "Give the cloud's region ID, e.g. 'cn-hongkong' (letters, digits and '-').",
  },
  REGION_UNKNOWN: {
    meaning: "A region is not in the library's list of regions the platform runs in (often a typo such as 'cn-hongkon').",
    fix: 'Use one of the listed regions; for a region the list does not know yet, set allowUnlistedRegion: true (ACK) or pass apiEndpoints (VKS).',
  },
  SECRET_LITERAL: {
    meaning: 'A plain string was given where a secret reference belongs; it would appear in clear in the synthesized JSON.',
    fix: 'Pass a reference: Secret.variable(...) or a sensitive resource attribute.',
  },
  SECRET_NAME: {
    meaning: 'A secret variable name is not a valid Terraform variable name.',
    fix: 'Use lower-case letters, digits and underscores, starting with a letter.',
  },
  SECRET_REQUIRED: {
    meaning: 'A plain value was given where a Secret belongs (e.g. from JavaScript or a cast), and would otherwise be dropped silently.',
    fix: 'Pass a Secret, e.g. Secret.variable(scope, name, description), supplied as TF_VAR_<name>.',
  },
  ZONE_NOT_IN_REGION: {
    meaning: "A zone does not belong to the cluster's region, so resources would be placed where the cluster is not.",
    fix: "Use a zone of the region, named '<region>-<letter>' (e.g. 'cn-hongkong-b', 'HCM03-1A').",
  },
};
