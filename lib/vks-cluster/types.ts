/** The cluster's pod network (CNI). */
export enum VksNetworkType {
  /** Calico overlay (the provider's default). */
  CALICO = 'calico',
  /** Cilium with an overlay (VXLAN) pod network. */
  CILIUM_OVERLAY = 'cilium-overlay',
  /** Cilium with pod IPs routed natively from secondary subnets; every node group needs `secondarySubnets`. */
  CILIUM_NATIVE_ROUTING = 'cilium-native-routing',
}

/** The provider's `network_type` strings, in one place. */
export const VKS_NETWORK_TYPE: Readonly<Record<VksNetworkType, string>> = {
  [VksNetworkType.CALICO]: 'CALICO',
  [VksNetworkType.CILIUM_OVERLAY]: 'CILIUM_OVERLAY',
  [VksNetworkType.CILIUM_NATIVE_ROUTING]: 'CILIUM_NATIVE_ROUTING',
};

/** The VPC and subnet a cluster uses: existing ones, or new ones this library creates. */
export class VksNetwork {
  /** Use an existing VPC (`net-…`) and subnet (`sub-…`). */
  public static existing(props: { readonly vpcId: string; readonly subnetId: string; readonly subnetCidr?: string }): VksNetwork {
    return new VksNetwork(props.vpcId, props.subnetId, props.subnetCidr, undefined);
  }

  /**
   * Create a VPC (`vngcloud_vserver_network`, a /16 per VNG Cloud's docs) and one subnet in it
   * (`vngcloud_vserver_subnet`). Needs the cluster's `projectId`.
   */
  public static create(props: {
    /** VPC CIDR, e.g. `10.10.0.0/16`. */
    readonly vpcCidr: string;
    /** Subnet CIDR inside the VPC, e.g. `10.10.1.0/24`. */
    readonly subnetCidr: string;
    /** Zone of VPC and subnet, e.g. `HCM03-1A`. @default - the provider's default zone */
    readonly zoneId?: string;
  }): VksNetwork {
    return new VksNetwork(undefined, undefined, props.subnetCidr, { vpcCidr: props.vpcCidr, zoneId: props.zoneId });
  }

  private constructor(
    /** Existing VPC id. */
    public readonly vpcId: string | undefined,
    /** Existing subnet id. */
    public readonly subnetId: string | undefined,
    /** Subnet CIDR, when known (for overlap checks). */
    public readonly subnetCidr: string | undefined,
    /** Set when the VPC and subnet are created. */
    public readonly create: { readonly vpcCidr: string; readonly zoneId?: string } | undefined,
  ) {}
}
