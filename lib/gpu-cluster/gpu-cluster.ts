import { Annotations, Fn, TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DataAlicloudCsClusterCredential } from '../../.gen/providers/alicloud/data-alicloud-cs-cluster-credential';
import { ClusterCni, ClusterIngress, ClusterPlatform, IngressAddressType, KubernetesDistribution } from '../core/cluster';
import { ClusterBase } from '../core/cluster-base';
import { isUnresolved, Problems } from '../core/errors';
import { GpuCapabilities, GpuNodeType, GpuSharing } from '../core/gpu';
import { HelmAddOn } from '../core/helm-addon';
import { checkName, DNS_LABEL } from '../core/naming';
import {
  ACK_AI_INSTALLER, AckAddOn, DEFAULT_CREATE_TIME_ADD_ONS, GpuSchedulingComponent, GpuSchedulingInstallMethod,
} from './add-ons';
import { ACK_SUPPORTED_SHARING, ackGpuResourceNames, needsAiSchedulingComponent } from './gpu-sharing';
import { networkProblems } from './network';
import { AckNodePool, CheckedNodePool, checkNodePool } from './node-pool';
import { AlbIngress, albProblems } from './alb-ingress';
import { createNetworkResources, NetworkResources } from './private/network-resources';
import { findOrCreateAlicloudProvider } from '../private/alicloud-provider';
import { addOnProblems } from './private/support';
import { ApiServerAccess } from '../core/cluster-options';
import { checkProviderType } from '../core/provider-resource';
import { ACK_REGIONS, isZoneOf } from './regions';
import { CsKubernetesAddonResource, CsManagedKubernetesResource } from './resources';
import { AckClusterSpec, GpuClusterProps, GpuNodePoolOptions, NodePoolOptions } from './props';

const VERSION = /^\d+\.\d+\.\d+-aliyun\.\d+$/;
const REGION = /^[a-z]{2}-[a-z0-9-]+$/;

/**
 * An Alibaba Cloud ACK managed Pro cluster for GPU inference: network (new or existing VPC, Terway
 * pod vswitches, NAT egress), the cluster with its API endpoint chosen explicitly, a CPU system
 * pool and GPU pools labelled for the GPU sharing mode, the AI suite scheduling component, the ALB
 * ingress controller with its AlbConfig and IngressClass, and kubernetes/helm providers fed by a
 * temporary cluster credential.
 *
 * @example
 * const hk = new GpuCluster(stack, 'hk', {
 *   clusterName: 'hk-ack', region: 'cn-hongkong', apiServerAccess: ApiServerAccess.PUBLIC,
 *   network: ClusterNetwork.newVpc({ vpcCidr: '10.0.0.0/16', zones: [...] }),
 *   gpuSharing: GpuSharing.CGPU,
 *   gpuSchedulingComponent: GpuSchedulingComponent.installedOutOfBand(),
 *   gpuNodePools: [{ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'], desiredSize: 1 }],
 * });
 */
export class GpuCluster extends ClusterBase {
  public readonly ingress: ClusterIngress;

  /** The `alicloud_cs_managed_kubernetes` resource (escape hatch). */
  public readonly resource: CsManagedKubernetesResource;
  /** The cluster ID (token). */
  public readonly clusterId: string;
  /** The alicloud provider used for every cloud resource of this cluster. */
  public readonly alicloudProvider: TerraformProvider;
  /** VPC, vswitches and NAT resources (only those this construct created). */
  public readonly network: NetworkResources;
  /** The temporary credential data source feeding the providers. */
  public readonly credential: DataAlicloudCsClusterCredential;
  /** The CPU system node pool. */
  public readonly systemNodePool: AckNodePool;
  /** Components managed through `alicloud_cs_kubernetes_addon`, by name. */
  public readonly addOnResources: Record<string, CsKubernetesAddonResource> = {};
  /** The ALB ingress pieces, when enabled. */
  public readonly alb?: AlbIngress;
  /** The AI suite scheduling component, when installed by this construct. */
  public readonly gpuSchedulingRelease?: HelmAddOn;
  /** GPU sharing mode of the GPU pools. */
  public readonly gpuSharing: GpuSharing;

