import { Testing } from 'cdktf';
import {
  AckClusterSpec, ClusterNetwork, DiskCategory, GpuCluster, GpuSchedulingComponent,
} from '../../lib/gpu-cluster';
import { ApiServerAccess } from '../../lib/core/cluster-options';
import { ClusterPlatform, IngressAddressType } from '../../lib/core/cluster';
import { GpuMemoryUnit, GpuPlacement, GpuSharing } from '../../lib/core/gpu';
import { TaintEffect } from '../../lib/core/scheduling';
import { clusterManifests, dataSources, helmRelease, onlyResource, resources, synthJson } from '../util/synth';
import { newStack, seedProps } from './fixtures';

const labelsOf = (pool: Record<string, unknown>) =>
  Object.fromEntries((pool.labels as { key: string; value: string }[]).map((l) => [l.key, l.value]));
const poolNamed = (json: ReturnType<typeof synthJson>, name: string) =>
  resources(json, 'alicloud_cs_kubernetes_node_pool').find((p) => p.node_pool_name === name)!;

describe('GpuCluster: the ACK managed Pro cluster', () => {
  test('is a Pro cluster on the seed version with deletion protection and Terway pod vswitches', () => {
    // GIVEN / WHEN
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps());
    const json = synthJson(stack);
    // THEN
    const cluster = onlyResource(json, 'alicloud_cs_managed_kubernetes');
    expect(cluster.cluster_spec).toBe('ack.pro.small');
    expect(cluster.version).toBe('1.34.1-aliyun.1');
    expect(cluster.deletion_protection).toBe(true);
    expect(cluster.slb_internet_enabled).toBe(true);
    expect(cluster.new_nat_gateway).toBe(false);
    expect(cluster.service_cidr).toBe('192.168.0.0/16');
    expect(cluster.pod_cidr).toBeUndefined(); // Flannel-only
    const vswitches = json.resource!.alicloud_vswitch;
    const idOf = (cidr: string) => `\${alicloud_vswitch.${Object.entries(vswitches).find(([, v]) => v.cidr_block === cidr)![0]}.id}`;
    expect(cluster.vswitch_ids).toEqual([idOf('10.0.0.0/24'), idOf('10.0.1.0/24')]);
    expect(cluster.pod_vswitch_ids).toEqual([idOf('10.0.128.0/18'), idOf('10.0.192.0/18')]);
    expect((cluster.addons as { name: string }[]).map((a) => a.name)).toEqual(
      ['terway-eniip', 'csi-plugin', 'managed-csiprovisioner', 'metrics-server', 'nginx-ingress-controller']);
    expect((cluster.addons as { name: string; disabled?: boolean }[]).find((a) => a.name === 'nginx-ingress-controller')!.disabled).toBe(true);
  });

  test('a private API server has no internet endpoint and the providers use the intranet endpoint', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({ apiServerAccess: ApiServerAccess.PRIVATE }));
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_cs_managed_kubernetes').slb_internet_enabled).toBe(false);
    expect(json.provider!.kubernetes[0].host).toMatch(/connections\["api_server_intranet"\]/);
  });

  test('a public API server is flagged with a warning', () => {
    const warnings = (c: GpuCluster) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)).join('\n');
    expect(warnings(new GpuCluster(newStack(), 'hk', seedProps()))).toMatch(/internet endpoint protected by client certificates only/);
    expect(warnings(new GpuCluster(newStack(), 'hk', seedProps({ apiServerAccess: ApiServerAccess.PRIVATE })))).toBe('');
  });

  test('options: spec, version, service CIDR, deletion protection off, tags', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({
      clusterSpec: AckClusterSpec.PRO_XLARGE, kubernetesVersion: '1.33.3-aliyun.1', serviceCidr: '172.21.0.0/20',
      deletionProtection: false, tags: { team: 'ml' },
    }));
    const json = synthJson(stack);
    const cluster = onlyResource(json, 'alicloud_cs_managed_kubernetes');
    expect(cluster).toMatchObject({ cluster_spec: 'ack.pro.xlarge', version: '1.33.3-aliyun.1', service_cidr: '172.21.0.0/20', deletion_protection: false, tags: { team: 'ml' } });
    expect(onlyResource(json, 'alicloud_vpc').tags).toEqual({ team: 'ml' });
  });
});

