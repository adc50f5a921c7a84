import type { ErrorCodeDoc } from '../core/errors';

/** Codes raised by VksCluster (VNG Cloud VKS): cluster, network, node groups, GPU and load-balancer settings. See docs/errors.md. */
export const VKS_CLUSTER_ERROR_CODES: Readonly<Record<string, ErrorCodeDoc>> = {
  API_ALLOWED_CIDRS_EMPTY: {
    meaning: 'The API server whitelist is an empty list, which the provider refuses on update.',
    fix: 'List at least one CIDR in apiAllowedCidrs, or leave it out.',
  },
  API_ALLOWED_CIDRS_REQUIRED: {
    meaning: 'A public API server has no whitelist, so whether it is open to everyone is left implicit.',
    fix: "List the CIDRs that may reach it in apiAllowedCidrs (office, CI egress); ['0.0.0.0/0'] opens it to everyone, explicitly.",
  },
  AUTOSCALE_RANGE: {
    meaning: "A node group's autoscale minimum is above its maximum.",
    fix: 'Set autoscale.minNodes <= autoscale.maxNodes.',
  },
  CLUSTER_NAME_INVALID: {
    meaning: 'The cluster name does not follow the VKS naming rule.',
    fix: "Use 5 to 20 lower-case letters, digits and '-'.",
  },
  ENDPOINT_ACCESS_MISSING: {
    meaning: 'Who can reach the API server is not chosen explicitly.',
    fix: 'Set apiServerAccess to ApiServerAccess.PUBLIC or ApiServerAccess.PRIVATE.',
  },
  FLAVOR_MISSING: {
    meaning: 'A GPU node group has no flavor, so VKS would pick a CPU flavor.',
    fix: "Give a GPU flavor name such as 'g3-standard-16x128-1A40', or flavorId.",
  },
  FLAVOR_UNKNOWN_GPU: {
    meaning: "A GPU node group's flavor is not in the known table, so its GPU model and memory are unknown to schedulers and workloads.",
    fix: "Use a flavor of VKS_GPU_FLAVORS or the cluster's gpuFlavors, or set gpuModel and gpuMemoryGiB on the node group.",
  },
  FLAVOR_ZONE_MISSING: {
    meaning: 'A flavor is given by name but no flavor zone is known to look it up in.',
    fix: "Set flavorZone (as the vServer portal shows it) on the node group or the cluster, or pass flavorId.",
  },
  GPU_NODES_WITHOUT_SHARING: {
    meaning: 'A GPU node group is given while gpuSharing is NONE, so the GPU Operator is not installed and the GPUs stay unusable.',
    fix: 'Set gpuSharing to GpuSharing.HAMI or GpuSharing.EXCLUSIVE.',
  },
  GPU_NODE_LABEL_CONFLICT: {
    meaning: "A GPU node group's labels override the label HAMi's device plugin selects its nodes by.",
    fix: 'Drop the label or give it the value the message names.',
  },
  GPU_OPERATOR_SETTINGS_WITHOUT_GPU: {
    meaning: 'GPU Operator settings are given on a cluster without GPUs, where the operator is not installed and the settings would be ignored.',
    fix: 'Remove gpuOperator, or add a GPU node group / set gpuSharing other than NONE.',
  },
  GPU_SHARING_WITHOUT_GPU_NODES: {
    meaning: 'GPU sharing is set but the finished cluster has no GPU node group.',
    fix: 'Add a GPU node group (gpuNodeGroup or addNodeGroup with a GPU flavor), or set GpuSharing.NONE.',
  },
  HAMI_SETTINGS_WITHOUT_HAMI: {
    meaning: 'HAMi settings are given but gpuSharing is not HAMI, so HAMi is not installed and the settings would be ignored.',
    fix: 'Remove hami, or set gpuSharing: GpuSharing.HAMI.',
  },
  INGRESS_WITHOUT_LOAD_BALANCER: {
    meaning: "ingress-nginx is on but nothing provisions load balancers, so its LoadBalancer Service would never get an address.",
    fix: 'Keep managedLoadBalancerPlugin true, give a loadBalancerController, or set ingress.enabled: false.',
  },
  LB_CONTROLLER_TWICE: {
    meaning: "Both the managed vLB plugin and the self-installed load-balancer controller are on, and they would fight over the same Services.",
    fix: 'Set managedLoadBalancerPlugin to false (or leave it unset) when loadBalancerController is given.',
  },
  NETWORK_MISSING: {
    meaning: 'The cluster has no network.',
    fix: 'Pass VksNetwork.existing({ vpcId, subnetId }) or VksNetwork.create({ vpcCidr, subnetCidr }).',
  },
  NODE_COUNT_INVALID: {
    meaning: 'A node group node count is outside 0 to 10, the VKS limit per node group.',
    fix: 'Set numNodes, autoscale.minNodes and autoscale.maxNodes to whole numbers from 0 to 10.',
  },
  NODE_COUNT_OUTSIDE_AUTOSCALE: {
    meaning: "A node group's initial node count is outside its autoscale range.",
    fix: 'Set numNodes between autoscale.minNodes and autoscale.maxNodes.',
  },
  NODE_GROUP_NAME_DUPLICATE: {
    meaning: 'Two node groups of one cluster share a name.',
    fix: 'Give every node group of the cluster its own name.',
  },
  NODE_GROUP_NAME_INVALID: {
    meaning: 'A node group name does not follow the VKS naming rule.',
    fix: "Use 5 to 15 lower-case letters, digits and '-'.",
  },
  NODE_NETMASK_INVALID: {
    meaning: 'The per-node pod block size is outside 17 to 26 or not smaller than the pod CIDR, so nodes would not get a slice of it.',
    fix: "Set nodeNetmaskSize from 17 to 26 (24-26 are the documented choices) and longer than podCidr's prefix.",
  },
  NO_NODE_GROUPS: {
    meaning: 'The finished cluster has no node group, so add-ons and workloads have nowhere to run.',
    fix: 'Add at least one node group: cpuNodeGroup, gpuNodeGroup or addNodeGroup.',
  },
  POD_CIDR_NOT_PRIVATE: {
    meaning: 'The pod CIDR is not inside a private range.',
    fix: 'Choose a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
  },
  PROJECT_ID_MISSING: {
    meaning: 'Something that needs the VNG Cloud project (creating a network or SSH key, looking a flavor up by name) has no projectId.',
    fix: 'Set projectId (pro-…) on the cluster, or pass the ID the lookup would find (flavorId, an existing network or key).',
  },
  REGION_CASE: {
    meaning: 'The region is spelled in the wrong case; VNG Cloud region IDs are upper case and are compared exactly downstream.',
    fix: "Spell the region as the message shows, e.g. 'HCM03'.",
  },
  SECONDARY_SUBNETS_REQUIRED: {
    meaning: 'Cilium native routing is chosen without secondary subnets for pod IPs, which the provider refuses.',
    fix: 'Give at least one secondary subnet CIDR (secondarySubnets) on the cluster and each node group.',
  },
  SSH_KEY_MISSING: {
    meaning: 'A node group has no SSH key, which the provider requires.',
    fix: 'Set sshKeyId on the node group or the cluster, or sshPublicKey on the cluster to create one.',
  },
  SSH_KEY_TWICE: {
    meaning: 'Both an existing SSH key and a public key to create are given.',
    fix: 'Give either sshKeyId or sshPublicKey, not both.',
  },
  SSH_PUBLIC_KEY_INVALID: {
    meaning: 'The SSH public key is not in OpenSSH format (the value is not echoed).',
    fix: "Pass the key's one-line OpenSSH form, starting with ssh-rsa, ssh-ed25519 or ecdsa-sha2-….",
  },
  TAINT_INVALID: {
    meaning: 'A node group taint key or value does not follow the Kubernetes rule.',
    fix: "Use at most 63 characters of [A-Za-z0-9._-], starting and ending with a letter, digit or '_'.",
  },
  VNGCLOUD_PROVIDER_REGION_MISMATCH: {
    meaning: "The stack's vngcloud provider already serves another region, and one provider cannot serve two.",
    fix: 'Put clusters of other regions in their own stack.',
  },
  VPC_CIDR_PREFIX: {
    meaning: 'A new VPC is not a /16 block, which is the only size VNG Cloud creates.',
    fix: 'Give network vpcCidr as a /16 block.',
  },
  LB_CONTROLLER_CREDENTIALS_MISSING: {
    meaning: 'The VNG Cloud load-balancer controller has no complete client credentials, so it could not create load balancers.',
    fix: "Pass credentials { clientId, clientSecret } as Secrets, e.g. Secret.variable(stack, 'vks_lb_client_id', ...); on VksCluster, either do so in loadBalancerController or leave it out to use the managed vLB plugin.",
  },
  LB_CONTROLLER_CLUSTER_ID: {
    meaning: "The VNG Cloud load-balancer controller has no cluster ID, so it cannot tag the load balancers it creates.",
    fix: "Pass the VKS cluster's ID (the id of a vngcloud_vks_cluster) as clusterId.",
  },
  LB_CONTROLLER_URL: {
    meaning: 'A VNG Cloud API URL of the controller is not https:// or ends with a slash, which the controller would call wrongly.',
    fix: 'Give an https:// URL without a trailing slash, e.g. https://hcm-3.api.vngcloud.vn/vserver.',
  },
  LB_CONTROLLER_REGION_UNKNOWN: {
    meaning: 'The controller cannot derive the vServer API URL because the region is not one it knows.',
    fix: "Pass vserverUrl for the region, e.g. https://hcm-3.api.vngcloud.vn/vserver (known regions: HCM03, HAN01).",
  },
};