  private readonly gpuPools: AckNodePool[] = [];
  private readonly tags: Record<string, string>;
  private readonly nodeVswitchIds: string[];

  constructor(scope: Construct, id: string, props: GpuClusterProps) {
    const serviceCidr = props.serviceCidr ?? '192.168.0.0/16';
    super(scope, id, {
      clusterName: props.clusterName,
      region: props.region,
      platform: ClusterPlatform.ALIBABA_ACK,
      distribution: KubernetesDistribution.ACK,
      cni: ClusterCni.TERWAY,
      podCidr: props.network?.podCidr as string,
      serviceCidr,
    });
    const problems = new Problems(this.node.path);
    const sharing = props.gpuSharing ?? GpuSharing.EXCLUSIVE;
    const version = props.kubernetesVersion ?? '1.34.1-aliyun.1';
    const duration = props.credentialDurationMinutes ?? 60;

    problems.addAll(checkName('clusterName', props.clusterName, DNS_LABEL));
    if (props.allowUnlistedRegion) {
      problems.checkRequired('REGION_INVALID', 'region', props.region, (r) => REGION.test(r), "an Alibaba Cloud region ID such as 'cn-hongkong'");
    } else {
      problems.checkRequired('REGION_UNKNOWN', 'region', props.region, (r) => ACK_REGIONS.includes(r),
        `one of the regions ACK runs in (${ACK_REGIONS.join(', ')}); for a region this list does not know yet, set allowUnlistedRegion: true`);
    }
    (props.network?.newVpcOptions?.zones ?? []).forEach((z, i) => {
      problems.checkValue('ZONE_NOT_IN_REGION', `network.zones[${i}].zoneId`, z.zoneId, (zone) => isUnresolved(props.region) || isZoneOf(zone, props.region),
        `a zone of region ${props.region}, e.g. '${props.region}-b'`);
    });
    problems.checkValue('KUBERNETES_VERSION_INVALID', 'kubernetesVersion', version, (v) => VERSION.test(v), "an ACK version such as '1.34.1-aliyun.1'");
    problems.check(props.clusterSpec === undefined || Object.values(AckClusterSpec).includes(props.clusterSpec), 'CLUSTER_SPEC_INVALID', 'clusterSpec',
      props.clusterSpec, `one of ${Object.values(AckClusterSpec).join(', ')} (GPU sharing needs ACK Pro)`);
    problems.check(Object.values(ApiServerAccess).includes(props.apiServerAccess), 'API_SERVER_ACCESS_REQUIRED', 'apiServerAccess', props.apiServerAccess,
      'ApiServerAccess.PUBLIC (internet endpoint, providers work from anywhere) or ApiServerAccess.PRIVATE (VPC only; run plan/apply inside the VPC)');
    problems.checkValue('CREDENTIAL_DURATION_INVALID', 'credentialDurationMinutes', duration, (d) => Number.isInteger(d) && d >= 15 && d <= 4320,
      'a whole number of minutes from 15 to 4320 (ACK\'s limit for temporary kubeconfigs)');
    if (!props.network) {
      problems.add('NETWORK_REQUIRED', 'network', undefined, 'ClusterNetwork.newVpc({...}) or ClusterNetwork.existingVpc({...})');
    } else {
      problems.addAll(networkProblems(props.network, serviceCidr));
    }

    if (!ACK_SUPPORTED_SHARING.includes(sharing) && sharing !== GpuSharing.NONE) {
      problems.add('GPU_SHARING_UNSUPPORTED', 'gpuSharing', sharing, sharing === GpuSharing.HAMI
        ? 'HAMi is not supported on ACK; use GpuSharing.CGPU (memory isolation, the closest equivalent), CGPU_CORE_MEM, SHARED or EXCLUSIVE'
        : `one of ${ACK_SUPPORTED_SHARING.join(', ')}`);
    }
    const gpuPoolOptions = props.gpuNodePools ?? [];
    if (sharing === GpuSharing.NONE && gpuPoolOptions.length > 0) {
      problems.add('GPU_SHARING_NONE_WITH_POOLS', 'gpuSharing', sharing, 'a sharing mode other than NONE when gpuNodePools are given');
    }
    if (needsAiSchedulingComponent(sharing) && !props.gpuSchedulingComponent) {
      problems.add('GPU_SCHEDULING_COMPONENT_REQUIRED', 'gpuSchedulingComponent', undefined,
        `GpuSharing.${sharing} needs the Cloud-Native AI Suite scheduling component (ack-ai-installer): choose GpuSchedulingComponent.helmChart(...), .clusterAddOn() or .installedOutOfBand()`);
    }
    problems.addAll(gpuSchedulingProblems(props.gpuSchedulingComponent));

    const systemOptions: NodePoolOptions = props.systemNodePool ?? { name: 'system', instanceTypes: ['ecs.g7.xlarge'], desiredSize: 2 };
    // The pools' rules need nothing the cluster creates, so they run here, once; the pools created below reuse the result.
    const systemChecked = checkNodePool(systemOptions, undefined, 'systemNodePool');
    problems.addAll(systemChecked.problems);
    const poolSharing = ACK_SUPPORTED_SHARING.includes(sharing) ? sharing : GpuSharing.EXCLUSIVE;
    const names = new Map<string, string>([[systemOptions.name, 'systemNodePool']]);
    const gpuChecked = gpuPoolOptions.map((o, i) => checkNodePool(o, poolSharing, `gpuNodePools[${i}]`));
    gpuPoolOptions.forEach((o, i) => {
      problems.addAll(gpuChecked[i].problems);
      if (names.has(o.name)) {
        problems.add('NODE_POOL_NAME_DUPLICATE', `gpuNodePools[${i}].name`, o.name, `a name not used by ${names.get(o.name)}`);
      }
      names.set(o.name, `gpuNodePools[${i}]`);
    });
    problems.addAll(checkProviderType('alicloudProvider', props.alicloudProvider, 'alicloud'));
    problems.addAll(addOnProblems('createTimeAddOns', props.createTimeAddOns ?? DEFAULT_CREATE_TIME_ADD_ONS));
    problems.addAll(addOnProblems('addOns', props.addOns ?? []));
    if (props.albIngress !== false) {
      problems.addAll(albProblems(props.albIngress ?? {}, props.network));
      if (props.ingress) {
        problems.add('INGRESS_WITH_ALB', 'ingress', props.ingress, 'leave ingress unset while albIngress is enabled (the ALB class is used), or set albIngress: false');
      }
    }
    problems.throwIfAny();

    // ---- resources ----
    this.gpuSharing = sharing;
    this.tags = { ...(props.tags ?? {}) };
    this.alicloudProvider = props.alicloudProvider ?? findOrCreateAlicloudProvider(this, props.region);
    const provider = this.alicloudProvider;

    this.network = createNetworkResources(this, props.clusterName, props.network, provider, tagsOrUndefined(this.tags));
    this.nodeVswitchIds = this.network.nodeVswitchIds;
    const publicEndpoint = props.apiServerAccess === ApiServerAccess.PUBLIC;
    this.resource = new CsManagedKubernetesResource(this, 'cluster', {
      provider,
      name: props.clusterName,
      clusterSpec: props.clusterSpec ?? AckClusterSpec.PRO_SMALL,
      version,
      vswitchIds: [...this.network.nodeVswitchIds],
      podVswitchIds: [...this.network.podVswitchIds],
      serviceCidr,
      newNatGateway: false,
      slbInternetEnabled: publicEndpoint,
      deletionProtection: props.deletionProtection ?? true,
      skipSetCertificateAuthority: true,
      addons: (props.createTimeAddOns ?? DEFAULT_CREATE_TIME_ADD_ONS).map((a) => ({
        name: a.name,
        version: a.version,
        config: a.config ? JSON.stringify(a.config) : undefined,
        disabled: a.disabled,
      })),
      tags: tagsOrUndefined(this.tags),
      dependsOn: this.network.egressReady.length > 0 ? [...this.network.egressReady] : undefined,
    });
    this.clusterId = this.resource.id;
    if (publicEndpoint) {
      Annotations.of(this).addWarning(`${props.clusterName}: the API server has an internet endpoint protected by client certificates only; ` +
        'restrict its source addresses with an ACL on the API server CLB (ACK console) — alicloud provider 1.283.0 cannot set one.');
    }

    // ---- credentials and providers ----
    this.credential = new DataAlicloudCsClusterCredential(this, 'credential', {
      provider,
      clusterId: this.resource.id,
      temporaryDurationMinutes: duration,
    });
    const ca = this.credential.certificateAuthority;
    this.connect({
      host: this.resource.connectionEndpoint(publicEndpoint ? 'api_server_internet' : 'api_server_intranet'),
      clusterCaCertificate: Fn.base64decode(ca.lookup('cluster_cert')),
      clientCertificate: Fn.base64decode(ca.lookup('client_cert')),
      clientKey: Fn.base64decode(ca.lookup('client_key')),
    });
    if (props.kubeconfigOutput) {
      const out = new TerraformOutput(this, 'kubeconfig', {
        value: this.credential.kubeConfig,
        sensitive: true,
        description: `Temporary kubeconfig of ${props.clusterName} (expires after ${duration} minutes).`,
      });
      out.overrideLogicalId(`${this.identifier}_kubeconfig`);
    }

    // ---- node pools ----
    this.systemNodePool = new AckNodePool(this, 'system-pool', {
      host: this.poolHost(), options: systemOptions, propPrefix: 'systemNodePool', defaultDesiredSize: 2, checked: systemChecked,
    });
    this.addReadiness(this.systemNodePool);

    // ---- components ----
    for (const a of props.addOns ?? []) this.addAddOn(a);
    const component = props.gpuSchedulingComponent;
    if (component?.method === GpuSchedulingInstallMethod.CLUSTER_ADD_ON) {
      this.addAddOn({ name: ACK_AI_INSTALLER, version: component.addOn?.version, config: component.addOn?.config });
    } else if (component?.method === GpuSchedulingInstallMethod.HELM_CHART && component.helm) {
      const h = component.helm;
      const ns = h.namespace ?? 'kube-system';
      this.gpuSchedulingRelease = new HelmAddOn(this, 'ai-installer', {
        cluster: this,
        chart: { chart: h.chart ?? ACK_AI_INSTALLER, repository: h.repository, version: h.version },
        releaseName: ACK_AI_INSTALLER,
        namespace: ns,
        createNamespace: ns !== 'kube-system',
        values: h.values,
        dependsOn: [this.systemNodePool],
      });
      this.addReadiness(this.gpuSchedulingRelease);
    }
    if (props.albIngress !== false) {
      this.alb = new AlbIngress(this, 'alb', {
        cluster: this,
        options: props.albIngress ?? {},
        defaultVswitchIds: this.network.nodeVswitchIds,
        dependsOn: [this.systemNodePool],
      });
      this.addReadiness(...this.alb.readiness);
      this.ingress = { className: this.alb.ingressClassName, addressType: IngressAddressType.DOMAIN };
    } else {
      this.ingress = props.ingress ?? { className: 'nginx', addressType: IngressAddressType.IPV4 };
    }

    gpuPoolOptions.forEach((o, i) => this.createGpuPool(o, `gpuNodePools[${i}]`, gpuChecked[i]));
  }

