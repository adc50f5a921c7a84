import * as lib from '../lib';
import { exportedNames } from './util/exports';

/**
 * The package's public surface, values and types. A change here changes what users can import from
 * 'cdktf-multiregion': make it deliberately (internal helpers are imported by deep path instead).
 */
const PUBLIC_SURFACE = [
    'ACK_REGIONS', 'AckAddOn', 'AckClusterSpec', 'AckNodePool', 'AlbAddressType', 'AlbIngress', 'AlbIngressOptions',
    'AlibabaGtmEngine', 'AlibabaGtmOptions', 'AlicloudProviderBlock', 'AlidnsAccessStrategyResource',
    'AlidnsAddressPoolResource', 'AlidnsGtmInstanceResource', 'AlidnsMonitorConfigResource', 'ApiServerAccess',
    'ArgumentShape', 'CassandraDatacenterMember', 'CassandraDatacenterPart', 'CassandraDatacenterPartOptions',
    'CassandraManagementPart', 'CassandraMemberOptions', 'CassandraMemberPart', 'CassandraMultiDc',
    'CassandraMultiDcProps', 'CassandraReachability', 'CassandraReachabilityTarget', 'CertManager',
    'CertManagerOptions', 'CertManagerProps', 'Cidr', 'Cilium', 'CiliumEgressGatewaySettings', 'CiliumOptions',
    'CiliumProps', 'CloudflareEngine', 'CloudflareLoadBalancerMonitorResource', 'CloudflareLoadBalancerPoolResource',
    'CloudflareLoadBalancerResource', 'CloudflareOptions', 'CloudflareProviderBlock', 'ClusterBase', 'ClusterCni',
    'ClusterIdentity', 'ClusterIngress', 'ClusterManifest', 'ClusterManifestOptions', 'ClusterManifestProps',
    'ClusterMember', 'ClusterNetwork', 'ClusterNetworkKind', 'ClusterPlatform', 'CsKubernetesAddonResource',
    'CsKubernetesNodePoolResource', 'CsManagedKubernetesResource', 'DEFAULT_CLUSTER_ZONE_SUFFIX',
    'DEFAULT_CREATE_TIME_ADD_ONS', 'DiskCategory', 'ERROR_CATALOGUE', 'EipAddressResource', 'EipAssociationResource',
    'EngineBinding', 'EngineTimings', 'ErrorCatalogueEntry', 'ErrorCodeDoc', 'ExistingCluster',
    'ExistingClusterProps', 'ExistingVpcNatOptions', 'ExistingVpcOptions', 'FailoverBudget', 'FailoverMember',
    'FailoverPool', 'FailoverTiming', 'GpuCapabilities', 'GpuCluster', 'GpuClusterProps', 'GpuInferenceService',
    'GpuInferenceServiceProps', 'GpuMemoryUnit', 'GpuNodePoolOptions', 'GpuNodeType', 'GpuPlacement',
    'GpuResourceNames', 'GpuSchedulingAddOnOptions', 'GpuSchedulingComponent', 'GpuSchedulingHelmOptions',
    'GpuSchedulingInstallMethod', 'GpuSharing', 'GpuSpec', 'GtmEdition', 'GtmFailoverDomain',
    'GtmFailoverDomainProps', 'GtmProbeNode', 'Hami', 'HamiOptions', 'HamiProps', 'HamiResourceNames', 'HealthCheck',
    'HealthCheckProtocol', 'HelmAddOn', 'HelmAddOnOptions', 'HelmAddOnProps', 'HelmChart', 'HelmChartOptions',
    'HelmProviderBlock', 'HelmReleaseResource', 'HelmValue', 'HelmValues', 'ICluster', 'ITrafficEngine',
    'IngressAddressType', 'IngressClassV1Resource', 'IngressNginx', 'IngressNginxProps', 'KNOWN_GPU_INSTANCE_TYPES',
    'KubernetesDistribution', 'KubernetesObject', 'KubernetesProviderBlock', 'ManifestDelivery',
    'MultiClusterConstruct', 'MultiClusterRules', 'MultiRegionValidationError', 'NamespaceV1Resource',
    'NatGatewayResource', 'NatsCredentials', 'NatsGatewayTls', 'NatsJetStream', 'NatsMember', 'NatsMemberProps',
    'NatsResources', 'NatsSupercluster', 'NatsSuperclusterMember', 'NatsSuperclusterProps', 'NetbirdBridge',
    'NetbirdBridgeMember', 'NetbirdBridgeMemberPart', 'NetbirdBridgeMemberPartProps', 'NetbirdBridgeProps',
    'NetbirdGroupResource', 'NetbirdMemberRole', 'NetbirdNetworkResource', 'NetbirdNetworkResourceResource',
    'NetbirdNetworkRouterResource', 'NetbirdPeerView', 'NetbirdPolicyResource', 'NetbirdProviderBlock',
    'NetbirdSettings', 'NetbirdSetupKeyResource', 'NewVpcOptions', 'NewVpcZone', 'NodeDisk', 'NodePoolOptions',
    'NodeScaling', 'NodeTaint', 'NodeToleration', 'NvidiaGpuOperator', 'NvidiaGpuOperatorProps', 'PostgresClientCa',
    'PostgresCrossClusterNetwork', 'PostgresMember', 'PostgresMemberPart', 'PostgresMemberPartProps',
    'PostgresMultiMaster', 'PostgresMultiMasterProps', 'PostgresNodeSpec', 'PostgresStorage', 'PostgresTimeouts',
    'PostgresWalArchive', 'PostgresWalArchiveSettings', 'Problems', 'ProviderBlock', 'ProviderBlockType',
    'ProviderResource', 'ProviderResourceType', 'ResolvedCredentials', 'ResolvedDescription', 'ResolvedHealthCheck',
    'ResourceArguments', 'Routing', 'RoutingOptions', 'Secret', 'SecretV1Resource', 'ServiceEndpoint',
    'SnatEntryResource', 'TaintEffect', 'TrafficEngine', 'VKS_GPU_FLAVORS', 'VNGCLOUD_REGIONS', 'ValidationProblem',
    'VksCluster', 'VksClusterNodeGroupResource', 'VksClusterProps', 'VksClusterResource', 'VksIngressOptions',
    'VksNetwork', 'VksNetworkType', 'VksNodeGroup', 'VksNodeGroupOptions', 'VngcloudCredentials', 'VngcloudEndpoints',
    'VngcloudLoadBalancerController', 'VngcloudLoadBalancerControllerOptions', 'VngcloudLoadBalancerControllerProps',
    'VngcloudLoadBalancerScheme', 'VngcloudProviderBlock', 'VpcResource', 'VserverNetworkResource',
    'VserverSshkeyResource', 'VserverSubnetResource', 'VswitchResource', 'assertPlacement', 'checkSecret',
    'clusterZone', 'crossClusterServiceName', 'renderTolerations',
];

describe('public surface', () => {
  test('the package index exports exactly the listed names (sorted)', () => {
    // WHEN the index and the folder indexes it re-exports are read
    const names = exportedNames('lib/index.ts');
    // THEN
    expect(names).toEqual(PUBLIC_SURFACE);
  });

  test('every runtime value the package exports is on the list', () => {
    expect(Object.keys(lib).filter((k) => k !== '__esModule').every((k) => PUBLIC_SURFACE.includes(k))).toBe(true);
  });

  test.each([
    // one word per concept: the old names are gone
    'HamiSchedulerPolicy', 'GpuSchedulerPolicy', 'VksNodeTaint', 'VksEndpointAccess', 'VksAutoscale', 'GpuInstanceSpec', 'VksGpuFlavor',
    // internal helpers are not exported
    'ackGpuNodeLabels', 'ackGpuResourceNames', 'lookupGpuInstanceType', 'checkName', 'checkCidrs', 'checkContained',
    'toIdentifier', 'isUnresolved', 'formatProblem', 'CheckedNodePool', 'NodePoolHost', 'ALB_INGRESS_CLASS_CONTROLLER',
  ])('%s is not exported', (name) => {
    expect(exportedNames('lib/index.ts')).not.toContain(name);
  });
});
