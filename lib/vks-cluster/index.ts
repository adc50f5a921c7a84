export { VksCluster } from './vks-cluster';
export type { VksClusterProps, VksIngressOptions } from './vks-cluster';
export { VksNodeGroup } from './node-group';
export type { VksNodeGroupOptions } from './node-group';
export { VksNetwork, VksNetworkType } from './types';
export { VKS_GPU_FLAVORS } from './flavors';
export { VNGCLOUD_REGIONS } from './regions';
export type { VngcloudEndpoints } from './regions';