  /**
   * GPU capabilities workloads read: the configured sharing mode and ACK's resource names from the
   * start, and the GPU node types of every GPU pool added so far (read again at synth by workloads,
   * so pools may be added after them).
   */
  public get gpu(): GpuCapabilities {
    if (this.gpuSharing === GpuSharing.NONE) return { sharing: GpuSharing.NONE, resourceNames: {} };
    const seen = new Set<string>();
    const nodeTypes: GpuNodeType[] = [];
    for (const t of this.gpuPools.flatMap((p) => p.gpuNodeTypes)) {
      const key = `${t.instanceType}|${t.gpuModel}|${t.gpuMemoryGiB}|${t.gpusPerNode}`;
      if (!seen.has(key)) nodeTypes.push(t);
      seen.add(key);
    }
    return { sharing: this.gpuSharing, resourceNames: ackGpuResourceNames(this.gpuSharing), nodeTypes };
  }

  /** Every node pool: the system pool first, then the GPU pools. */
  public get nodePools(): AckNodePool[] {
    return [this.systemNodePool, ...this.gpuPools];
  }

  /**
   * Adds a GPU node pool labelled for the cluster's sharing mode (`ack.node.gpu.schedule`, and
   * `ack.node.gpu.placement` for shared modes). Throws if the options are invalid.
   */
  public addGpuNodePool(options: GpuNodePoolOptions): AckNodePool {
    return this.createGpuPool(options, `addGpuNodePool(${options.name})`);
  }