describe('GpuCluster: network', () => {
  test('a new VPC gets an Enhanced NAT gateway, an EIP bound to it and one SNAT entry per node and pod vswitch', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps());
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_vpc').cidr_block).toBe('10.0.0.0/16');
    const nat = onlyResource(json, 'alicloud_nat_gateway');
    expect(nat).toMatchObject({ nat_type: 'Enhanced', payment_type: 'PayAsYouGo' });
    const natName = Object.keys(json.resource!.alicloud_nat_gateway)[0];
    const eipName = Object.keys(json.resource!.alicloud_eip_address)[0];
    expect(onlyResource(json, 'alicloud_eip_association')).toMatchObject({
      allocation_id: `\${alicloud_eip_address.${eipName}.id}`, instance_id: `\${alicloud_nat_gateway.${natName}.id}`, instance_type: 'Nat',
    });
    const snat = resources(json, 'alicloud_snat_entry');
    expect(snat).toHaveLength(4);
    for (const s of snat) {
      expect(s.snat_table_id).toBe(`\${alicloud_nat_gateway.${natName}.snat_table_ids}`);
      expect(s.snat_ip).toBe(`\${alicloud_eip_address.${eipName}.ip_address}`);
    }
    const sources = snat.map((s) => s.source_vswitch_id).sort();
    const all = Object.keys(json.resource!.alicloud_vswitch).map((n) => `\${alicloud_vswitch.${n}.id}`).sort();
    expect(sources).toEqual(all);
    // nodes must boot with egress: the cluster waits for SNAT
    expect((onlyResource(json, 'alicloud_cs_managed_kubernetes').depends_on as string[]).filter((d) => d.startsWith('alicloud_snat_entry'))).toHaveLength(4);
  });

  test('natGateway: false creates no NAT resources', () => {
    const stack = newStack();
    const props = seedProps();
    new GpuCluster(stack, 'hk', { ...props, network: ClusterNetwork.newVpc({ ...props.network.newVpcOptions!, natGateway: false }) });
    const json = synthJson(stack);
    expect(resources(json, 'alicloud_nat_gateway')).toHaveLength(0);
    expect(resources(json, 'alicloud_snat_entry')).toHaveLength(0);
  });

  test('an existing VPC is used as given; no VPC or vswitch is created and no NAT unless asked', () => {
    const stack = newStack();
    const c = new GpuCluster(stack, 'hk', seedProps({
      network: ClusterNetwork.existingVpc({
        vpcId: 'vpc-j6c1', nodeVswitchIds: ['vsw-a1', 'vsw-b1'], podVswitchIds: ['vsw-a2', 'vsw-b2'], podCidr: '10.8.0.0/14', vpcCidr: '10.0.0.0/8',
      }),
    }));
    const json = synthJson(stack);
    expect(resources(json, 'alicloud_vpc')).toHaveLength(0);
    expect(resources(json, 'alicloud_vswitch')).toHaveLength(0);
    expect(resources(json, 'alicloud_nat_gateway')).toHaveLength(0);
    const cluster = onlyResource(json, 'alicloud_cs_managed_kubernetes');
    expect(cluster.vswitch_ids).toEqual(['vsw-a1', 'vsw-b1']);
    expect(cluster.pod_vswitch_ids).toEqual(['vsw-a2', 'vsw-b2']);
    expect(c.podCidr).toBe('10.8.0.0/14');
  });

  test('an existing VPC can get NAT egress with SNAT for its node and pod vswitches', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({
      network: ClusterNetwork.existingVpc({
        vpcId: 'vpc-j6c1', nodeVswitchIds: ['vsw-a1', 'vsw-b1'], podVswitchIds: ['vsw-a2'], podCidr: '10.8.0.0/14',
        natGateway: { vswitchId: 'vsw-a1', eipBandwidthMbps: 200 },
      }),
    }));
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_nat_gateway')).toMatchObject({ vpc_id: 'vpc-j6c1', vswitch_id: 'vsw-a1' });
    expect(onlyResource(json, 'alicloud_eip_address').bandwidth).toBe('200');
    expect(resources(json, 'alicloud_snat_entry').map((s) => s.source_vswitch_id)).toEqual(['vsw-a1', 'vsw-b1', 'vsw-a2']);
  });

  test('the contract pod CIDR defaults to the only zone\'s pod vswitch', () => {
    const c = new GpuCluster(newStack(), 'hk', seedProps({
      albIngress: false,
      network: ClusterNetwork.newVpc({ vpcCidr: '10.0.0.0/16', zones: [{ zoneId: 'cn-hongkong-b', nodeVswitchCidr: '10.0.0.0/24', podVswitchCidr: '10.0.64.0/18' }] }),
    }));
    expect(c.podCidr).toBe('10.0.64.0/18');
    expect(c.serviceCidr).toBe('192.168.0.0/16');
  });
});

