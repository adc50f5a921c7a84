import { checkCidrs, checkContained, NamedCidr } from '../core/cidr';
import { isUnresolved, ValidationProblem } from '../core/errors';

/** One zone of a new VPC: a vswitch for nodes and a vswitch for Terway pod IPs, in the same zone. */
export interface NewVpcZone {
  /** Zone ID, e.g. `cn-hongkong-b`. Both vswitches of the zone are created here. */
  readonly zoneId: string;
  /** CIDR of the node vswitch (nodes, the API server's internal endpoint, NAT gateway). Inside `vpcCidr`. */
  readonly nodeVswitchCidr: string;
  /**
   * CIDR of the Terway pod vswitch: pods get VPC addresses from it (Terway ENI multi-IP), so size it for
   * every pod of the zone. Inside `vpcCidr` (and inside `podCidr` when given).
   */
  readonly podVswitchCidr: string;
}

/** Options of {@link ClusterNetwork.newVpc}. */
export interface NewVpcOptions {
  /** CIDR of the VPC, e.g. `10.0.0.0/16`. Every vswitch lies inside it. */
  readonly vpcCidr: string;
  /** One or more zones. ALB needs vswitches in two zones; give two for production. */
  readonly zones: NewVpcZone[];
  /**
   * Aggregate block that covers every `podVswitchCidr`; it is the cluster's `podCidr` that other
   * constructs route to (cross-cluster routes, egress policies).
   * @default - the pod vswitch CIDR when there is exactly one zone; required with several zones
   */
  readonly podCidr?: string;
  /**
   * Create an Enhanced NAT gateway with an EIP and one SNAT entry per vswitch, so nodes and pods can
   * pull images and reach Alibaba Cloud APIs. Without it, nodes in a new VPC have no internet egress.
   * @default true
   */
  readonly natGateway?: boolean;
  /** Peak bandwidth of the NAT gateway's EIP, in Mbit/s (pay-by-traffic). @default 100 */
  readonly eipBandwidthMbps?: number;
}

/** NAT egress to add to an existing VPC. */
export interface ExistingVpcNatOptions {
  /** Vswitch for the NAT gateway (one of the cluster's node vswitches is fine). */
  readonly vswitchId: string;
  /** Peak bandwidth of the EIP in Mbit/s. @default 100 */
  readonly eipBandwidthMbps?: number;
}

/** Options of {@link ClusterNetwork.existingVpc}. */
export interface ExistingVpcOptions {
  /** ID of the VPC, e.g. `vpc-j6c...`. */
  readonly vpcId: string;
  /** Vswitches for the nodes and the control plane's internal endpoint. */
  readonly nodeVswitchIds: string[];
  /** Terway pod vswitches, in the same zones as the node vswitches. */
  readonly podVswitchIds: string[];
  /** Aggregate block covering the pod vswitches; the cluster's `podCidr` in the cluster contract. */
  readonly podCidr: string;
  /** CIDR of the VPC; given, the service CIDR and pod CIDR are checked against it. @default - not checked */
  readonly vpcCidr?: string;
  /**
   * Create a NAT gateway, EIP and SNAT entries (for the node and pod vswitches) in the VPC. Leave
   * unset when the VPC already has egress (an existing NAT gateway with SNAT, or a transit router).
   * @default - no NAT gateway is created; the VPC must already reach the internet
   */
  readonly natGateway?: ExistingVpcNatOptions;
}

/** Which of the two network shapes a {@link ClusterNetwork} is. */
export enum ClusterNetworkKind {
  NEW_VPC = 'new-vpc',
  EXISTING_VPC = 'existing-vpc',
}

/**
 * Where the cluster's nodes and pods live: a VPC this construct creates, or an existing one.
 *
 * The cluster uses Terway (ENI multi-IP): pods take VPC addresses from dedicated pod vswitches
 * (`pod_vswitch_ids`); `pod_cidr` is Flannel-only and is never set.
 *
 * @example
 * ClusterNetwork.newVpc({
 *   vpcCidr: '10.0.0.0/16',
 *   podCidr: '10.0.128.0/17',
 *   zones: [
 *     { zoneId: 'cn-hongkong-b', nodeVswitchCidr: '10.0.0.0/24', podVswitchCidr: '10.0.128.0/18' },
 *     { zoneId: 'cn-hongkong-c', nodeVswitchCidr: '10.0.1.0/24', podVswitchCidr: '10.0.192.0/18' },
 *   ],
 * })
 */
