import { App, TerraformStack } from 'cdktf';
import { ApiServerAccess } from '../../lib/core/cluster-options';
import { ClusterNetwork, GpuClusterProps, GpuSchedulingComponent } from '../../lib/gpu-cluster';
import { GpuSharing } from '../../lib/core/gpu';

export function newStack(name = 'hk'): TerraformStack {
  return new TerraformStack(new App(), name);
}

/** The seed's Hong Kong cluster: two zones, cGPU on one L20 node. */
export function seedProps(overrides: Partial<GpuClusterProps> = {}): GpuClusterProps {
  return {
    clusterName: 'hk-ack',
    region: 'cn-hongkong',
    apiServerAccess: ApiServerAccess.PUBLIC,
    network: ClusterNetwork.newVpc({
      vpcCidr: '10.0.0.0/16',
      podCidr: '10.0.128.0/17',
      zones: [
        { zoneId: 'cn-hongkong-b', nodeVswitchCidr: '10.0.0.0/24', podVswitchCidr: '10.0.128.0/18' },
        { zoneId: 'cn-hongkong-c', nodeVswitchCidr: '10.0.1.0/24', podVswitchCidr: '10.0.192.0/18' },
      ],
    }),
    gpuSharing: GpuSharing.CGPU,
    gpuSchedulingComponent: GpuSchedulingComponent.installedOutOfBand(),
    gpuNodePools: [{ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'], desiredSize: 1 }],
    ...overrides,
  };
}
