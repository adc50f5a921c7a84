export { GpuCluster } from './gpu-cluster';
export { AckClusterSpec, DiskCategory } from './props';
export type { GpuClusterProps, GpuNodePoolOptions, NodeDisk, NodePoolOptions } from './props';
export { ClusterNetwork, ClusterNetworkKind } from './network';
export type { ExistingVpcNatOptions, ExistingVpcOptions, NewVpcOptions, NewVpcZone } from './network';
export { AckNodePool } from './node-pool';
export {
  CsKubernetesAddonResource, CsKubernetesNodePoolResource, CsManagedKubernetesResource, EipAddressResource, EipAssociationResource,
  NatGatewayResource, SnatEntryResource, VpcResource, VswitchResource,
} from './resources';
export { KNOWN_GPU_INSTANCE_TYPES } from './gpu-instance-types';
export { AlbAddressType, DEFAULT_CREATE_TIME_ADD_ONS, GpuSchedulingComponent, GpuSchedulingInstallMethod } from './add-ons';
export type { AckAddOn, AlbIngressOptions, GpuSchedulingAddOnOptions, GpuSchedulingHelmOptions } from './add-ons';
export { AlbIngress } from './alb-ingress';
export { ACK_REGIONS } from './regions';
export { AlicloudProviderBlock } from '../private/alicloud-provider';
