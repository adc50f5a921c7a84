export { VksCluster } from './vks-cluster';
export type { VksClusterProps, VksIngressOptions, VksNodeGroupOptions } from './props';
export { VksNodeGroup } from './node-group';
export { VksNetwork, VksNetworkType } from './props';
export { VKS_GPU_FLAVORS } from './flavors';
export { VNGCLOUD_REGIONS } from './regions';
export type { VngcloudEndpoints } from './regions';
export { VngcloudLoadBalancerController, VngcloudLoadBalancerScheme } from './vngcloud-load-balancer-controller';
export type {
  VngcloudCredentials, VngcloudLoadBalancerControllerOptions, VngcloudLoadBalancerControllerProps,
} from './vngcloud-load-balancer-controller';
export {
  VksClusterNodeGroupResource, VksClusterResource, VngcloudProviderBlock, VserverNetworkResource, VserverSshkeyResource,
  VserverSubnetResource,
} from './resources';