export class ClusterNetwork {
  /** A new VPC with node and pod vswitches in each zone, and (by default) NAT egress. */
  public static newVpc(options: NewVpcOptions): ClusterNetwork {
    return new ClusterNetwork(ClusterNetworkKind.NEW_VPC, options, undefined);
  }

  /** An existing VPC and vswitches. */
  public static existingVpc(options: ExistingVpcOptions): ClusterNetwork {
    return new ClusterNetwork(ClusterNetworkKind.EXISTING_VPC, undefined, options);
  }

  private constructor(
    /** Which shape this is. */
    public readonly kind: ClusterNetworkKind,
    /** Options when `kind` is NEW_VPC. */
    public readonly newVpcOptions: NewVpcOptions | undefined,
    /** Options when `kind` is EXISTING_VPC. */
    public readonly existingVpcOptions: ExistingVpcOptions | undefined,
  ) {}

  /** The aggregate pod CIDR (the contract's `podCidr`). */
  public get podCidr(): string | undefined {
    if (this.existingVpcOptions) return this.existingVpcOptions.podCidr;
    const o = this.newVpcOptions!;
    return o.podCidr ?? (o.zones?.length === 1 ? o.zones[0].podVswitchCidr : undefined);
  }

  /** Number of distinct zones, when known at synth time. */
  public get knownZoneCount(): number | undefined {
    if (!this.newVpcOptions) return undefined;
    const ids = (this.newVpcOptions.zones ?? []).map((z) => z.zoneId);
    return ids.some((id) => isUnresolved(id)) ? undefined : new Set(ids).size;
  }
}

const ZONE_ID = /^[a-z]{2}-[a-z0-9-]+-[a-z0-9]+$/;

function bandwidthProblems(prop: string, value: number | undefined): ValidationProblem[] {
  if (value === undefined || isUnresolved(value)) return [];
  if (Number.isInteger(value) && value >= 1 && value <= 10000) return [];
  return [{ code: 'EIP_BANDWIDTH', prop, value: String(value), expected: 'a whole number of Mbit/s from 1 to 10000' }];
}

/**
 * Every problem of a network (CIDR syntax, containment, overlaps with each other and with the
 * service CIDR), with props named from the cluster's point of view (`network.zones[1].podVswitchCidr`).
 */
