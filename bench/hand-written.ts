/**
 * Benchmark peer: the full topology of bench/topology.ts (BENCH_TOPOLOGY=full) written by hand as a
 * plain cdktf app, the way a user without this library would write it: the same provider classes
 * (prebuilt @cdktf/provider-* packages and the generated alicloud/vngcloud bindings, imported by deep
 * path), the same resources with the same arguments, one stack per cluster and a global stack with
 * the Cloudflare failover domain over the first ten clusters. It does not import lib/.
 *
 * test/bench/hand-written.test.ts checks that it synthesizes the same resources as the library's
 * topology (logical ids aside). BENCH_CLUSTERS sets the number of clusters (default 50).
 */
import { App, AssetType, Fn, TerraformAsset, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { LoadBalancer } from '@cdktf/provider-cloudflare/lib/load-balancer';
import { LoadBalancerMonitor } from '@cdktf/provider-cloudflare/lib/load-balancer-monitor';
import { LoadBalancerPool } from '@cdktf/provider-cloudflare/lib/load-balancer-pool';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Release } from '@cdktf/provider-helm/lib/release';
import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { IngressClassV1 } from '@cdktf/provider-kubernetes/lib/ingress-class-v1';
import { IngressV1 } from '@cdktf/provider-kubernetes/lib/ingress-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { AlicloudProvider } from '../.gen/providers/alicloud/provider';
import { CsKubernetesAddon } from '../.gen/providers/alicloud/cs-kubernetes-addon';
import { CsKubernetesNodePool } from '../.gen/providers/alicloud/cs-kubernetes-node-pool';
import { CsManagedKubernetes } from '../.gen/providers/alicloud/cs-managed-kubernetes';
import { DataAlicloudCsClusterCredential } from '../.gen/providers/alicloud/data-alicloud-cs-cluster-credential';
import { EipAddress } from '../.gen/providers/alicloud/eip-address';
import { EipAssociation } from '../.gen/providers/alicloud/eip-association';
import { NatGateway } from '../.gen/providers/alicloud/nat-gateway';
import { SnatEntry } from '../.gen/providers/alicloud/snat-entry';
import { Vpc } from '../.gen/providers/alicloud/vpc';
import { Vswitch } from '../.gen/providers/alicloud/vswitch';
import { DataVngcloudVserverFlavor } from '../.gen/providers/vngcloud/data-vngcloud-vserver-flavor';
import { DataVngcloudVserverFlavorZone } from '../.gen/providers/vngcloud/data-vngcloud-vserver-flavor-zone';
import { VngcloudProvider } from '../.gen/providers/vngcloud/provider';
import { VksCluster } from '../.gen/providers/vngcloud/vks-cluster';
import { VksClusterNodeGroupA } from '../.gen/providers/vngcloud/vks-cluster-node-group';
import { VserverNetwork } from '../.gen/providers/vngcloud/vserver-network';
import { VserverSubnet } from '../.gen/providers/vngcloud/vserver-subnet';

const count = Number(process.env.BENCH_CLUSTERS ?? 50);
const HOST = 'svc.example.com';
const IMAGE = 'ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4';
const PROJECT = 'pro-00000000-0000-0000-0000-000000000000';
const SSH_KEY = 'ssh-00000000-0000-0000-0000-000000000000';
/** The AlbConfig chart, relative to cdktf.json as TerraformAsset paths are (the same chart the library bundles). */
const CHART_DIR = 'charts/cluster-manifests';

/** Where a cluster's ingress is reached from the global stack. */
interface Member {
  readonly name: string;
  readonly region: string;
  readonly address: string;
}

const json = (v: unknown): string => JSON.stringify(v, null, 2);

function sensitiveVariable(scope: Construct, name: string, description: string): TerraformVariable {
  return new TerraformVariable(scope, name, { type: 'string', sensitive: true, nullable: false, description });
}