describe('GpuCluster: node pools and GPU sharing', () => {
  test('the GPU pool carries ack.node.gpu.schedule=cgpu with binpack placement, on the node vswitches', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps());
    const json = synthJson(stack);
    const pool = poolNamed(json, 'l20');
    expect(labelsOf(pool)).toEqual({ 'ack.node.gpu.schedule': 'cgpu', 'ack.node.gpu.placement': 'binpack' });
    expect(pool.instance_types).toEqual(['ecs.gn8is.4xlarge']);
    expect(pool.desired_size).toBe('1');
    expect(pool.vswitch_ids).toEqual(onlyResource(json, 'alicloud_cs_managed_kubernetes').vswitch_ids);
  });

  test.each([
    [GpuSharing.EXCLUSIVE, { 'ack.node.gpu.schedule': 'default' }],
    [GpuSharing.CGPU_CORE_MEM, { 'ack.node.gpu.schedule': 'core_mem', 'ack.node.gpu.placement': 'binpack' }],
    [GpuSharing.SHARED, { 'ack.node.gpu.schedule': 'share', 'ack.node.gpu.placement': 'binpack' }],
  ])('sharing %s labels GPU nodes %j', (sharing, labels) => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({ gpuSharing: sharing }));
    expect(labelsOf(poolNamed(synthJson(stack), 'l20'))).toEqual(labels);
  });

  test('addGpuNodePool: placement, scaling, disks, labels and taints', () => {
    const stack = newStack();
    const c = new GpuCluster(stack, 'hk', seedProps({ gpuNodePools: [] }));
    c.addGpuNodePool({
      name: 'l20-spread', instanceTypes: ['ecs.gn8is.4xlarge', 'ecs.gn8is.8xlarge'], placement: GpuPlacement.SPREAD,
      scaling: { minNodes: 0, maxNodes: 4 },
      systemDisk: { category: DiskCategory.CLOUD_AUTO, sizeGiB: 200 }, dataDisks: [{ sizeGiB: 500 }],
      labels: { workload: 'tts' }, taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: TaintEffect.NO_SCHEDULE }],
    });
    const pool = poolNamed(synthJson(stack), 'l20-spread');
    expect(labelsOf(pool)).toEqual({ 'ack.node.gpu.schedule': 'cgpu', 'ack.node.gpu.placement': 'spread', workload: 'tts' });
    expect(pool.scaling_config).toEqual({ enable: true, min_size: 0, max_size: 4 });
    expect(pool.desired_size).toBeUndefined();
    expect(pool).toMatchObject({ system_disk_category: 'cloud_auto', system_disk_size: 200 });
    expect(pool.data_disks).toEqual([{ category: 'cloud_essd', size: 500 }]);
    expect(pool.taints).toEqual([{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }]);
  });

  test('a taint without an effect gets the documented default, NoSchedule (the one NodeTaint shape)', () => {
    // GIVEN a pool whose taint names only a key
    const stack = newStack();
    const c = new GpuCluster(stack, 'hk', seedProps({ gpuNodePools: [] }));
    // WHEN
    c.addGpuNodePool({ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'], taints: [{ key: 'nvidia.com/gpu' }] });
    // THEN the rendered taint has NoSchedule
    expect(poolNamed(synthJson(stack), 'l20').taints).toEqual([{ key: 'nvidia.com/gpu', effect: 'NoSchedule' }]);
  });

  test('the system pool defaults to 2 x ecs.g7.xlarge without GPU labels', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps());
    const pool = poolNamed(synthJson(stack), 'system');
    expect(pool).toMatchObject({ instance_types: ['ecs.g7.xlarge'], desired_size: '2', labels: [] });
  });

  test('cluster.gpu reflects the pools: cGPU memory in GiB and the L20 node type', () => {
    const c = new GpuCluster(newStack(), 'hk', seedProps());
    expect(c.gpu).toEqual({
      sharing: GpuSharing.CGPU,
      resourceNames: { memory: 'aliyun.com/gpu-mem', memoryUnit: GpuMemoryUnit.GIB },
      nodeTypes: [{ gpuModel: 'L20', gpuMemoryGiB: 48, gpusPerNode: 1, instanceType: 'ecs.gn8is.4xlarge' }],
    });
    expect(c.platform).toBe(ClusterPlatform.ALIBABA_ACK);
  });

  test('cluster.gpu: exclusive uses nvidia.com/gpu; core_mem adds the compute share; the configured mode holds before any pool exists', () => {
    expect(new GpuCluster(newStack(), 'a', seedProps({ gpuSharing: GpuSharing.EXCLUSIVE })).gpu.resourceNames).toEqual({ count: 'nvidia.com/gpu' });
    expect(new GpuCluster(newStack(), 'b', seedProps({ gpuSharing: GpuSharing.CGPU_CORE_MEM })).gpu.resourceNames.cores).toBe('aliyun.com/gpu-core.percentage');
    const poolless = new GpuCluster(newStack(), 'c', seedProps({ gpuNodePools: [] })).gpu;
    expect(poolless.sharing).toBe(GpuSharing.CGPU);
    expect(poolless.nodeTypes).toEqual([]);
    expect(new GpuCluster(newStack(), 'd', seedProps({ gpuNodePools: [], gpuSharing: GpuSharing.NONE })).gpu.sharing).toBe(GpuSharing.NONE);
  });

  test('an unknown GPU instance type is accepted with gpuModel and gpuMemoryGiB', () => {
    const c = new GpuCluster(newStack(), 'hk', seedProps({
      gpuNodePools: [{ name: 'h20', instanceTypes: ['ecs.gn8v.4xlarge'], gpuModel: 'H20', gpuMemoryGiB: 96, gpusPerNode: 1 }],
    }));
    expect(c.gpu.nodeTypes).toEqual([{ gpuModel: 'H20', gpuMemoryGiB: 96, gpusPerNode: 1, instanceType: 'ecs.gn8v.4xlarge' }]);
  });

  test('readiness holds the node pools and the ALB pieces, and grows with addGpuNodePool', () => {
    const c = new GpuCluster(newStack(), 'hk', seedProps());
    const before = c.readiness.length;
    const pool = c.addGpuNodePool({ name: 'more', instanceTypes: ['ecs.gn7i-c8g1.2xlarge'] });
    expect(c.readiness).toContain(c.systemNodePool);
    expect(c.readiness).toContain(pool);
    expect(c.readiness).toContain(c.alb!.resource);
    expect(c.readiness.length).toBe(before + 1);
    expect(c.gpu.nodeTypes!.map((t) => t.gpuModel)).toEqual(['L20', 'A10']);
  });
});

