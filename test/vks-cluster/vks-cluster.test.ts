import { App, TerraformStack, Testing } from 'cdktf';
import { GpuSharing, IngressAddressType, MultiRegionValidationError, Secret } from '../../lib';
import { validationCodes as codes } from '../util/validation';
import { TaintEffect } from '../../lib/core/scheduling';
import { ApiServerAccess } from '../../lib/core/cluster-options';
import { VksCluster, VksClusterProps, VksNetwork, VksNetworkType } from '../../lib/vks-cluster';
import { chartDefaults, unknownValueKeys } from '../util/chart-values';
import { describeWithShared, helmRelease, helmValues, onlyResource, resources, synthJson } from '../util/synth';

/** Parsed Helm values, for property access in assertions. */
type Tree = { readonly [key: string]: Tree };

function stack(): TerraformStack {
  return new TerraformStack(new App(), 'hcm03');
}

const base: VksClusterProps = {
  clusterName: 'hcm03-gpu',
  region: 'HCM03',
  apiServerAccess: ApiServerAccess.PUBLIC,
  apiAllowedCidrs: ['203.0.113.0/24'],
  network: VksNetwork.existing({ vpcId: 'net-1', subnetId: 'sub-1', subnetCidr: '10.20.1.0/24' }),
  podCidr: '172.16.0.0/16',
  serviceCidr: '10.96.0.0/12',
  sshKeyId: 'ssh-1',
  projectId: 'pro-1',
  flavorZone: 'HCM03-1A',
  cpuNodeGroup: { name: 'system', flavorId: 'flav-cpu', numNodes: 2 },
  gpuNodeGroup: { name: 'gpu-a40', flavor: 'g3-standard-16x128-1A40' },
};

function lbCreds(s: TerraformStack) {
  return { clientId: Secret.variable(s, 'vks_lb_client_id', 'id'), clientSecret: Secret.variable(s, 'vks_lb_client_secret', 'secret') };
}