/** The Kokoro service: Deployment, Service, Ingress and the ingress address output. */
function gpuService(
  stack: TerraformStack, clusterName: string, kubernetes: KubernetesProvider, dependsOn: ITerraformDependable[] | undefined,
  gpu: { limits: Record<string, string>; runtimeClassName?: string; schedulerName?: string },
  ingressClass: string, addressKind: 'hostname' | 'ip',
): string {
  const labels = { 'app.kubernetes.io/managed-by': 'cdktf-multiregion', 'app.kubernetes.io/name': 'svc' };
  const selector = { 'app.kubernetes.io/name': 'svc' };
  const metadata = { name: 'svc', namespace: 'default', labels };
  const spread = (topologyKey: string) => ({
    maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: [{ matchLabels: selector }],
  });
  new DeploymentV1(stack, 'svc-deployment', {
    provider: kubernetes, dependsOn, metadata, waitForRollout: true, timeouts: { create: '20m', update: '20m' },
    spec: {
      replicas: '1',
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '1', maxUnavailable: '0' } },
      template: {
        metadata: { labels },
        spec: {
          runtimeClassName: gpu.runtimeClassName,
          schedulerName: gpu.schedulerName,
          terminationGracePeriodSeconds: 10,
          topologySpreadConstraint: [spread('kubernetes.io/hostname'), spread('topology.kubernetes.io/zone')],
          container: [{
            name: 'svc',
            image: IMAGE,
            port: [{ name: 'http', containerPort: 8880, protocol: 'TCP' }],
            resources: { limits: gpu.limits, requests: { cpu: '100m', memory: '1024Mi' } },
            readinessProbe: {
              httpGet: { path: '/health', port: '8880', scheme: 'HTTP' },
              periodSeconds: 5, timeoutSeconds: 2, successThreshold: 1, failureThreshold: 2,
            },
            lifecycle: { preStop: [{ exec: { command: ['sleep', '5'] } }] },
          }],
        },
      },
    },
  });
  const service = new ServiceV1(stack, 'svc-service', {
    provider: kubernetes, dependsOn, metadata,
    spec: { type: 'ClusterIP', selector, port: [{ name: 'http', port: 8880, targetPort: 'http', protocol: 'TCP' }] },
  });
  const ingress = new IngressV1(stack, 'svc-ingress', {
    provider: kubernetes, dependsOn, metadata, waitForLoadBalancer: true, timeouts: { create: '20m' },
    spec: {
      ingressClassName: ingressClass,
      rule: [{
        host: HOST,
        http: {
          path: [{
            path: '/', pathType: 'Prefix',
            backend: { service: { name: service.metadata.name, port: { number: 8880 } } },
          }],
        },
      }],
    },
  });
  const lb = ingress.status.get(0).loadBalancer.get(0).ingress.get(0);
  const address = addressKind === 'hostname' ? lb.hostname : lb.ip;
  new TerraformOutput(stack, 'svc-ingress-address', {
    staticId: true,
    value: address,
    description: `Ingress load-balancer ${addressKind === 'hostname' ? 'host name' : 'IP address'} of svc in cluster ${clusterName} (${HOST})`,
  }).overrideLogicalId(`${clusterName.replace(/-/g, '_')}_svc_ingress_address`);
  return address;
}

