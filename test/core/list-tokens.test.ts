import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { App } from 'cdktf';
import { ClusterNetwork, GpuCluster } from '../../lib/gpu-cluster';
import { resources, synthJson } from '../util/synth';
import { seedProps } from '../gpu-cluster/fixtures';

describe('list tokens (a TerraformVariable of type list) where lists of IDs are expected', () => {
  function existingVpcCluster(withNat: boolean): TerraformStack {
    const stack = new TerraformStack(new App(), 'hk');
    const ids = (name: string) => new TerraformVariable(stack, name, { type: 'list(string)' }).listValue;
    new GpuCluster(stack, 'hk', seedProps({
      network: ClusterNetwork.existingVpc({
        vpcId: 'vpc-1',
        nodeVswitchIds: ids('node_vswitch_ids'),
        podVswitchIds: ids('pod_vswitch_ids'),
        podCidr: '10.0.128.0/17',
        natGateway: withNat ? { vswitchId: 'vsw-nat' } : undefined,
      }),
    }));
    return stack;
  }

  test('GIVEN vswitch IDs from list variables WHEN synthesized THEN the ALB zone mappings become a Terraform for expression', () => {
    const json = synthJson(existingVpcCluster(false));
    const cluster = Object.values(json.resource!.alicloud_cs_managed_kubernetes)[0];
    expect(cluster.vswitch_ids).toBe('${var.node_vswitch_ids}');
    const alb = resources(json, 'helm_release').find((r) => String(r.name).startsWith('albconfig-'))!;
    expect((alb.values as string[])[0]).toMatch(/^\$\{jsonencode\(.*for key, val in toset\(var\.node_vswitch_ids\): \{ vSwitchId = val \}/);
  });

  test('GIVEN vswitch IDs from list variables and a NAT gateway WHEN synthesized THEN one SNAT entry per ID through for_each', () => {
    const json = synthJson(existingVpcCluster(true));
    const snat = Object.values(json.resource!.alicloud_snat_entry);
    expect(snat).toHaveLength(1);
    expect(snat[0].for_each).toBe('${toset(concat(var.node_vswitch_ids, var.pod_vswitch_ids))}');
    expect(snat[0].source_vswitch_id).toBe('${each.value}');
  });

  test('static vswitch IDs keep one SNAT entry per vswitch and a JSON AlbConfig', () => {
    const stack = new TerraformStack(new App(), 'hk');
    new GpuCluster(stack, 'hk', seedProps());
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.resource.alicloud_snat_entry)).toHaveLength(4);
  });
});
