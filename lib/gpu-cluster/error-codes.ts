import type { ErrorCodeDoc } from '../core/errors';

/** Codes raised by GpuCluster (Alibaba ACK): cluster, network, node pools, ALB ingress, ACK components. See docs/errors.md. */
export const GPU_CLUSTER_ERROR_CODES: Readonly<Record<string, ErrorCodeDoc>> = {
  ADDON_DUPLICATE: {
    meaning: 'An ACK component is listed or added twice, so two resources would manage the same component.',
    fix: 'List each ACK component once, and call addAddOn at most once per component.',
  },
  ADDON_NAME_INVALID: {
    meaning: 'An ACK component name is not shaped like one.',
    fix: "Use the ACK component name, e.g. 'csi-plugin'.",
  },
  ALB_ADDRESS_TYPE: {
    meaning: 'The ALB address type is not one ACK knows.',
    fix: 'Set albIngress.addressType to AlbAddressType.INTERNET or INTRANET.',
  },
  ALB_PORT_INVALID: {
    meaning: 'An ALB listener port is outside 1 to 65535.',
    fix: 'Give albIngress.httpPorts ports from 1 to 65535.',
  },
  ALB_ZONES: {
    meaning: 'The ALB would get fewer than two zones, and Alibaba ALB requires two.',
    fix: 'Give albIngress.vswitchIds two vswitches in different zones, give the network two zones, or set albIngress: false.',
  },
  API_SERVER_ACCESS_REQUIRED: {
    meaning: "Who can reach the API server is not chosen, and that decides where plan and apply can run.",
    fix: 'Set apiServerAccess to ApiServerAccess.PUBLIC (providers work from anywhere) or ApiServerAccess.PRIVATE (run plan/apply inside the VPC).',
  },
  CLUSTER_SPEC_INVALID: {
    meaning: 'The ACK cluster spec is not one ACK offers.',
    fix: 'Use one of the AckClusterSpec values in the message (GPU sharing needs ACK Pro).',
  },
  CREDENTIAL_DURATION_INVALID: {
    meaning: "The temporary kubeconfig's lifetime is outside ACK's limits.",
    fix: 'Set credentialDurationMinutes to a whole number from 15 to 4320.',
  },
  DESIRED_SIZE_INVALID: {
    meaning: 'A fixed node pool size is not a whole number of nodes from 0 to 1000.',
    fix: 'Set desiredSize to a whole number from 0 to 1000.',
  },
  DISK_CATEGORY_INVALID: {
    meaning: 'A node disk category is not one ACK offers.',
    fix: 'Use one of the DiskCategory values in the message.',
  },
  EIP_BANDWIDTH: {
    meaning: 'An elastic IP bandwidth is not a whole number of Mbit/s from 1 to 10000.',
    fix: 'Set eipBandwidthMbps to a whole number from 1 to 10000.',
  },
  GPU_INSTANCE_TYPE_UNKNOWN: {
    meaning: "A GPU pool's instance type is not in the known table, so the GPU model and memory the scheduler relies on are unknown.",
    fix: 'Use a type from KNOWN_GPU_INSTANCE_TYPES, or give gpuModel and gpuMemoryGiB for the pool.',
  },
  GPU_MODEL_INVALID: {
    meaning: 'A GPU model name is empty or holds characters a node label cannot carry.',
    fix: "Give the model name, e.g. 'L20'.",
  },
  GPU_PLACEMENT_INVALID: {
    meaning: 'A GPU pool placement is not one of the GpuPlacement values.',
    fix: 'Use one of the GpuPlacement values in the message.',
  },
  GPU_PLACEMENT_NOT_SHARED: {
    meaning: "A pool sets a GPU placement (binpack/spread) although the cluster's GPUs are not shared, where placement has no effect.",
    fix: 'Leave placement unset, or set gpuSharing to CGPU, CGPU_CORE_MEM or SHARED.',
  },
  GPU_SCHEDULING_COMPONENT_REQUIRED: {
    meaning: 'The GPU sharing mode needs the Cloud-Native AI Suite scheduling component (ack-ai-installer) and none is chosen.',
    fix: 'Set gpuSchedulingComponent to GpuSchedulingComponent.helmChart(...), .clusterAddOn() or .installedOutOfBand().',
  },
  GPU_SHARING_NONE_WITH_POOLS: {
    meaning: 'GPU node pools are given while gpuSharing is NONE, so their GPUs would never be scheduled.',
    fix: 'Set gpuSharing to a mode other than NONE, or drop the GPU pools.',
  },
  INGRESS_WITH_ALB: {
    meaning: 'An ingress is configured while the ALB ingress is enabled, so two ingress classes would compete.',
    fix: 'Leave ingress unset while albIngress is enabled, or set albIngress: false.',
  },
  INSTANCE_TYPES_COUNT: {
    meaning: 'A node pool lists no instance type or more than ACK accepts.',
    fix: 'List between 1 and 10 ECS instance types.',
  },
  INSTANCE_TYPE_INVALID: {
    meaning: 'An instance type is not shaped like an ECS instance type.',
    fix: "Use an ECS instance type such as 'ecs.gn8is.4xlarge'.",
  },
  KUBERNETES_VERSION_INVALID: {
    meaning: 'The Kubernetes version is not an ACK version string.',
    fix: "Use an ACK version such as '1.34.1-aliyun.1'.",
  },
  LABEL_KEY_INVALID: {
    meaning: 'A node label key is not a Kubernetes label key.',
    fix: 'Use [prefix/]name with a name of up to 63 characters.',
  },
  LABEL_VALUE_INVALID: {
    meaning: 'A node label value is not a Kubernetes label value.',
    fix: "Use up to 63 letters, digits, '-', '_' or '.'.",
  },
  NETWORK_NO_ZONES: {
    meaning: 'A new VPC is given no zone, so there is nowhere to put the nodes.',
    fix: 'List at least one zone in network.zones (two or more for ALB and zone redundancy).',
  },
  NETWORK_REQUIRED: {
    meaning: 'The cluster has no network.',
    fix: 'Pass network: ClusterNetwork.newVpc({...}) or ClusterNetwork.existingVpc({...}).',
  },
  NODE_POOL_NAME: {
    meaning: 'A node pool name does not follow ACK\'s naming rule.',
    fix: "Use 1-63 letters, digits, '-' or '_', starting with a letter or digit.",
  },
  NODE_POOL_NAME_DUPLICATE: {
    meaning: 'Two node pools of one cluster share a name.',
    fix: 'Give each node pool of the cluster its own name.',
  },
  NODE_POOL_SIZE_CONFLICT: {
    meaning: 'A node pool has both a fixed size and a scaling range, and ACK would ignore one of them.',
    fix: 'Give either desiredSize or scaling (minNodes/maxNodes), not both.',
  },
  POD_CIDR_REQUIRED: {
    meaning: 'A Terway network over several zones has no aggregate pod CIDR, but the cluster contract exposes a single pod CIDR.',
    fix: "Set network.podCidr to a block covering every zone's podVswitchCidr.",
  },
  POD_VSWITCH_IS_NODE_VSWITCH: {
    meaning: 'A vswitch is used for both pods and nodes; Terway draws pod IPs from pod vswitches and would exhaust node addresses.',
    fix: 'Use pod vswitches separate from the node vswitches.',
  },
  SCALING_RANGE_INVALID: {
    meaning: "A node pool's scaling range is not whole numbers with 0 <= minNodes <= maxNodes and 1 <= maxNodes <= 1000.",
    fix: 'Fix scaling.minNodes and scaling.maxNodes to satisfy those bounds.',
  },
  TAINT_EFFECT_INVALID: {
    meaning: 'A node pool taint effect is not one Kubernetes knows.',
    fix: 'Use one of the TaintEffect values in the message.',
  },
  TAINT_KEY_INVALID: {
    meaning: 'A node pool taint key is not a Kubernetes taint key.',
    fix: 'Use [prefix/]name as the key.',
  },
  TAINT_VALUE_INVALID: {
    meaning: 'A node pool taint value is not a Kubernetes label value.',
    fix: "Use up to 63 letters, digits, '-', '_' or '.'.",
  },
  VPC_ID_INVALID: {
    meaning: 'An existing VPC ID is not shaped like one.',
    fix: "Use a VPC ID such as 'vpc-j6cabc123'.",
  },
  VSWITCH_IDS_EMPTY: {
    meaning: 'An existing VPC is given an empty list of vswitches.',
    fix: 'List at least one vswitch ID.',
  },
  VSWITCH_ID_INVALID: {
    meaning: 'A vswitch ID is not shaped like one.',
    fix: "Use a vswitch ID such as 'vsw-j6cabc123'.",
  },
  ZONE_DUPLICATE: {
    meaning: 'A zone is listed twice; a zone has one node vswitch and one pod vswitch.',
    fix: 'List each zone once in network.zones.',
  },
  ZONE_ID_INVALID: {
    meaning: 'A zone ID is not shaped like one.',
    fix: "Use a zone ID such as 'cn-hongkong-b'.",
  },
};