/** ACK Pro with a cGPU pool, ALB ingress, and the service. */
function ackCluster(stack: TerraformStack, name: string): Member {
  const alicloud = new AlicloudProvider(stack, 'alicloud', { region: 'cn-hongkong' });
  const provider = alicloud;
  const vpc = new Vpc(stack, 'vpc', { provider, vpcName: name, cidrBlock: '10.0.0.0/16' });
  const vswitch = (id: string, kind: string, cidrBlock: string, zoneId: string) =>
    new Vswitch(stack, id, { provider, vpcId: vpc.id, cidrBlock, zoneId, vswitchName: `${name}-${kind}-${zoneId}` });
  const nodeVswitches = [vswitch('node-b', 'node', '10.0.0.0/24', 'cn-hongkong-b'), vswitch('node-c', 'node', '10.0.1.0/24', 'cn-hongkong-c')];
  const podVswitches = [vswitch('pod-b', 'pod', '10.0.128.0/18', 'cn-hongkong-b'), vswitch('pod-c', 'pod', '10.0.192.0/18', 'cn-hongkong-c')];
  const nat = new NatGateway(stack, 'nat', {
    provider, vpcId: vpc.id, vswitchId: nodeVswitches[0].id, natGatewayName: `${name}-nat`,
    natType: 'Enhanced', paymentType: 'PayAsYouGo', internetChargeType: 'PayByLcu',
  });
  const eip = new EipAddress(stack, 'eip', {
    provider, addressName: `${name}-nat`, bandwidth: '100', internetChargeType: 'PayByTraffic', paymentType: 'PayAsYouGo',
  });
  const association = new EipAssociation(stack, 'eip-association', { provider, allocationId: eip.id, instanceId: nat.id, instanceType: 'Nat' });
  const snat = [...nodeVswitches, ...podVswitches].map((vsw, k) => new SnatEntry(stack, `snat-${k}`, {
    provider, dependsOn: [association], snatTableId: nat.snatTableIds, sourceVswitchId: vsw.id, snatIp: eip.ipAddress,
    snatEntryName: `${name}-${k}`,
  }));
  const cluster = new CsManagedKubernetes(stack, 'cluster', {
    provider, dependsOn: snat, name, clusterSpec: 'ack.pro.small', version: '1.34.1-aliyun.1', deletionProtection: true,
    vswitchIds: nodeVswitches.map((v) => v.id), podVswitchIds: podVswitches.map((v) => v.id), serviceCidr: '192.168.0.0/16',
    newNatGateway: false, slbInternetEnabled: false, skipSetCertificateAuthority: true,
    addons: [
      { name: 'terway-eniip' }, { name: 'csi-plugin' }, { name: 'managed-csiprovisioner' }, { name: 'metrics-server' },
      { name: 'nginx-ingress-controller', disabled: true },
    ],
  });
  const credential = new DataAlicloudCsClusterCredential(stack, 'credential', { provider, clusterId: cluster.id, temporaryDurationMinutes: 60 });
  const ca = credential.certificateAuthority;
  const kubeAccess = {
    host: cluster.connections.lookup('api_server_intranet'),
    clusterCaCertificate: Fn.base64decode(ca.lookup('cluster_cert')),
    clientCertificate: Fn.base64decode(ca.lookup('client_cert')),
    clientKey: Fn.base64decode(ca.lookup('client_key')),
  };
  const kubernetes = new KubernetesProvider(stack, 'kubernetes', kubeAccess);
  const helm = new HelmProvider(stack, 'helm', { kubernetes: kubeAccess });
  const pool = (id: string, nodePoolName: string, instanceType: string, desiredSize: string, labels: { key: string; value: string }[]) =>
    new CsKubernetesNodePool(stack, id, {
      provider, clusterId: cluster.id, nodePoolName, instanceTypes: [instanceType], desiredSize, labels,
      vswitchIds: nodeVswitches.map((v) => v.id), instanceChargeType: 'PostPaid', systemDiskCategory: 'cloud_essd', systemDiskSize: 120,
    });
  const systemPool = pool('system-pool', 'system', 'ecs.g7.xlarge', '2', []);
  const gpuPool = pool('gpu-pool', 'l20', 'ecs.gn8is.4xlarge', '1', [
    { key: 'ack.node.gpu.placement', value: 'binpack' }, { key: 'ack.node.gpu.schedule', value: 'cgpu' },
  ]);
  const albController = new CsKubernetesAddon(stack, 'alb-controller', {
    provider, dependsOn: [systemPool], clusterId: cluster.id, name: 'alb-ingress-controller',
    config: JSON.stringify({ albIngress: { CreateDefaultALBConfig: false } }),
  });
  // The AlbConfig custom resource, applied through a small local chart (copied into the stack).
  const chart = new TerraformAsset(stack, 'manifests-chart', { path: CHART_DIR, type: AssetType.DIRECTORY });
  const albConfig = new Release(stack, 'albconfig', {
    provider: helm, dependsOn: [albController], name: 'albconfig-alb', namespace: 'default', chart: `./${chart.path.replace(/\/$/, '')}`,
    createNamespace: false, wait: true,
    values: [json({
      manifests: [{
        apiVersion: 'alibabacloud.com/v1', kind: 'AlbConfig', metadata: { name: 'alb' },
        spec: {
          config: { addressType: 'Internet', name: 'alb', zoneMappings: nodeVswitches.map((v) => ({ vSwitchId: v.id })) },
          listeners: [{ port: 80, protocol: 'HTTP' }],
        },
      }],
    })],
  });
  const ingressClass = new IngressClassV1(stack, 'alb-ingress-class', {
    provider: kubernetes, dependsOn: [albController], metadata: { name: 'alb' },
    spec: { controller: 'ingress.k8s.alibabacloud/alb', parameters: [{ apiGroup: 'alibabacloud.com', kind: 'AlbConfig', name: 'alb' }] },
  });
  const address = gpuService(stack, name, kubernetes, [systemPool, albController, albConfig, ingressClass, gpuPool],
    { limits: { 'aliyun.com/gpu-mem': '3' } }, 'alb', 'hostname');
  return { name, region: 'cn-hongkong', address };
}

