import { VksNetworkType } from '../props';

/** The provider's `network_type` strings, in one place. */
export const VKS_NETWORK_TYPE: Readonly<Record<VksNetworkType, string>> = {
  [VksNetworkType.CALICO]: 'CALICO',
  [VksNetworkType.CILIUM_OVERLAY]: 'CILIUM_OVERLAY',
  [VksNetworkType.CILIUM_NATIVE_ROUTING]: 'CILIUM_NATIVE_ROUTING',
};