export function networkProblems(network: ClusterNetwork, serviceCidr: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const service: NamedCidr = { prop: 'serviceCidr', cidr: serviceCidr };
  if (network.newVpcOptions) {
    const o = network.newVpcOptions;
    const vpc: NamedCidr = { prop: 'network.vpcCidr', cidr: o.vpcCidr };
    const zones = o.zones ?? [];
    if (zones.length === 0) {
      problems.push({ code: 'NETWORK_NO_ZONES', prop: 'network.zones', value: '[]', expected: 'at least one zone (two or more for ALB and zone redundancy)' });
    }
    const seen = new Set<string>();
    zones.forEach((z, i) => {
      if (!isUnresolved(z.zoneId)) {
        if (!ZONE_ID.test(z.zoneId ?? '')) {
          problems.push({ code: 'ZONE_ID_INVALID', prop: `network.zones[${i}].zoneId`, value: `'${z.zoneId}'`, expected: "a zone ID such as 'cn-hongkong-b'" });
        } else if (seen.has(z.zoneId)) {
          problems.push({ code: 'ZONE_DUPLICATE', prop: `network.zones[${i}].zoneId`, value: `'${z.zoneId}'`, expected: 'each zone listed once; a zone has one node vswitch and one pod vswitch' });
        }
        seen.add(z.zoneId);
      }
    });
    const podCidr: NamedCidr = { prop: 'network.podCidr', cidr: network.podCidr };
    if (network.podCidr === undefined && zones.length > 1) {
      problems.push({ code: 'POD_CIDR_REQUIRED', prop: 'network.podCidr', value: 'undefined',
        expected: 'an aggregate CIDR covering every zone\'s podVswitchCidr (the cluster contract exposes a single pod CIDR)' });
    }
    const vswitches: NamedCidr[] = zones.flatMap((z, i) => [
      { prop: `network.zones[${i}].nodeVswitchCidr`, cidr: z.nodeVswitchCidr },
      { prop: `network.zones[${i}].podVswitchCidr`, cidr: z.podVswitchCidr },
    ]);
    const syntax = checkCidrs([vpc, ...(o.podCidr !== undefined ? [podCidr] : []), ...vswitches, service],
      // the VPC contains everything, the pod aggregate contains the pod vswitches: not overlaps in the bad sense
      { allowOverlap: (a, b) => a === vpc.prop || b === vpc.prop || ((a === podCidr.prop || b === podCidr.prop) && !(a === service.prop || b === service.prop)) });
    problems.push(...syntax);
    // The service CIDR must stay out of the VPC: pods reach VPC addresses directly under Terway.
    problems.push(...checkCidrs([vpc, service]).filter((p) => p.code === 'CIDR_OVERLAP'));
    const invalid = new Set(syntax.filter((p) => p.code === 'CIDR_INVALID').map((p) => p.prop));
    if (!invalid.has(vpc.prop)) {
      for (const v of vswitches) if (!invalid.has(v.prop)) problems.push(...checkContained(vpc, v));
      if (o.podCidr !== undefined && !invalid.has(podCidr.prop)) problems.push(...checkContained(vpc, podCidr));
    }
    if (o.podCidr !== undefined && !invalid.has(podCidr.prop)) {
      zones.forEach((z, i) => {
        const prop = `network.zones[${i}].podVswitchCidr`;
        if (!invalid.has(prop)) problems.push(...checkContained(podCidr, { prop, cidr: z.podVswitchCidr }));
      });
      // a node vswitch inside the pod aggregate would make cross-cluster pod routes cover nodes too
      zones.forEach((z, i) => {
        const prop = `network.zones[${i}].nodeVswitchCidr`;
        if (!invalid.has(prop)) {
          problems.push(...checkCidrs([podCidr, { prop, cidr: z.nodeVswitchCidr }]).filter((p) => p.code === 'CIDR_OVERLAP'));
        }
      });
    }
    problems.push(...bandwidthProblems('network.eipBandwidthMbps', o.eipBandwidthMbps));
  } else {
    const o = network.existingVpcOptions!;
    if (!isUnresolved(o.vpcId) && !/^vpc-[a-z0-9]+$/.test(o.vpcId ?? '')) {
      problems.push({ code: 'VPC_ID_INVALID', prop: 'network.vpcId', value: `'${o.vpcId}'`, expected: "a VPC ID such as 'vpc-j6cabc123'" });
    }
    const checkIds = (prop: string, ids: string[] | undefined): void => {
      if (isUnresolved(ids)) return;
      if (!ids || ids.length === 0) {
        problems.push({ code: 'VSWITCH_IDS_EMPTY', prop, value: '[]', expected: 'at least one vswitch ID' });
        return;
      }
      ids.forEach((id, i) => {
        if (!isUnresolved(id) && !/^vsw-[a-z0-9]+$/.test(id)) {
          problems.push({ code: 'VSWITCH_ID_INVALID', prop: `${prop}[${i}]`, value: `'${id}'`, expected: "a vswitch ID such as 'vsw-j6cabc123'" });
        }
      });
    };
    checkIds('network.nodeVswitchIds', o.nodeVswitchIds);
    checkIds('network.podVswitchIds', o.podVswitchIds);
    if (!isUnresolved(o.nodeVswitchIds) && !isUnresolved(o.podVswitchIds)) {
      const shared = (o.podVswitchIds ?? []).filter((id) => (o.nodeVswitchIds ?? []).includes(id));
      if (shared.length > 0) {
        problems.push({ code: 'POD_VSWITCH_IS_NODE_VSWITCH', prop: 'network.podVswitchIds', value: JSON.stringify(shared),
          expected: 'pod vswitches separate from node vswitches (Terway draws pod IPs from them; sharing exhausts node addresses)' });
      }
    }
    const vpc: NamedCidr = { prop: 'network.vpcCidr', cidr: o.vpcCidr };
    const podCidr: NamedCidr = { prop: 'network.podCidr', cidr: o.podCidr };
    const syntax = checkCidrs([vpc, podCidr, service], { allowOverlap: (a, b) => a === vpc.prop && b === podCidr.prop });
    problems.push(...syntax);
    if (!syntax.some((p) => p.code === 'CIDR_INVALID')) problems.push(...checkContained(vpc, podCidr));
    if (o.natGateway) {
      if (!isUnresolved(o.natGateway.vswitchId) && !/^vsw-[a-z0-9]+$/.test(o.natGateway.vswitchId ?? '')) {
        problems.push({ code: 'VSWITCH_ID_INVALID', prop: 'network.natGateway.vswitchId', value: `'${o.natGateway.vswitchId}'`,
          expected: "a vswitch ID such as 'vsw-j6cabc123'" });
      }
      problems.push(...bandwidthProblems('network.natGateway.eipBandwidthMbps', o.natGateway.eipBandwidthMbps));
    }
  }
  return problems;
}