/** VKS with a GPU node group, the GPU Operator, HAMi, the VNG load-balancer controller, ingress-nginx, and the service. */
function vksCluster(stack: TerraformStack, name: string): Member {
  const clusterName = `vks-${name}`;
  const clientId = sensitiveVariable(stack, 'vngcloud_client_id', 'Client ID of the VNG Cloud IAM service account Terraform uses.');
  const clientSecret = sensitiveVariable(stack, 'vngcloud_client_secret', 'Client secret of the VNG Cloud IAM service account Terraform uses.');
  const vngcloud = new VngcloudProvider(stack, 'vngcloud', {
    clientId: clientId.stringValue, clientSecret: clientSecret.stringValue,
    tokenUrl: 'https://iamapis.vngcloud.vn/accounts-api/v2/auth/token',
    vksBaseUrl: 'https://vks.api.vngcloud.vn',
    vlbBaseUrl: 'https://hcm-3.api.vngcloud.vn/vserver/vlb-gateway',
    vserverBaseUrl: 'https://hcm-3.api.vngcloud.vn/vserver/vserver-gateway',
  });
  const lbClientId = sensitiveVariable(stack, 'lb_client_id', 'vLB controller client ID');
  const lbClientSecret = sensitiveVariable(stack, 'lb_client_secret', 'vLB controller client secret');
  const network = new VserverNetwork(stack, 'vpc', { projectId: PROJECT, name: `${clusterName}-vpc`, cidr: '10.20.0.0/16', zoneId: 'HCM03-1A' });
  const subnet = new VserverSubnet(stack, 'subnet', {
    projectId: PROJECT, networkId: network.id, name: `${clusterName}-nodes`, cidr: '10.20.1.0/24', zoneId: 'HCM03-1A',
  });
  const cluster = new VksCluster(stack, 'cluster', {
    provider: vngcloud, name: clusterName, vpcId: network.id, subnetId: subnet.id, cidr: '172.16.0.0/16', networkType: 'CALICO', nodeNetmaskSize: 25,
    enablePrivateCluster: true, enabledBlockStoreCsiPlugin: true, enabledLoadBalancerPlugin: false,
  });
  const flavorZone = new DataVngcloudVserverFlavorZone(stack, 'flavor-zone', { projectId: PROJECT, name: 'HCM03-1A' });
  const flavor = new DataVngcloudVserverFlavor(stack, 'gpu-flavor', { projectId: PROJECT, flavorZoneId: flavorZone.id, name: 'g3-standard-16x128-1A40' });
  const nodeGroup = (id: string, groupName: string, numNodes: number, gpu?: { flavorId: string }) => new VksClusterNodeGroupA(stack, id, {
    clusterId: cluster.id, name: groupName, numNodes, sshKeyId: SSH_KEY, diskSize: 100, enablePrivateNodes: true,
    enabledEncryptionVolume: false, upgradeConfig: { strategy: 'SURGE', maxSurge: 1, maxUnavailable: 0 },
    ...(gpu ? { flavorId: gpu.flavorId, labels: { gpu: 'on' } } : {}),
  });
  const nodeGroups = [nodeGroup('cpu-node-group', 'system', 2), nodeGroup('gpu-node-group', 'gpu-a40', 1, { flavorId: flavor.id })];
  new TerraformOutput(stack, 'kubeconfig', {
    staticId: true, value: cluster.config, sensitive: true, description: `kubeconfig of VKS cluster ${clusterName}`,
  }).overrideLogicalId(`${clusterName.replace(/-/g, '_')}_kubeconfig`);
  const kubeconfig = new TerraformLocal(stack, 'kubeconfig-decoded', Fn.sensitive(Fn.yamldecode(cluster.config)));
  const server = Fn.lookupNested(kubeconfig.expression, ['clusters', 0, 'cluster']);
  const user = Fn.lookupNested(kubeconfig.expression, ['users', 0, 'user']);
  const kubeAccess = {
    host: Fn.lookupNested(server, ['server']),
    clusterCaCertificate: Fn.base64decode(Fn.lookupNested(server, ['certificate-authority-data'])),
    clientCertificate: Fn.base64decode(Fn.try([Fn.lookupNested(user, ['client-certificate-data']), ''])),
    clientKey: Fn.base64decode(Fn.try([Fn.lookupNested(user, ['client-key-data']), ''])),
    token: Fn.try([Fn.lookupNested(user, ['token']), '']),
  };
  const kubernetes = new KubernetesProvider(stack, 'kubernetes', kubeAccess);
  const helm = new HelmProvider(stack, 'helm', { kubernetes: kubeAccess });
  const release = (id: string, props: { name: string; namespace: string; chart: string; repository?: string; version: string;
    createNamespace: boolean; dependsOn: ITerraformDependable[]; values: unknown; setSensitive?: { name: string; value: string }[] }) =>
    new Release(stack, id, {
      provider: helm, name: props.name, namespace: props.namespace, chart: props.chart, repository: props.repository,
      version: props.version, createNamespace: props.createNamespace, dependsOn: props.dependsOn, values: [json(props.values)],
      setSensitive: props.setSensitive, atomic: false, cleanupOnFail: true, timeout: 600, wait: true,
    });
  const gpuOperator = release('gpu-operator', {
    name: 'gpu-operator', namespace: 'gpu-operator', chart: 'gpu-operator', repository: 'https://helm.ngc.nvidia.com/nvidia',
    version: 'v25.10.0', createNamespace: true, dependsOn: nodeGroups,
    values: {
      cdi: { enabled: false },
      daemonsets: { tolerations: [{ effect: 'NoSchedule', key: 'nvidia.com/gpu', operator: 'Exists' }] },
      dcgmExporter: { enabled: true }, devicePlugin: { enabled: true }, driver: { enabled: true }, nfd: { enabled: true },
      operator: { runtimeClass: 'nvidia' }, toolkit: { enabled: true },
    },
  });
  const hami = release('hami', {
    name: 'hami', namespace: 'kube-system', chart: 'hami', repository: 'https://project-hami.github.io/HAMi/', version: '2.7.1',
    createNamespace: false, dependsOn: [gpuOperator],
    values: {
      devicePlugin: {
        createRuntimeClass: false, deviceMemoryScaling: 1, deviceSplitCount: 10, nvidianodeSelector: { gpu: 'on' },
        runtimeClassName: 'nvidia', tolerations: [],
      },
      resourceCores: 'hami.nvidia.com/gpucores', resourceMem: 'hami.nvidia.com/gpumem',
      resourceMemPercentage: 'hami.nvidia.com/gpumem-percentage', resourceName: 'hami.nvidia.com/gpu',
      resourcePriority: 'hami.nvidia.com/priority',
      scheduler: { defaultSchedulerPolicy: { gpuSchedulerPolicy: 'spread', nodeSchedulerPolicy: 'binpack' } },
      schedulerName: 'hami-scheduler',
    },
  });
  const lbController = release('load-balancer-controller', {
    name: 'vngcloud-load-balancer-controller', namespace: 'kube-system',
    chart: 'oci://vcr.vngcloud.vn/81-vks-public/vks-helm-charts/vngcloud-load-balancer-controller', version: '0.3.24',
    createNamespace: false, dependsOn: nodeGroups,
    setSensitive: [
      { name: 'mysecret.global.clientID', value: lbClientId.stringValue },
      { name: 'mysecret.global.clientSecret', value: lbClientSecret.stringValue },
    ],
    values: {
      mysecret: {
        cluster: { clusterID: cluster.id, region: 'HCM03' },
        global: { identityURL: 'https://iamapis.vngcloud.vn/accounts-api', vserverURL: 'https://hcm-3.api.vngcloud.vn/vserver' },
        loadBalancerOpts: {
          defaultAllowedCidrs: '0.0.0.0/0', defaultL4PackageName: 'NLB_Small', defaultL7PackageName: 'ALB_Small', defaultScheme: 'Internet',
        },
      },
    },
  });
  const ingressNginx = release('ingress-nginx', {
    name: 'ingress-nginx', namespace: 'ingress-nginx', chart: 'ingress-nginx', repository: 'https://kubernetes.github.io/ingress-nginx',
    version: '4.15.1', createNamespace: true, dependsOn: [...nodeGroups, lbController],
    values: {
      controller: {
        ingressClass: 'nginx', ingressClassResource: { default: false, enabled: true, name: 'nginx' },
        publishService: { enabled: true }, replicaCount: 2, service: { annotations: {}, type: 'LoadBalancer' },
      },
    },
  });
  const address = gpuService(stack, clusterName, kubernetes, [...nodeGroups, gpuOperator, hami, lbController, ingressNginx], {
    limits: { 'hami.nvidia.com/gpu': '1', 'hami.nvidia.com/gpumem': '3072' }, runtimeClassName: 'nvidia', schedulerName: 'hami-scheduler',
  }, 'nginx', 'ip');
  return { name: clusterName, region: 'HCM03', address };
}

