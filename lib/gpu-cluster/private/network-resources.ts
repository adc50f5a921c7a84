import { ITerraformDependable, ListTerraformIterator, TerraformIterator, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { concatLists, isListToken } from '../../core/private/lists';
import {
  EipAddressResource, EipAssociationResource, NatGatewayResource, SnatEntryResource, VpcResource, VswitchResource,
} from '../resources';
import { ClusterNetwork } from '../network';

/** The resources a {@link ClusterNetwork} turned into, and the IDs the cluster needs. */
export interface NetworkResources {
  readonly vpcId: string;
  readonly nodeVswitchIds: string[];
  readonly podVswitchIds: string[];
  readonly vpc?: VpcResource;
  readonly nodeVswitches: VswitchResource[];
  readonly podVswitches: VswitchResource[];
  readonly natGateway?: NatGatewayResource;
  readonly eip?: EipAddressResource;
  readonly eipAssociation?: EipAssociationResource;
  readonly snatEntries: SnatEntryResource[];
  /** What the cluster must wait for so nodes have egress when they boot. */
  readonly egressReady: ITerraformDependable[];
}

interface NatInput {
  readonly vpcId: string;
  readonly natVswitchId: string;
  readonly sourceVswitchIds: string[];
  readonly bandwidthMbps: number;
}

function createNat(scope: Construct, name: string, provider: TerraformProvider, tags: Record<string, string> | undefined, input: NatInput) {
  const natGateway = new NatGatewayResource(scope, 'nat-gateway', {
    provider,
    vpcId: input.vpcId,
    vswitchId: input.natVswitchId,
    natGatewayName: `${name}-nat`,
    natType: 'Enhanced',
    paymentType: 'PayAsYouGo',
    internetChargeType: 'PayByLcu',
    tags,
  });
  const eip = new EipAddressResource(scope, 'nat-eip', {
    provider,
    addressName: `${name}-nat`,
    bandwidth: String(input.bandwidthMbps),
    internetChargeType: 'PayByTraffic',
    paymentType: 'PayAsYouGo',
    tags,
  });
  const eipAssociation = new EipAssociationResource(scope, 'nat-eip-association', {
    provider,
    allocationId: eip.id,
    instanceId: natGateway.id,
    instanceType: 'Nat',
  });
  const snat = (id: string, sourceVswitchId: string, entryName: string, forEach?: ListTerraformIterator): SnatEntryResource => new SnatEntryResource(scope, id, {
    provider,
    forEach,
    snatTableId: natGateway.snatTableIds,
    sourceVswitchId,
    snatIp: eip.ipAddress,
    snatEntryName: entryName,
    dependsOn: [eipAssociation],
  });
  let snatEntries: SnatEntryResource[];
  if (isListToken(input.sourceVswitchIds)) {
    // Vswitch IDs known only at apply time (a list variable): one SNAT entry per ID through for_each.
    const each = TerraformIterator.fromList(input.sourceVswitchIds);
    snatEntries = [snat('snat', Token.asString(each.value), `${name}-${Token.asString(each.key)}`, each)];
  } else {
    snatEntries = input.sourceVswitchIds.map((vswitchId, i) => snat(`snat-${i}`, vswitchId, `${name}-${i}`));
  }
  return { natGateway, eip, eipAssociation, snatEntries };
}

/** Creates the VPC, vswitches and NAT egress a network describes (nothing for an existing VPC without NAT). */
export function createNetworkResources(scope: Construct, name: string, network: ClusterNetwork, provider: TerraformProvider,
  tags: Record<string, string> | undefined): NetworkResources {
  if (network.newVpcOptions) {
    const o = network.newVpcOptions;
    const vpc = new VpcResource(scope, 'vpc', { provider, vpcName: name, cidrBlock: o.vpcCidr, tags });
    const nodeVswitches = o.zones.map((z, i) => new VswitchResource(scope, `node-vswitch-${i}`, {
      provider, vpcId: vpc.id, zoneId: z.zoneId, cidrBlock: z.nodeVswitchCidr, vswitchName: `${name}-node-${z.zoneId}`, tags,
    }));
    const podVswitches = o.zones.map((z, i) => new VswitchResource(scope, `pod-vswitch-${i}`, {
      provider, vpcId: vpc.id, zoneId: z.zoneId, cidrBlock: z.podVswitchCidr, vswitchName: `${name}-pod-${z.zoneId}`, tags,
    }));
    const nodeVswitchIds = nodeVswitches.map((v) => v.id);
    const podVswitchIds = podVswitches.map((v) => v.id);
    if (o.natGateway === false) {
      return { vpcId: vpc.id, nodeVswitchIds, podVswitchIds, vpc, nodeVswitches, podVswitches, snatEntries: [], egressReady: [] };
    }
    const nat = createNat(scope, name, provider, tags, {
      vpcId: vpc.id,
      natVswitchId: nodeVswitchIds[0],
      sourceVswitchIds: concatLists(nodeVswitchIds, podVswitchIds),
      bandwidthMbps: o.eipBandwidthMbps ?? 100,
    });
    return { vpcId: vpc.id, nodeVswitchIds, podVswitchIds, vpc, nodeVswitches, podVswitches, ...nat, egressReady: nat.snatEntries };
  }
  const o = network.existingVpcOptions!;
  if (!o.natGateway) {
    return { vpcId: o.vpcId, nodeVswitchIds: [...o.nodeVswitchIds], podVswitchIds: [...o.podVswitchIds], nodeVswitches: [], podVswitches: [],
      snatEntries: [], egressReady: [] };
  }
  const nat = createNat(scope, name, provider, tags, {
    vpcId: o.vpcId,
    natVswitchId: o.natGateway.vswitchId,
    sourceVswitchIds: concatLists(o.nodeVswitchIds, o.podVswitchIds),
    bandwidthMbps: o.natGateway.eipBandwidthMbps ?? 100,
  });
  return { vpcId: o.vpcId, nodeVswitchIds: [...o.nodeVswitchIds], podVswitchIds: [...o.podVswitchIds], nodeVswitches: [], podVswitches: [],
    ...nat, egressReady: nat.snatEntries };
}
