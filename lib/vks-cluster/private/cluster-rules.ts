import { checkCidrs, checkContained, Cidr } from '../../core/cidr';
import { isUnresolved, Problems } from '../../core/errors';
import { GpuSharing } from '../../core/gpu';
import { checkName } from '../../core/naming';
import type { VksClusterProps } from '../props';
import { VNGCLOUD_REGIONS } from '../regions';
import { ApiServerAccess } from '../../core/cluster-options';
import { VksNetworkType } from '../props';

/** VKS cluster names: 5-20 characters of `[a-z0-9-]` (provider docs). */
export const CLUSTER_NAME = { min: 5, max: 20, pattern: /^[a-z0-9-]+$/, describe: "lower-case letters, digits and '-'" };
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((c) => Cidr.parse(c));
const SUPPORTED_SHARING = [GpuSharing.HAMI, GpuSharing.EXCLUSIVE, GpuSharing.NONE];

/** The GPU sharing mode in effect: HAMi when a GPU node group is declared, none otherwise. */
export function effectiveSharing(props: VksClusterProps): GpuSharing {
  return props.gpuSharing ?? (props.gpuNodeGroup ? GpuSharing.HAMI : GpuSharing.NONE);
}

/** Checks the cluster-level props (node groups are checked by their own rules). */
export function clusterProblems(props: VksClusterProps, problems: Problems): void {
  problems.addAll(checkName('clusterName', props.clusterName, CLUSTER_NAME, 'CLUSTER_NAME_INVALID'));

  problems.check(Object.values(ApiServerAccess).includes(props.apiServerAccess), 'ENDPOINT_ACCESS_MISSING', 'apiServerAccess',
    props.apiServerAccess, 'ApiServerAccess.PUBLIC or ApiServerAccess.PRIVATE: choose explicitly who can reach the API server');
  if (props.apiServerAccess === ApiServerAccess.PUBLIC) {
    problems.check((props.apiAllowedCidrs?.length ?? 0) > 0, 'API_ALLOWED_CIDRS_REQUIRED', 'apiAllowedCidrs', props.apiAllowedCidrs,
      "the CIDRs that may reach the public API server (e.g. your office and CI egress); ['0.0.0.0/0'] opens it to everyone, say so explicitly");
  }
  if (props.apiAllowedCidrs !== undefined && props.apiServerAccess !== ApiServerAccess.PUBLIC) {
    problems.check(props.apiAllowedCidrs.length > 0, 'API_ALLOWED_CIDRS_EMPTY', 'apiAllowedCidrs', props.apiAllowedCidrs,
      'at least one CIDR, or leave it out (the provider refuses an empty whitelist on update)');
  }
  problems.addAll(checkCidrs((props.apiAllowedCidrs ?? []).map((cidr, i) => ({ prop: `apiAllowedCidrs[${i}]`, cidr }))));

  const known = Object.keys(VNGCLOUD_REGIONS);
  if (!isUnresolved(props.region) && !known.includes(props.region ?? '')) {
    const sameLetters = known.find((r) => r === (props.region ?? '').toUpperCase());
    if (sameLetters) {
      // Regions are compared exactly downstream (the traffic manager's region geography, provider endpoints).
      problems.add('REGION_CASE', 'region', props.region, `'${sameLetters}', spelled exactly so: VNG Cloud region IDs are upper case`);
    } else {
      problems.check(!!props.apiEndpoints?.vks && !!props.apiEndpoints?.vserverGateway, 'REGION_UNKNOWN', 'region', props.region,
        `one of ${known.join(', ')}; for a region this library does not list yet, pass apiEndpoints.vks and apiEndpoints.vserverGateway`);
    }
  }
  for (const [prop, zone] of [['flavorZone', props.flavorZone], ['network.zoneId', props.network?.create?.zoneId]] as const) {
    problems.checkValue('ZONE_NOT_IN_REGION', prop, zone, (z) => isUnresolved(props.region) || z.startsWith(`${props.region}-`),
      `a zone of region ${props.region}, named '${props.region}-<zone>' (e.g. '${props.region}-1A')`);
  }

  const net = props.network;
  problems.check(net !== undefined, 'NETWORK_MISSING', 'network', net,
    'VksNetwork.existing({ vpcId, subnetId }) or VksNetwork.create({ vpcCidr, subnetCidr })');
  if (net?.create) {
    problems.check(props.projectId !== undefined, 'PROJECT_ID_MISSING', 'projectId', undefined,
      'the VNG Cloud project id (pro-…): VksNetwork.create needs it for the VPC and subnet');
    const vpc = isUnresolved(net.create.vpcCidr) ? undefined : Cidr.tryParse(net.create.vpcCidr);
    if (vpc) problems.check(vpc.prefix === 16, 'VPC_CIDR_PREFIX', 'network.vpcCidr', net.create.vpcCidr, 'a /16 block (VNG Cloud VPCs are /16)');
    problems.addAll(checkContained({ prop: 'network.vpcCidr', cidr: net.create.vpcCidr }, { prop: 'network.subnetCidr', cidr: net.subnetCidr }));
  }
  if (props.sshPublicKey !== undefined) {
    problems.check(props.sshKeyId === undefined, 'SSH_KEY_TWICE', 'sshPublicKey', '<a public key>', 'either sshKeyId (an existing key) or sshPublicKey (a key to create), not both');
    problems.check(props.projectId !== undefined, 'PROJECT_ID_MISSING', 'projectId', undefined, 'the VNG Cloud project id (pro-…): sshPublicKey creates a key in it');
    problems.check(/^(ssh-(rsa|ed25519)|ecdsa-sha2-\S+) \S+/.test(props.sshPublicKey), 'SSH_PUBLIC_KEY_INVALID', 'sshPublicKey', '<not shown>',
      'an OpenSSH public key line (ssh-ed25519 AAAA…, ssh-rsa AAAA…)');
  }

  const networkCidr = net?.create?.vpcCidr ?? net?.subnetCidr;
  const networkProp = net?.create ? 'network.vpcCidr' : 'network.subnetCidr';
  const secondaries = (props.secondarySubnets ?? []).map((cidr, i) => ({ prop: `secondarySubnets[${i}]`, cidr }));
  problems.addAll(checkCidrs([
    { prop: 'podCidr', cidr: props.podCidr },
    { prop: 'serviceCidr', cidr: props.serviceCidr },
    { prop: networkProp, cidr: networkCidr },
    ...secondaries,
  ], { allowOverlap: (a, b) => (a === networkProp && b.startsWith('secondarySubnets')) || (b === networkProp && a.startsWith('secondarySubnets')) }));
  const pod = isUnresolved(props.podCidr) ? undefined : Cidr.tryParse(props.podCidr ?? '');
  if (pod) {
    problems.check(PRIVATE_RANGES.some((r) => r.contains(pod)), 'POD_CIDR_NOT_PRIVATE', 'podCidr', props.podCidr,
      'a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16');
  }
  const netmask = props.nodeNetmaskSize ?? 25;
  problems.check(Number.isInteger(netmask) && netmask >= 17 && netmask <= 26, 'NODE_NETMASK_INVALID', 'nodeNetmaskSize', netmask,
    'a prefix length from 17 to 26 (pod block per node; 24-26 are the documented choices)');
  if (pod && Number.isInteger(netmask)) {
    problems.check(netmask > pod.prefix, 'NODE_NETMASK_INVALID', 'nodeNetmaskSize', netmask, `a prefix longer than podCidr's /${pod.prefix}, so each node gets a slice of it`);
  }

  const sharing = effectiveSharing(props);
  problems.check(SUPPORTED_SHARING.includes(sharing), 'GPU_SHARING_UNSUPPORTED', 'gpuSharing', sharing,
    'GpuSharing.HAMI, GpuSharing.EXCLUSIVE or GpuSharing.NONE (cGPU modes exist only on Alibaba ACK)');
  if (props.hami !== undefined) {
    problems.check(sharing === GpuSharing.HAMI, 'HAMI_SETTINGS_WITHOUT_HAMI', 'hami', Object.keys(props.hami),
      `no hami settings, or gpuSharing: GpuSharing.HAMI (gpuSharing is '${sharing}', so HAMi is not installed)`);
  }
  if (props.gpuOperator !== undefined) {
    problems.check(sharing !== GpuSharing.NONE, 'GPU_OPERATOR_SETTINGS_WITHOUT_GPU', 'gpuOperator', Object.keys(props.gpuOperator),
      "no gpuOperator settings, or a GPU node group / gpuSharing other than NONE (the operator is not installed without GPUs)");
  }
  if (props.gpuNodeGroup !== undefined) {
    problems.check(sharing !== GpuSharing.NONE, 'GPU_NODES_WITHOUT_SHARING', 'gpuSharing', sharing,
      'GpuSharing.HAMI or GpuSharing.EXCLUSIVE: the GPU node group needs the GPU Operator');
  }

  const lb = props.loadBalancerController;
  if (lb !== undefined) {
    problems.check(!!lb.credentials?.clientId && !!lb.credentials?.clientSecret, 'LB_CONTROLLER_CREDENTIALS_MISSING',
      'loadBalancerController.credentials', lb.credentials === undefined ? undefined : '<incomplete>',
      "{ clientId, clientSecret } as Secrets (e.g. Secret.variable(stack, 'vks_lb_client_id', ...)); or leave loadBalancerController out to use VKS's managed vLB plugin");
    problems.check(props.managedLoadBalancerPlugin !== true, 'LB_CONTROLLER_TWICE', 'managedLoadBalancerPlugin', true,
      'false (or unset) when loadBalancerController installs the controller: two controllers would fight over the same load balancers');
  }
  const ingressOn = props.ingress?.enabled ?? true;
  const hasLb = lb !== undefined || (props.managedLoadBalancerPlugin ?? true);
  problems.check(!ingressOn || hasLb, 'INGRESS_WITHOUT_LOAD_BALANCER', 'managedLoadBalancerPlugin', props.managedLoadBalancerPlugin,
    "true, or a loadBalancerController: ingress-nginx's LoadBalancer Service never gets an address otherwise (or set ingress.enabled: false)");

  const names = [props.gpuNodeGroup?.name, props.cpuNodeGroup?.name].filter((n): n is string => n !== undefined);
  problems.check(new Set(names).size === names.length, 'NODE_GROUP_NAME_DUPLICATE', 'cpuNodeGroup.name', props.cpuNodeGroup?.name,
    'a name different from gpuNodeGroup.name');
  if (props.networkType === VksNetworkType.CILIUM_NATIVE_ROUTING) {
    problems.check((props.secondarySubnets?.length ?? 0) > 0, 'SECONDARY_SUBNETS_REQUIRED', 'secondarySubnets', props.secondarySubnets,
      'at least one secondary subnet CIDR for pod IPs with CILIUM_NATIVE_ROUTING');
  }
}
