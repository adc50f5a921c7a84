export { NetbirdMemberRole } from './props';
export type { NetbirdBridgeMember, NetbirdBridgeProps, NetbirdSettings } from './props';
export { NetbirdBridgeMemberPart } from './member';
export type { NetbirdBridgeMemberPartProps, NetbirdPeerView } from './member';
export { NetbirdBridge } from './netbird-bridge';
export {
  NetbirdGroupResource, NetbirdNetworkResource, NetbirdNetworkResourceResource, NetbirdNetworkRouterResource, NetbirdPolicyResource,
  NetbirdProviderBlock, NetbirdSetupKeyResource,
} from './resources';