  /** Manages an ACK component through `alicloud_cs_kubernetes_addon` (installed after the system pool). */
  public addAddOn(addOn: AckAddOn): CsKubernetesAddonResource {
    new Problems(this.node.path).addAll(addOnProblems(`addAddOn(${addOn.name})`, [addOn])).throwIfAny();
    if (this.addOnResources[addOn.name]) {
      new Problems(this.node.path).add('ADDON_DUPLICATE', `addAddOn(${addOn.name}).name`, addOn.name, 'each component managed once per cluster').throwIfAny();
    }
    const resource = new CsKubernetesAddonResource(this, `addon-${addOn.name}`, {
      provider: this.alicloudProvider,
      clusterId: this.clusterId,
      name: addOn.name,
      version: addOn.version,
      config: addOn.config ? JSON.stringify(addOn.config) : undefined,
      dependsOn: [this.systemNodePool],
    });
    this.addOnResources[addOn.name] = resource;
    this.addReadiness(resource);
    return resource;
  }

  private createGpuPool(options: GpuNodePoolOptions, prop: string, checked?: CheckedNodePool): AckNodePool {
    const problems = new Problems(this.node.path);
    if (this.gpuSharing === GpuSharing.NONE) {
      problems.add('GPU_SHARING_NONE_WITH_POOLS', 'gpuSharing', this.gpuSharing, 'a sharing mode other than NONE to add GPU pools');
    }
    if (this.nodePools.some((p) => p.poolName === options.name)) {
      problems.add('NODE_POOL_NAME_DUPLICATE', `${prop}.name`, options.name, 'a node pool name not used yet in this cluster');
    }
    problems.throwIfAny();
    const pool = new AckNodePool(this, `gpu-pool-${options.name}`, {
      host: this.poolHost(), options, gpuSharing: this.gpuSharing, propPrefix: prop, defaultDesiredSize: 1, checked,
    });
    this.gpuPools.push(pool);
    this.addReadiness(pool);
    return pool;
  }

  private poolHost() {
    return { clusterId: this.clusterId, alicloudProvider: this.alicloudProvider, nodeVswitchIds: this.nodeVswitchIds, tags: tagsOrUndefined(this.tags) };
  }
}

function tagsOrUndefined(tags: Record<string, string>): Record<string, string> | undefined {
  return Object.keys(tags).length > 0 ? tags : undefined;
}

function gpuSchedulingProblems(c: GpuSchedulingComponent | undefined) {
  const problems = new Problems('gpuSchedulingComponent');
  if (c?.method === GpuSchedulingInstallMethod.HELM_CHART && c.helm) {
    problems.checkRequired('CHART_REPOSITORY', 'gpuSchedulingComponent.repository', c.helm.repository, (r) => /^https:\/\/\S+$/.test(r),
      'the https:// URL of the chart repository that serves ack-ai-installer');
    problems.checkRequired('CHART_VERSION_UNPINNED', 'gpuSchedulingComponent.version', c.helm.version,
      (v) => /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/.test(v), 'an exact chart version such as 1.2.3');
  }
  return problems.all;
}