/** An existing k3s cluster reached through a kubeconfig, exclusive GPUs, and the service. */
function existingCluster(stack: TerraformStack, name: string): Member {
  const kubeconfigPath = new TerraformVariable(stack, 'kubeconfig-path', {
    type: 'string', default: '~/.kube/config', description: `Path of the kubeconfig file that reaches cluster ${name} (context ${name}).`,
  });
  kubeconfigPath.overrideLogicalId(`${name}_kubeconfig_path`);
  const kubeAccess = { configPath: kubeconfigPath.stringValue, configContext: name };
  const kubernetes = new KubernetesProvider(stack, 'kubernetes', kubeAccess);
  new HelmProvider(stack, 'helm', { kubernetes: kubeAccess });
  const address = gpuService(stack, name, kubernetes, undefined, { limits: { 'nvidia.com/gpu': '1' } }, 'nginx', 'ip');
  return { name, region: 'fsn1', address };
}

/** Cloudflare load balancer over the members: a pool per region, Host-header health checks, geo steering. */
function failoverDomain(stack: TerraformStack, members: Member[]): void {
  const accountId = '0123456789abcdef0123456789abcdef';
  const apiToken = sensitiveVariable(stack, 'cloudflare_api_token', 'Cloudflare API token with Load Balancing edit rights (TF_VAR_cloudflare_api_token).');
  const provider = new CloudflareProvider(stack, 'cloudflare', { apiToken: apiToken.stringValue });
  const monitor = new LoadBalancerMonitor(stack, 'monitor', {
    provider, accountId, type: 'http', method: 'GET', path: '/health', port: 80, header: { Host: [HOST] }, expectedCodes: '2xx',
    followRedirects: false, interval: 15, timeout: 5, retries: 0, consecutiveDown: 2, consecutiveUp: 2,
    description: `${HOST} health (HTTP ${HOST}/health)`,
  });
  const regions = [...new Set(members.map((m) => m.region))];
  const pools = new Map(regions.map((region) => [region, new LoadBalancerPool(stack, `pool-${region}`, {
    provider, accountId, name: `svc-example-com-${region.toLowerCase()}`, description: `${HOST} in ${region}`, enabled: true,
    minimumOrigins: 1, monitor: monitor.id, originSteering: { policy: 'random' },
    origins: members.filter((m) => m.region === region).map((m) => ({ name: m.name, address: m.address, port: 80, enabled: true, weight: 1 })),
  })]));
  const geo: Record<string, [string, string]> = { 'cn-hongkong': ['NEAS', 'HCM03'], HCM03: ['SEAS', 'cn-hongkong'], fsn1: ['WEU', 'cn-hongkong'] };
  const lb = new LoadBalancer(stack, 'load-balancer', {
    provider, zoneId: 'fedcba9876543210fedcba9876543210', name: HOST, proxied: true, enabled: true, steeringPolicy: 'geo',
    description: `Failover domain ${HOST} (${regions.join(', ')})`,
    defaultPools: regions.map((r) => pools.get(r)!.id),
    fallbackPool: pools.get(regions[0])!.id,
    regionPools: Object.fromEntries(regions.map((r) => [geo[r][0], [r, geo[r][1]].filter((x) => pools.has(x)).map((x) => pools.get(x)!.id)])),
  });
  new TerraformOutput(stack, 'svc_load_balancer_id', { staticId: true, value: lb.id, description: `Cloudflare load balancer serving ${HOST}.` });
  new TerraformOutput(stack, 'svc_failover_budget', {
    staticId: true,
    description: `Failover budget of ${HOST} (seconds): Cloudflare proxied: 15 s × 2 + 5 s = 35 s worst, 27.5 s typical`,
    value: {
      detection_typical_seconds: 27.5, detection_worst_seconds: 35, dns_cache_seconds: 0, engine: 'Cloudflare proxied',
      failover_typical_seconds: 27.5, failover_worst_seconds: 35, formula: '15 s × 2 + 5 s = 35 s', recovery_seconds: 30,
    },
  });
}

const app = new App();
const members: Member[] = [];
for (let i = 0; i < count; i++) {
  const name = `c${String(i).padStart(2, '0')}`;
  const stack = new TerraformStack(app, name);
  const member = i % 3 === 0 ? ackCluster(stack, name) : i % 3 === 1 ? vksCluster(stack, name) : existingCluster(stack, name);
  if (members.length < 10) members.push(member);
}
failoverDomain(new TerraformStack(app, 'global'), members);
app.synth();