describe('VksCluster', () => {
  test('creates the VKS cluster with explicit access, network type, CIDR and API whitelist', () => {
    const s = stack();
    new VksCluster(s, 'vks', { ...base, networkType: VksNetworkType.CILIUM_OVERLAY });
    const cluster = onlyResource(synthJson(s), 'vngcloud_vks_cluster');
    expect(cluster).toMatchObject({
      name: 'hcm03-gpu',
      enable_private_cluster: false,
      network_type: 'CILIUM_OVERLAY',
      cidr: '172.16.0.0/16',
      vpc_id: 'net-1',
      subnet_id: 'sub-1',
      white_list_node_cidr: ['203.0.113.0/24'],
      node_netmask_size: 25,
      enabled_load_balancer_plugin: true,
    });
    expect(cluster.node_group).toBeUndefined();
  });

  test('a private cluster gets private nodes by default', () => {
    const s = stack();
    new VksCluster(s, 'vks', { ...base, apiServerAccess: ApiServerAccess.PRIVATE, apiAllowedCidrs: undefined });
    const json = synthJson(s);
    expect(onlyResource(json, 'vngcloud_vks_cluster').enable_private_cluster).toBe(true);
    expect(resources(json, 'vngcloud_vks_cluster_node_group').map((g) => g.enable_private_nodes)).toEqual([true, true]);
  });

  test('the GPU node group looks the seed flavor up by name, is labelled gpu=on and separate from the cluster', () => {
    const s = stack();
    new VksCluster(s, 'vks', { ...base, gpuNodeGroup: { ...base.gpuNodeGroup!, scaling: { minNodes: 1, maxNodes: 3 } } });
    const json = synthJson(s);
    const gpu = resources(json, 'vngcloud_vks_cluster_node_group').find((g) => g.name === 'gpu-a40')!;
    expect(gpu).toMatchObject({
      labels: { gpu: 'on' },
      num_nodes: 1,
      auto_scale_config: { min_size: 1, max_size: 3 },
      disk_size: 100,
      ssh_key_id: 'ssh-1',
      upgrade_config: { strategy: 'SURGE', max_surge: 1, max_unavailable: 0 },
    });
    expect(gpu.cluster_id).toMatch(/^\$\{vngcloud_vks_cluster\.\w+\.id\}$/);
    expect(gpu.flavor_id).toMatch(/^\$\{data\.vngcloud_vserver_flavor\.[\w-]+\.id\}$/);
    const flavor = Object.values(json.data!.vngcloud_vserver_flavor)[0];
    expect(flavor).toMatchObject({ name: 'g3-standard-16x128-1A40', project_id: 'pro-1' });
    expect(Object.values(json.data!.vngcloud_vserver_flavor_zone)[0]).toMatchObject({ name: 'HCM03-1A' });
    const cpu = resources(json, 'vngcloud_vks_cluster_node_group').find((g) => g.name === 'system')!;
    expect(cpu.flavor_id).toBe('flav-cpu');
    expect(cpu.labels).toBeUndefined();
  });

  test('feeds the kubernetes and helm providers from the decoded kubeconfig, marked sensitive', () => {
    const s = stack();
    new VksCluster(s, 'vks', base);
    const json = synthJson(s);
    const local = Object.entries(json.locals as Record<string, string>).find(([k]) => k.includes('kubeconfig'))!;
    expect(local[1]).toMatch(/^\$\{sensitive\(yamldecode\(vngcloud_vks_cluster\.\w+\.config\)\)\}$/);
    const k8s = json.provider!.kubernetes[0];
    expect(k8s.host).toBe(`\${local.${local[0]}.clusters.0.cluster.server}`);
    expect(k8s.cluster_ca_certificate).toBe(`\${base64decode(local.${local[0]}.clusters.0.cluster["certificate-authority-data"])}`);
    expect(k8s.client_certificate).toBe(`\${base64decode(try(local.${local[0]}.users.0.user["client-certificate-data"], ""))}`);
    expect(k8s.token).toBe(`\${try(local.${local[0]}.users.0.user.token, "")}`);
    expect((json.provider!.helm[0] as unknown as Tree).kubernetes).toEqual(k8s);
    expect(json.output!.hcm03_gpu_kubeconfig).toMatchObject({ sensitive: true });
  });

  test('creates the vngcloud provider with credentials from sensitive variables and the region\'s endpoints', () => {
    const s = stack();
    new VksCluster(s, 'vks', base);
    const json = synthJson(s);
    expect(json.provider!.vngcloud).toEqual([{
      client_id: '${var.vngcloud_client_id}',
      client_secret: '${var.vngcloud_client_secret}',
      token_url: 'https://iamapis.vngcloud.vn/accounts-api/v2/auth/token',
      vks_base_url: 'https://vks.api.vngcloud.vn',
      vserver_base_url: 'https://hcm-3.api.vngcloud.vn/vserver/vserver-gateway',
      vlb_base_url: 'https://hcm-3.api.vngcloud.vn/vserver/vlb-gateway',
    }]);
    expect(json.variable!.vngcloud_client_secret).toMatchObject({ sensitive: true, type: 'string' });
  });

  test('installs GPU Operator, HAMi and ingress-nginx in order and exposes HAMi capabilities', () => {
    const s = stack();
    const c = new VksCluster(s, 'vks', base);
    const json = synthJson(s);
    const op = helmRelease(json, 'gpu-operator');
    const hami = helmRelease(json, 'hami');
    const ingress = helmRelease(json, 'ingress-nginx');
    expect(op.depends_on).toHaveLength(2);
    expect((op.depends_on as string[]).every((d) => d.startsWith('vngcloud_vks_cluster_node_group.'))).toBe(true);
    expect((hami.depends_on as string[])[0]).toMatch(/^helm_release\.vks_gpu-operator/);
    expect((helmValues(ingress) as unknown as Tree).controller.publishService).toEqual({ enabled: true });
    expect(c.gpu).toEqual({
      sharing: GpuSharing.HAMI,
      resourceNames: { count: 'hami.nvidia.com/gpu', memory: 'hami.nvidia.com/gpumem', memoryUnit: 'MiB', cores: 'hami.nvidia.com/gpucores' },
      schedulerName: 'hami-scheduler',
      runtimeClassName: 'nvidia',
      nodeTypes: [{ gpuModel: 'A40', gpuMemoryGiB: 48, gpusPerNode: 1, instanceType: 'g3-standard-16x128-1A40' }],
    });
    expect(c.ingress).toEqual({ className: 'nginx', addressType: IngressAddressType.IPV4 });
    expect(c.readiness.map((r) => r.fqn)).toEqual([
      ...c.nodeGroups.map((g) => g.resource.fqn), c.gpuOperator!.fqn, c.hami!.fqn, c.ingressController!.fqn,
    ]);
  });

  test('EXCLUSIVE mode installs the operator without HAMi and offers nvidia.com/gpu', () => {
    const s = stack();
    const c = new VksCluster(s, 'vks', { ...base, gpuSharing: GpuSharing.EXCLUSIVE });
    const json = synthJson(s);
    expect(() => helmRelease(json, 'hami')).toThrow(/found 0/);
    expect(c.gpu.resourceNames).toEqual({ count: 'nvidia.com/gpu' });
    expect(c.gpu.runtimeClassName).toBe('nvidia');
    expect(resources(json, 'vngcloud_vks_cluster_node_group').find((g) => g.name === 'gpu-a40')!.labels).toBeUndefined();
  });

  test('the load-balancer controller replaces the managed plugin and ingress-nginx waits for it', () => {
    const s = stack();
    const c = new VksCluster(s, 'vks', { ...base, loadBalancerController: { credentials: lbCreds(s) } });
    const json = synthJson(s);
    expect(onlyResource(json, 'vngcloud_vks_cluster').enabled_load_balancer_plugin).toBe(false);
    const lb = helmRelease(json, 'vngcloud-load-balancer-controller');
    expect((helmValues(lb) as unknown as Tree).mysecret.cluster.clusterID).toMatch(/^\$\{vngcloud_vks_cluster\.\w+\.id\}$/);
    expect(helmRelease(json, 'ingress-nginx').depends_on).toContain(`helm_release.${c.loadBalancerController!.resource.friendlyUniqueId}`);
  });

  test('no credential literal appears in the synthesized JSON', () => {
    const s = stack();
    new VksCluster(s, 'vks', { ...base, loadBalancerController: { credentials: lbCreds(s) } });
    const text = Testing.synth(s);
    const json = JSON.parse(text);
    expect(json.provider.vngcloud[0].client_secret).toBe('${var.vngcloud_client_secret}');
    const lb = helmRelease(json, 'vngcloud-load-balancer-controller');
    expect((lb.set_sensitive as { value: string }[]).map((x) => x.value)).toEqual(['${var.vks_lb_client_id}', '${var.vks_lb_client_secret}']);
    for (const m of text.matchAll(/"(client_secret|client_id|clientSecret|clientID)"\s*:\s*"([^"]*)"/g)) expect(m[2]).toMatch(/^\$\{var\./);
  });

  test('VksNetwork.create makes a VPC and subnet in the project', () => {
    const s = stack();
    new VksCluster(s, 'vks', { ...base, network: VksNetwork.create({ vpcCidr: '10.20.0.0/16', subnetCidr: '10.20.1.0/24', zoneId: 'HCM03-1A' }) });
    const json = synthJson(s);
    expect(onlyResource(json, 'vngcloud_vserver_network')).toMatchObject({ cidr: '10.20.0.0/16', project_id: 'pro-1', name: 'hcm03-gpu-vpc' });
    expect(onlyResource(json, 'vngcloud_vserver_subnet')).toMatchObject({ cidr: '10.20.1.0/24', zone_id: 'HCM03-1A' });
    expect(onlyResource(json, 'vngcloud_vks_cluster').vpc_id).toMatch(/^\$\{vngcloud_vserver_network\./);
  });

  test('sshPublicKey creates a key every node group uses', () => {
    const s = stack();
    new VksCluster(s, 'vks', { ...base, sshKeyId: undefined, sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample me@laptop' });
    const json = synthJson(s);
    expect(onlyResource(json, 'vngcloud_vserver_sshkey').name).toBe('hcm03-gpu-nodes');
    expect(resources(json, 'vngcloud_vks_cluster_node_group').every((g) => /^\$\{vngcloud_vserver_sshkey\./.test(g.ssh_key_id as string))).toBe(true);
  });

  test('addNodeGroup adds a GPU group whose taints the GPU add-ons tolerate, and updates the node types', () => {
    const s = stack();
    const c = new VksCluster(s, 'vks', { ...base, gpuFlavors: { 'g3-rtx4090': { gpuModel: 'RTX4090', gpuMemoryGiB: 24, gpusPerNode: 2 } } });
    c.addNodeGroup({ name: 'gpu-4090', flavorId: 'flav-x', flavor: 'g3-rtx4090', taints: [{ key: 'gpu', value: 'rtx4090', effect: TaintEffect.NO_SCHEDULE }] });
    const json = synthJson(s);
    expect(c.gpu.nodeTypes!.map((t) => t.gpuModel)).toEqual(['A40', 'RTX4090']);
    const g = resources(json, 'vngcloud_vks_cluster_node_group').find((x) => x.name === 'gpu-4090')!;
    expect(g.taint).toEqual([{ key: 'gpu', value: 'rtx4090', effect: 'NoSchedule' }]);
    expect(g.labels).toEqual({ gpu: 'on' });
    expect((helmValues(helmRelease(json, 'gpu-operator')) as unknown as Tree).daemonsets.tolerations).toContainEqual({ key: 'gpu', operator: 'Equal', value: 'rtx4090', effect: 'NoSchedule' });
    expect((helmValues(helmRelease(json, 'hami')) as unknown as Tree).devicePlugin.tolerations).toEqual([{ key: 'gpu', operator: 'Equal', value: 'rtx4090', effect: 'NoSchedule' }]);
    expect(helmRelease(json, 'gpu-operator').depends_on).toHaveLength(3);
  });

  test('a second VKS cluster in the same stack reuses the vngcloud provider and gets aliased kubernetes providers', () => {
    const s = stack();
    new VksCluster(s, 'a', base);
    const b = new VksCluster(s, 'b', { ...base, clusterName: 'hcm03-cpu', gpuNodeGroup: undefined, podCidr: '172.17.0.0/16' });
    expect(synthJson(s).provider!.vngcloud).toHaveLength(1);
    expect(b.kubernetesProvider.alias).toBe('hcm03_cpu');
    expect(b.gpu.sharing).toBe(GpuSharing.NONE);
    expect(b.gpuOperator).toBeUndefined();
  });
});

describe('VksCluster validation', () => {
  test('throws when the cluster name is outside 5-20 [a-z0-9-]', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, clusterName: 'gpu' })).toThrow(/\[CLUSTER_NAME_INVALID\] clusterName: got 'gpu' \(3 characters\); must be 5-20/);
    expect(() => new VksCluster(stack(), 'c', { ...base, clusterName: 'HCM03_GPU' })).toThrow(/\[CLUSTER_NAME_INVALID\] clusterName: got 'HCM03_GPU'/);
  });

  test('throws when a node group name is outside 5-15 [a-z0-9-]', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, gpuNodeGroup: { ...base.gpuNodeGroup!, name: 'gpu-a40-node-group-1' } }))
      .toThrow(/\[NODE_GROUP_NAME_INVALID\] gpuNodeGroup\.name: got 'gpu-a40-node-group-1' \(20 characters\); must be 5-15/);
  });

  test('throws when public or private is not chosen', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, apiServerAccess: undefined as unknown as ApiServerAccess }))
      .toThrow(/\[ENDPOINT_ACCESS_MISSING\] apiServerAccess: got undefined; ApiServerAccess.PUBLIC or ApiServerAccess.PRIVATE/);
  });

  test('throws when a public cluster has no API whitelist', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, apiAllowedCidrs: undefined }))
      .toThrow(/\[API_ALLOWED_CIDRS_REQUIRED\] apiAllowedCidrs: got undefined/);
  });

  test('throws when pod, service and subnet CIDRs overlap or do not parse', () => {
    expect(codes(() => new VksCluster(stack(), 'c', { ...base, serviceCidr: '172.16.128.0/17' }))).toEqual(['CIDR_OVERLAP']);
    expect(() => new VksCluster(stack(), 'c', { ...base, podCidr: '10.20.0.0/16' }))
      .toThrow(/\[CIDR_OVERLAP\] network\.subnetCidr: got '10\.20\.1\.0\/24'; it overlaps podCidr '10\.20\.0\.0\/16'/);
    expect(() => new VksCluster(stack(), 'c', { ...base, podCidr: '172.16.0.1/16' })).toThrow(/\[CIDR_INVALID\] podCidr: got '172\.16\.0\.1\/16'/);
  });

  test('throws when the subnet lies outside a created VPC', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, network: VksNetwork.create({ vpcCidr: '10.20.0.0/16', subnetCidr: '10.30.1.0/24' }) }))
      .toThrow(/\[CIDR_NOT_CONTAINED\] network\.subnetCidr: got '10\.30\.1\.0\/24'; must lie inside network\.vpcCidr/);
  });

  test('throws when the node count is outside the autoscale range', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, gpuNodeGroup: { ...base.gpuNodeGroup!, numNodes: 5, scaling: { minNodes: 1, maxNodes: 3 } } }))
      .toThrow(/\[NODE_COUNT_OUTSIDE_AUTOSCALE\] gpuNodeGroup\.numNodes: got 5; a count from scaling.minNodes \(1\) to scaling.maxNodes \(3\)/);
    expect(codes(() => new VksCluster(stack(), 'c', { ...base, gpuNodeGroup: { ...base.gpuNodeGroup!, scaling: { minNodes: 4, maxNodes: 2 } } })))
      .toEqual(['AUTOSCALE_RANGE']);
  });

  test('throws when a GPU flavor is unknown and no GPU model/memory is given', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, gpuNodeGroup: { name: 'gpu-l40', flavor: 'g4-standard-l40' } }))
      .toThrow(/\[FLAVOR_UNKNOWN_GPU\] gpuNodeGroup\.flavor: got 'g4-standard-l40'; a flavor listed in VKS_GPU_FLAVORS .*or set gpuModel and gpuMemoryGiB/);
  });

  test('accepts an unknown GPU flavor with its model and memory', () => {
    const c = new VksCluster(stack(), 'c', { ...base, gpuNodeGroup: { name: 'gpu-l40', flavor: 'g4-standard-l40', gpuModel: 'L40S', gpuMemoryGiB: 48 } });
    expect(c.gpu.nodeTypes).toEqual([{ gpuModel: 'L40S', gpuMemoryGiB: 48, gpusPerNode: 1, instanceType: 'g4-standard-l40' }]);
  });

  test('throws when HAMi settings are given but HAMi is not installed', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, gpuSharing: GpuSharing.EXCLUSIVE, hami: { deviceSplitCount: 4 } }))
      .toThrow(/\[HAMI_SETTINGS_WITHOUT_HAMI\] hami: got \["deviceSplitCount"\]; no hami settings, or gpuSharing: GpuSharing.HAMI \(gpuSharing is 'exclusive'/);
  });

  test('throws when a taint has no value (VKS needs one; the shared NodeTaint makes it optional)', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, gpuNodeGroup: { ...base.gpuNodeGroup!, taints: [{ key: 'gpu' }] } }))
      .toThrow(/\[TAINT_INVALID\] gpuNodeGroup\.taints\[0\]\.value: got undefined; a value \(VKS requires one\)/);
  });

  test('throws when an Alibaba-only sharing mode is asked for', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, gpuSharing: GpuSharing.CGPU })).toThrow(/\[GPU_SHARING_UNSUPPORTED\] gpuSharing: got 'cgpu'/);
  });

  test('throws when the load-balancer controller is enabled without credentials', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, loadBalancerController: {} }))
      .toThrow(/\[LB_CONTROLLER_CREDENTIALS_MISSING\] loadBalancerController\.credentials: got undefined/);
  });

  test('throws when both the managed plugin and the controller chart would run', () => {
    const s = stack();
    expect(() => new VksCluster(s, 'c', { ...base, managedLoadBalancerPlugin: true, loadBalancerController: { credentials: lbCreds(s) } }))
      .toThrow(/\[LB_CONTROLLER_TWICE\] managedLoadBalancerPlugin: got true/);
  });

  test('throws when ingress-nginx would have no load balancer', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, managedLoadBalancerPlugin: false }))
      .toThrow(/\[INGRESS_WITHOUT_LOAD_BALANCER\] managedLoadBalancerPlugin: got false/);
  });

  test('throws when flavors are looked up by name without a project or zone', () => {
    expect(codes(() => new VksCluster(stack(), 'c', { ...base, projectId: undefined, flavorZone: undefined })))
      .toEqual(['PROJECT_ID_MISSING', 'FLAVOR_ZONE_MISSING']);
  });

  test('throws when no SSH key is given', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, sshKeyId: undefined, cpuNodeGroup: undefined }))
      .toThrow(/\[SSH_KEY_MISSING\] gpuNodeGroup\.sshKeyId: got undefined/);
  });

  test('throws when Cilium native routing has no secondary subnets', () => {
    expect(codes(() => new VksCluster(stack(), 'c', { ...base, networkType: VksNetworkType.CILIUM_NATIVE_ROUTING, cpuNodeGroup: undefined })))
      .toEqual(['SECONDARY_SUBNETS_REQUIRED', 'SECONDARY_SUBNETS_REQUIRED']);
  });

  test('throws when the region is unknown and no endpoints are given', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, region: 'SGN01' })).toThrow(/\[REGION_UNKNOWN\] region: got 'SGN01'; one of HCM03, HAN01; .*pass apiEndpoints/);
  });

  test('throws when the region is a known one in the wrong case (the traffic manager compares it exactly)', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, region: 'hcm03', flavorZone: 'hcm03-1A' })).toThrow(/\[REGION_CASE\] region: got 'hcm03'; 'HCM03', spelled exactly so/);
  });

  test('throws when the flavor zone is not in the region', () => {
    expect(() => new VksCluster(stack(), 'c', { ...base, flavorZone: 'HAN01-1A' })).toThrow(/\[ZONE_NOT_IN_REGION\] flavorZone: got 'HAN01-1A'; a zone of region HCM03/);
  });

  test('throws when the disk or node netmask is out of range', () => {
    expect(codes(() => new VksCluster(stack(), 'c', { ...base, nodeNetmaskSize: 28, gpuNodeGroup: { ...base.gpuNodeGroup!, diskSizeGiB: 10 } })))
      .toEqual(['NODE_NETMASK_INVALID', 'DISK_SIZE_INVALID']);
  });

  test('throws when a node group name is used twice', () => {
    const c = new VksCluster(stack(), 'c', base);
    expect(() => c.addNodeGroup({ name: 'system', flavorId: 'flav-cpu' })).toThrow(/\[NODE_GROUP_NAME_DUPLICATE\] name: got 'system'/);
  });

  test('reports every problem together', () => {
    const err = (() => {
      try {
        new VksCluster(stack(), 'c', {
          ...base,
          clusterName: 'x',
          apiServerAccess: undefined as unknown as ApiServerAccess,
          serviceCidr: '172.16.0.0/20',
          gpuSharing: GpuSharing.EXCLUSIVE,
          hami: { deviceSplitCount: 2 },
          loadBalancerController: {},
          gpuNodeGroup: { name: 'g', flavor: 'mystery', numNodes: 12 },
        });
      } catch (e) {
        return e as MultiRegionValidationError;
      }
      throw new Error('no error');
    })();
    expect(err.codes).toEqual(expect.arrayContaining([
      'CLUSTER_NAME_INVALID', 'ENDPOINT_ACCESS_MISSING', 'CIDR_OVERLAP', 'HAMI_SETTINGS_WITHOUT_HAMI', 'LB_CONTROLLER_CREDENTIALS_MISSING',
      'NODE_GROUP_NAME_INVALID', 'FLAVOR_UNKNOWN_GPU', 'NODE_COUNT_INVALID',
    ]));
    expect(err.message).toMatch(/c: \d+ invalid settings/);
  });

  test('synth fails when GPU sharing is on but no GPU node group exists', () => {
    const s = stack();
    new VksCluster(s, 'c', { ...base, gpuNodeGroup: undefined, gpuSharing: GpuSharing.HAMI });
    expect(() => synthJson(s)).toThrow(/GPU_SHARING_WITHOUT_GPU_NODES/);
  });

  test('synth fails when the cluster has no node group at all', () => {
    const s = stack();
    new VksCluster(s, 'c', { ...base, gpuNodeGroup: undefined, cpuNodeGroup: undefined });
    expect(() => synthJson(s)).toThrow(/NO_NODE_GROUPS/);
  });
});

describeWithShared('VksCluster add-on values against the charts', () => {
  test('GPU Operator, HAMi, LB controller and ingress-nginx values exist in each chart', () => {
    const s = stack();
    const c = new VksCluster(s, 'vks', { ...base, loadBalancerController: { credentials: lbCreds(s) } });
    c.addNodeGroup({ name: 'gpu-extra', flavorId: 'flav-x', gpuModel: 'A40', gpuMemoryGiB: 48, taints: [{ key: 'gpu', value: 'a40' }] });
    const json = synthJson(s);
    for (const [chart, dir] of [
      ['gpu-operator', 'gpu-operator-v25.10.0'],
      ['hami', 'hami-2.7.1'],
      ['vngcloud-load-balancer-controller', 'vngcloud-load-balancer-controller-0.3.24'],
      ['ingress-nginx', 'ingress-nginx-4.15.1'],
    ]) {
      expect({ chart, unknown: unknownValueKeys(helmValues(helmRelease(json, chart)), chartDefaults(dir)) }).toEqual({ chart, unknown: [] });
    }
  });
});