describe('GpuCluster: components', () => {
  test('the ALB ingress controller is a managed component with the default AlbConfig off, plus our AlbConfig and IngressClass', () => {
    const stack = newStack();
    const c = new GpuCluster(stack, 'hk', seedProps());
    const json = synthJson(stack);
    const alb = resources(json, 'alicloud_cs_kubernetes_addon').find((a) => a.name === 'alb-ingress-controller')!;
    expect(JSON.parse(alb.config as string)).toEqual({ albIngress: { CreateDefaultALBConfig: false } });
    const [manifest] = clusterManifests(json) as { spec: { config: Record<string, unknown[] | string>; listeners: unknown[] } }[];
    expect(clusterManifests(json)).toHaveLength(1);
    expect(manifest).toMatchObject({ apiVersion: 'alibabacloud.com/v1', kind: 'AlbConfig', metadata: { name: 'alb' } });
    expect(manifest.spec.config.addressType).toBe('Internet');
    expect(manifest.spec.config.zoneMappings).toHaveLength(2);
    expect(manifest.spec.listeners).toEqual([{ port: 80, protocol: 'HTTP' }]);
    expect(onlyResource(json, 'kubernetes_ingress_class_v1').spec).toEqual({
      controller: 'ingress.k8s.alibabacloud/alb', parameters: [{ api_group: 'alibabacloud.com', kind: 'AlbConfig', name: 'alb' }],
    });
    expect(c.ingress).toEqual({ className: 'alb', addressType: IngressAddressType.DOMAIN });
  });

  test('albIngress: false installs no ALB and uses the given ingress', () => {
    const stack = newStack();
    const c = new GpuCluster(stack, 'hk', seedProps({ albIngress: false, ingress: { className: 'nginx', addressType: IngressAddressType.IPV4 } }));
    const json = synthJson(stack);
    expect(resources(json, 'alicloud_cs_kubernetes_addon')).toHaveLength(0);
    expect(clusterManifests(json)).toHaveLength(0);
    expect(c.ingress.className).toBe('nginx');
  });

  test('extra components are managed after creation, after the system pool', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({ addOns: [{ name: 'arms-prometheus', config: { prometheusMode: 'default' } }] }));
    const json = synthJson(stack);
    const addon = resources(json, 'alicloud_cs_kubernetes_addon').find((a) => a.name === 'arms-prometheus')!;
    expect(addon.config).toBe('{"prometheusMode":"default"}');
    expect((addon.depends_on as string[])[0]).toMatch(/^alicloud_cs_kubernetes_node_pool\..*system-pool/);
  });

  test('the AI suite component as a cluster add-on', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({ gpuSchedulingComponent: GpuSchedulingComponent.clusterAddOn() }));
    expect(resources(synthJson(stack), 'alicloud_cs_kubernetes_addon').map((a) => a.name)).toContain('ack-ai-installer');
  });

  test('the AI suite component as a pinned Helm chart in kube-system', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({
      gpuSchedulingComponent: GpuSchedulingComponent.helmChart({ repository: 'https://charts.example.com/ack', version: '1.9.2' }),
    }));
    const release = helmRelease(synthJson(stack), 'ack-ai-installer');
    expect(release).toMatchObject({ repository: 'https://charts.example.com/ack', version: '1.9.2', namespace: 'kube-system', create_namespace: false });
  });
});

