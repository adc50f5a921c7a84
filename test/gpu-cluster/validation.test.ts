import { TerraformProvider } from 'cdktf';
import { AlicloudProvider } from '../../.gen/providers/alicloud/provider';
import { KubernetesProviderBlock } from '../../lib/core/provider-blocks';
import { ApiServerAccess } from '../../lib/core/cluster-options';
import { ClusterNetwork, GpuCluster, GpuClusterProps, GpuSchedulingComponent } from '../../lib/gpu-cluster';
import { MultiRegionValidationError } from '../../lib/core/errors';
import { GpuPlacement, GpuSharing } from '../../lib/core/gpu';
import { newStack, seedProps } from './fixtures';

function problemsOf(fn: () => unknown): MultiRegionValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MultiRegionValidationError) return e;
    throw e;
  }
  throw new Error('expected a MultiRegionValidationError, nothing was thrown');
}

/** Builds a cluster with `overrides` and expects exactly one problem with that code, prop and value. */
function expectProblem(overrides: Partial<GpuClusterProps>, code: string, prop: string, value: string | RegExp): void {
  const err = problemsOf(() => new GpuCluster(newStack(), 'hk', seedProps(overrides)));
  const found = err.problems.filter((p) => p.code === code);
  expect(found.map((p) => p.prop)).toContain(prop);
  const p = found.find((x) => x.prop === prop)!;
  if (typeof value === 'string') expect(p.value).toContain(value); else expect(p.value).toMatch(value);
  expect(err.message).toContain(`[${code}] ${prop}: got`);
}

const zone = (zoneId: string, nodeVswitchCidr: string, podVswitchCidr: string) => ({ zoneId, nodeVswitchCidr, podVswitchCidr });
const twoZones = (patch: { vpcCidr?: string; podCidr?: string; z0?: object; z1?: object } = {}) => ClusterNetwork.newVpc({
  vpcCidr: patch.vpcCidr ?? '10.0.0.0/16',
  podCidr: patch.podCidr ?? '10.0.128.0/17',
  zones: [
    { ...zone('cn-hongkong-b', '10.0.0.0/24', '10.0.128.0/18'), ...patch.z0 },
    { ...zone('cn-hongkong-c', '10.0.1.0/24', '10.0.192.0/18'), ...patch.z1 },
  ],
});

