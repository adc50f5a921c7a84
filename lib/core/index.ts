// The public surface of the core: what a user of the library, or an author of their own construct, needs.
// Helpers used inside the library (CIDR arithmetic, name checks, token tests, provider wiring) are imported
// by deep path and are not part of the package's API. test/public-surface.test.ts lists the package's exports.
export { Cidr } from './cidr';
export { ClusterBase } from './cluster-base';
export type { ClusterIdentity } from './cluster-base';
export { ClusterManifest, ManifestDelivery } from './cluster-manifest';
export type { ClusterManifestOptions, ClusterManifestProps, KubernetesObject } from './cluster-manifest';
export { ApiServerAccess } from './cluster-options';
export type { NodeScaling } from './cluster-options';
export { ClusterCni, ClusterPlatform, IngressAddressType, KubernetesDistribution } from './cluster';
export type { ClusterIngress, ICluster } from './cluster';
export type { ServiceEndpoint } from './endpoint';
export { MultiRegionValidationError, Problems } from './errors';
export type { ErrorCodeDoc, ValidationProblem } from './errors';
export { ExistingCluster } from './existing-cluster';
export type { ExistingClusterProps } from './existing-cluster';
export { GpuMemoryUnit, GpuPlacement, GpuSharing } from './gpu';
export type { GpuCapabilities, GpuNodeType, GpuResourceNames, GpuSpec } from './gpu';
export { HelmAddOn } from './helm-addon';
export type { HelmAddOnOptions, HelmAddOnProps, HelmChart, HelmChartOptions, HelmValue, HelmValues } from './helm-addon';
export { clusterZone, crossClusterServiceName, DEFAULT_CLUSTER_ZONE_SUFFIX, MultiClusterConstruct } from './multi-cluster';
export type { ClusterMember, MultiClusterRules } from './multi-cluster';
export { HelmReleaseResource } from './helm-release';
export { IngressClassV1Resource, NamespaceV1Resource, SecretV1Resource } from './kubernetes-resources';
export { assertPlacement } from './placement';
export { HelmProviderBlock, KubernetesProviderBlock } from './provider-blocks';
export { ProviderBlock, ProviderResource } from './provider-resource';
export type { ArgumentShape, ProviderBlockType, ProviderResourceType, ResourceArguments } from './provider-resource';
export { renderTolerations, TaintEffect } from './scheduling';
export type { NodeTaint, NodeToleration } from './scheduling';
export { checkSecret, Secret } from './secrets';