describe('GpuCluster: providers and credentials', () => {
  test('the kubernetes and helm providers take host and certificates from the cluster credential data source', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({ credentialDurationMinutes: 120 }));
    const json = synthJson(stack);
    const cred = dataSources(json, 'alicloud_cs_cluster_credential');
    expect(cred).toHaveLength(1);
    expect(cred[0].temporary_duration_minutes).toBe(120);
    const credName = Object.keys(json.data!.alicloud_cs_cluster_credential)[0];
    const clusterName = Object.keys(json.resource!.alicloud_cs_managed_kubernetes)[0];
    const ca = (k: string) => `\${base64decode(data.alicloud_cs_cluster_credential.${credName}.certificate_authority["${k}"])}`;
    const expected = {
      host: `\${alicloud_cs_managed_kubernetes.${clusterName}.connections["api_server_internet"]}`,
      cluster_ca_certificate: ca('cluster_cert'), client_certificate: ca('client_cert'), client_key: ca('client_key'),
    };
    expect(json.provider!.kubernetes).toEqual([expected]);
    expect(json.provider!.helm).toEqual([{ kubernetes: expected }]);
  });

  test('one alicloud provider per region, reused by a second cluster of the same region, credentials never in code', () => {
    const stack = newStack();
    new GpuCluster(stack, 'a', seedProps());
    new GpuCluster(stack, 'b', seedProps({ clusterName: 'hk-ack-2' }));
    const json = synthJson(stack);
    expect(json.provider!.alicloud).toEqual([{ region: 'cn-hongkong' }]);
    expect(json.provider!.kubernetes).toHaveLength(2);
  });

  test('kubeconfig output is sensitive', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({ kubeconfigOutput: true }));
    expect(synthJson(stack).output!.hk_ack_kubeconfig).toMatchObject({ sensitive: true });
  });

  test('no secret literal anywhere in the synthesized JSON', () => {
    const stack = newStack();
    new GpuCluster(stack, 'hk', seedProps({ kubeconfigOutput: true, gpuSchedulingComponent: GpuSchedulingComponent.clusterAddOn() }));
    const text = Testing.synth(stack);
    expect(text).not.toMatch(/BEGIN (RSA |EC )?(PRIVATE KEY|CERTIFICATE)/);
    expect(text).not.toMatch(/access_key|secret_key|"password"|LTAI[0-9A-Za-z]{12,}/);
    const json = JSON.parse(text);
    for (const p of [json.provider.kubernetes[0], json.provider.helm[0].kubernetes]) {
      for (const v of Object.values(p)) expect(String(v)).toMatch(/^\$\{.*\}$/);
    }
  });

  test('synth is deterministic', () => {
    const a = newStack(); new GpuCluster(a, 'hk', seedProps());
    const b = newStack(); new GpuCluster(b, 'hk', seedProps());
    expect(Testing.synth(a)).toBe(Testing.synth(b));
  });
});