describe('GpuCluster validation', () => {
  test('refuses a provider configuration of another provider as alicloudProvider, with the other problems', () => {
    // GIVEN a kubernetes provider passed where the alicloud provider belongs, and a bad cluster name
    const stack = newStack();
    const err = problemsOf(() => new GpuCluster(stack, 'hk', seedProps({
      clusterName: 'HK_ack', alicloudProvider: new KubernetesProviderBlock(stack, 'k8s', {}),
    })));
    // THEN both are reported together; the provider problem names the prop, what was given and what is valid
    expect(err.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['PROVIDER_TYPE_MISMATCH', 'NAME_INVALID']));
    expect(err.message).toContain("[PROVIDER_TYPE_MISMATCH] alicloudProvider: got the 'kubernetes' provider configuration");
    expect(err.message).toContain("a provider configuration of 'alicloud'");
  });

  test('accepts the generated AlicloudProvider binding as alicloudProvider', () => {
    // GIVEN the user's own generated provider
    const stack = newStack();
    const mine = new AlicloudProvider(stack, 'mine', { region: 'cn-hongkong' });
    // THEN the cluster uses it and creates no other
    const c = new GpuCluster(stack, 'hk', seedProps({ alicloudProvider: mine }));
    expect(c.alicloudProvider).toBe(mine);
    expect(stack.node.findAll().filter((x) => TerraformProvider.isTerraformProvider(x) && x.terraformResourceType === 'alicloud')).toHaveLength(1);
  });

  test('throws when the cluster name is not a DNS label', () => {
    expectProblem({ clusterName: 'HK_ack' }, 'NAME_INVALID', 'clusterName', "'HK_ack'");
  });

  test('throws when the cluster name is longer than 63 characters', () => {
    expectProblem({ clusterName: 'a'.repeat(64) }, 'NAME_INVALID', 'clusterName', '64 characters');
  });

  test('throws when the region is not one ACK runs in, listing the known regions and the way out', () => {
    expectProblem({ region: 'cn-hongkon' }, 'REGION_UNKNOWN', 'region', "'cn-hongkon'");
    expect(() => new GpuCluster(newStack(), 'hk', seedProps({ region: 'cn-hongkon' }))).toThrow(/cn-hongkong.*set allowUnlistedRegion: true/);
  });

  test('accepts an unlisted region with allowUnlistedRegion, still checking its shape', () => {
    const zones = [
      { zoneId: 'xx-new-1-a', nodeVswitchCidr: '10.0.0.0/24', podVswitchCidr: '10.0.128.0/18' },
      { zoneId: 'xx-new-1-b', nodeVswitchCidr: '10.0.1.0/24', podVswitchCidr: '10.0.192.0/18' },
    ];
    const network = ClusterNetwork.newVpc({ vpcCidr: '10.0.0.0/16', podCidr: '10.0.128.0/17', zones });
    expect(() => new GpuCluster(newStack(), 'hk', seedProps({ region: 'xx-new-1', allowUnlistedRegion: true, network }))).not.toThrow();
    expectProblem({ region: 'Hong Kong', allowUnlistedRegion: true }, 'REGION_INVALID', 'region', "'Hong Kong'");
  });

  test('throws when a zone is not in the cluster\'s region', () => {
    expectProblem({ region: 'ap-southeast-1' }, 'ZONE_NOT_IN_REGION', 'network.zones[0].zoneId', "'cn-hongkong-b'");
  });

  test('throws when the Kubernetes version is not an ACK version', () => {
    expectProblem({ kubernetesVersion: '1.34' }, 'KUBERNETES_VERSION_INVALID', 'kubernetesVersion', "'1.34'");
  });

  test('throws when the API server exposure is not chosen', () => {
    expectProblem({ apiServerAccess: undefined as unknown as ApiServerAccess }, 'API_SERVER_ACCESS_REQUIRED', 'apiServerAccess', 'undefined');
  });

  test('throws when the credential duration is outside 15-4320 minutes', () => {
    expectProblem({ credentialDurationMinutes: 10 }, 'CREDENTIAL_DURATION_INVALID', 'credentialDurationMinutes', '10');
    expectProblem({ credentialDurationMinutes: 5000 }, 'CREDENTIAL_DURATION_INVALID', 'credentialDurationMinutes', '5000');
  });

  describe('network', () => {
    test('throws when a CIDR does not parse', () => {
      expectProblem({ network: twoZones({ z1: { nodeVswitchCidr: '10.0.1.0/33' } }) }, 'CIDR_INVALID', 'network.zones[1].nodeVswitchCidr', '10.0.1.0/33');
    });

    test('throws when a vswitch lies outside the VPC', () => {
      expectProblem({ network: twoZones({ z0: { nodeVswitchCidr: '10.1.0.0/24' } }) }, 'CIDR_NOT_CONTAINED', 'network.zones[0].nodeVswitchCidr', '10.1.0.0/24');
    });

    test('throws when two vswitches overlap', () => {
      expectProblem({ network: twoZones({ z1: { nodeVswitchCidr: '10.0.0.0/23' } }) }, 'CIDR_OVERLAP', 'network.zones[1].nodeVswitchCidr', '10.0.0.0/23');
    });

    test('throws when the service CIDR overlaps the VPC', () => {
      expectProblem({ serviceCidr: '10.0.240.0/20' }, 'CIDR_OVERLAP', 'serviceCidr', '10.0.240.0/20');
    });

    test('throws when a pod vswitch lies outside the pod CIDR', () => {
      expectProblem({ network: twoZones({ podCidr: '10.0.128.0/18' }) }, 'CIDR_NOT_CONTAINED', 'network.zones[1].podVswitchCidr', '10.0.192.0/18');
    });

    test('throws when a node vswitch lies inside the pod CIDR', () => {
      expectProblem({ network: twoZones({ podCidr: '10.0.0.0/16', vpcCidr: '10.0.0.0/15' }) }, 'CIDR_OVERLAP', 'network.zones[0].nodeVswitchCidr', '10.0.0.0/24');
    });

    test('throws when several zones are given without an aggregate pod CIDR', () => {
      const network = ClusterNetwork.newVpc({ vpcCidr: '10.0.0.0/16', zones: [zone('cn-hongkong-b', '10.0.0.0/24', '10.0.128.0/18'), zone('cn-hongkong-c', '10.0.1.0/24', '10.0.192.0/18')] });
      expectProblem({ network }, 'POD_CIDR_REQUIRED', 'network.podCidr', 'undefined');
    });

    test('throws when a zone is listed twice', () => {
      expectProblem({ network: twoZones({ z1: { zoneId: 'cn-hongkong-b' } }) }, 'ZONE_DUPLICATE', 'network.zones[1].zoneId', 'cn-hongkong-b');
    });

    test('throws when ALB gets fewer than two zones', () => {
      const network = ClusterNetwork.newVpc({ vpcCidr: '10.0.0.0/16', zones: [zone('cn-hongkong-b', '10.0.0.0/24', '10.0.128.0/18')] });
      expectProblem({ network }, 'ALB_ZONES', 'network.zones', '1 zone');
      expectProblem({ albIngress: { vswitchIds: ['vsw-a'] } }, 'ALB_ZONES', 'albIngress.vswitchIds', 'vsw-a');
    });

    test('throws when an existing-VPC pod vswitch is also a node vswitch', () => {
      const network = ClusterNetwork.existingVpc({ vpcId: 'vpc-1', nodeVswitchIds: ['vsw-a', 'vsw-b'], podVswitchIds: ['vsw-b'], podCidr: '10.8.0.0/14' });
      expectProblem({ network }, 'POD_VSWITCH_IS_NODE_VSWITCH', 'network.podVswitchIds', 'vsw-b');
    });

    test('throws when an existing-VPC ID is malformed', () => {
      const network = ClusterNetwork.existingVpc({ vpcId: 'my-vpc', nodeVswitchIds: ['vsw-a', 'vsw-b'], podVswitchIds: ['vsw-c'], podCidr: '10.8.0.0/14' });
      expectProblem({ network }, 'VPC_ID_INVALID', 'network.vpcId', 'my-vpc');
    });
  });

  describe('GPU sharing', () => {
    test('throws when HAMi is asked for on ACK', () => {
      const err = problemsOf(() => new GpuCluster(newStack(), 'hk', seedProps({ gpuSharing: GpuSharing.HAMI })));
      expect(err.codes).toContain('GPU_SHARING_UNSUPPORTED');
      expect(err.message).toMatch(/gpuSharing: got 'hami'; HAMi is not supported on ACK; use GpuSharing.CGPU/);
    });

    test('throws when a sharing mode needs the AI suite and no install method is chosen', () => {
      expectProblem({ gpuSchedulingComponent: undefined }, 'GPU_SCHEDULING_COMPONENT_REQUIRED', 'gpuSchedulingComponent', 'undefined');
    });

    test('exclusive GPUs need no AI suite component', () => {
      expect(() => new GpuCluster(newStack(), 'hk', seedProps({ gpuSharing: GpuSharing.EXCLUSIVE, gpuSchedulingComponent: undefined }))).not.toThrow();
    });

    test('throws when GPU pools are given with sharing NONE', () => {
      expectProblem({ gpuSharing: GpuSharing.NONE }, 'GPU_SHARING_NONE_WITH_POOLS', 'gpuSharing', "'none'");
    });

    test('throws when placement is set for exclusive GPUs', () => {
      expectProblem({ gpuSharing: GpuSharing.EXCLUSIVE, gpuNodePools: [{ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'], placement: GpuPlacement.SPREAD }] },
        'GPU_PLACEMENT_NOT_SHARED', 'gpuNodePools[0].placement', 'spread');
    });

    test('throws when an unknown GPU instance type comes without gpuModel/gpuMemoryGiB', () => {
      expectProblem({ gpuNodePools: [{ name: 'x', instanceTypes: ['ecs.gn9x.4xlarge'], gpuModel: 'X1' }] },
        'GPU_INSTANCE_TYPE_UNKNOWN', 'gpuNodePools[0].instanceTypes[0]', 'ecs.gn9x.4xlarge');
    });

    test('throws when the GPU memory is not a whole number of GiB', () => {
      expectProblem({ gpuNodePools: [{ name: 'x', instanceTypes: ['ecs.gn8is.4xlarge'], gpuMemoryGiB: 47.5 }] },
        'GPU_MEMORY_INVALID', 'gpuNodePools[0].gpuMemoryGiB', '47.5');
    });

    test('throws when a GPU pool sets the ACK GPU labels itself', () => {
      expectProblem({ gpuNodePools: [{ name: 'x', instanceTypes: ['ecs.gn8is.4xlarge'], labels: { 'ack.node.gpu.schedule': 'share' } }] },
        'LABEL_RESERVED', 'gpuNodePools[0].labels', 'ack.node.gpu.schedule');
    });

    test('throws when the AI suite Helm chart is not pinned', () => {
      expectProblem({ gpuSchedulingComponent: GpuSchedulingComponent.helmChart({ repository: 'https://charts.example.com', version: '^1.9' }) },
        'CHART_VERSION_UNPINNED', 'gpuSchedulingComponent.version', '^1.9');
    });
  });

  describe('node pools', () => {
    test('throws when desiredSize and scaling are both given', () => {
      expectProblem({ gpuNodePools: [{ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'], desiredSize: 2, scaling: { minNodes: 0, maxNodes: 3 } }] },
        'NODE_POOL_SIZE_CONFLICT', 'gpuNodePools[0].desiredSize', '2');
    });

    test('throws when minNodes exceeds maxNodes', () => {
      expectProblem({ gpuNodePools: [{ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'], scaling: { minNodes: 4, maxNodes: 2 } }] },
        'SCALING_RANGE_INVALID', 'gpuNodePools[0].scaling', '"minNodes":4');
    });

    test('throws when desiredSize is negative', () => {
      expectProblem({ systemNodePool: { name: 'system', instanceTypes: ['ecs.g7.xlarge'], desiredSize: -1 } }, 'DESIRED_SIZE_INVALID', 'systemNodePool.desiredSize', '-1');
    });

    test('throws when an instance type is malformed', () => {
      expectProblem({ systemNodePool: { name: 'system', instanceTypes: ['g7.xlarge'] } }, 'INSTANCE_TYPE_INVALID', 'systemNodePool.instanceTypes[0]', 'g7.xlarge');
    });

    test('throws when a disk is too small', () => {
      expectProblem({ systemNodePool: { name: 'system', instanceTypes: ['ecs.g7.xlarge'], systemDisk: { sizeGiB: 10 } } },
        'DISK_SIZE_INVALID', 'systemNodePool.systemDisk.sizeGiB', '10');
    });

    test('throws when two pools share a name', () => {
      expectProblem({ gpuNodePools: [{ name: 'system', instanceTypes: ['ecs.gn8is.4xlarge'] }] }, 'NODE_POOL_NAME_DUPLICATE', 'gpuNodePools[0].name', 'system');
    });

    test('addGpuNodePool throws at once for invalid options', () => {
      const c = new GpuCluster(newStack(), 'hk', seedProps());
      const err = problemsOf(() => c.addGpuNodePool({ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'] }));
      expect(err.codes).toEqual(['NODE_POOL_NAME_DUPLICATE']);
      const err2 = problemsOf(() => c.addGpuNodePool({ name: 'new', instanceTypes: ['ecs.unknown.x'], scaling: { minNodes: 3, maxNodes: 1 } }));
      expect(err2.codes).toEqual(['SCALING_RANGE_INVALID', 'GPU_INSTANCE_TYPE_UNKNOWN']);
      expect(err2.message).toContain('addGpuNodePool(new).instanceTypes[0]');
    });
  });

  test('throws when a component is listed twice', () => {
    expectProblem({ addOns: [{ name: 'arms-prometheus' }, { name: 'arms-prometheus' }] }, 'ADDON_DUPLICATE', 'addOns[1].name', 'arms-prometheus');
  });

  test('reports every problem of the props together', () => {
    const err = problemsOf(() => new GpuCluster(newStack(), 'hk', seedProps({
      clusterName: 'Bad Name',
      apiServerAccess: undefined as unknown as ApiServerAccess,
      serviceCidr: '10.0.0.0/8',
      credentialDurationMinutes: 1,
      gpuSharing: GpuSharing.HAMI,
      gpuNodePools: [{ name: 'l20', instanceTypes: ['ecs.gn9.unknown'], desiredSize: 1, scaling: { minNodes: 1, maxNodes: 2 } }],
    })));
    expect(err.codes).toEqual(expect.arrayContaining([
      'NAME_INVALID', 'API_SERVER_ACCESS_REQUIRED', 'CREDENTIAL_DURATION_INVALID', 'CIDR_OVERLAP', 'GPU_SHARING_UNSUPPORTED',
      'NODE_POOL_SIZE_CONFLICT', 'GPU_INSTANCE_TYPE_UNKNOWN',
    ]));
    expect(err.message).toMatch(/^.*hk: \d+ invalid settings:/);
  });

  test('skips values that are unresolved tokens', () => {
    const { TerraformVariable } = jest.requireActual('cdktf');
    const stack = newStack();
    const v = new TerraformVariable(stack, 'version', { type: 'string' });
    const vpc = new TerraformVariable(stack, 'vpc', { type: 'string' });
    expect(() => new GpuCluster(stack, 'hk', seedProps({
      kubernetesVersion: v.stringValue,
      network: ClusterNetwork.existingVpc({ vpcId: vpc.stringValue, nodeVswitchIds: ['vsw-a', 'vsw-b'], podVswitchIds: ['vsw-c'], podCidr: '10.8.0.0/14' }),
    }))).not.toThrow();
  });
});
