import { ITerraformDependable, TerraformIterator, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IngressClassV1Resource } from '../core/kubernetes-resources';
import { CsKubernetesAddonResource } from './resources';
import { ICluster } from '../core/cluster';
import { ClusterManifest } from '../core/cluster-manifest';
import { isUnresolved, ValidationProblem } from '../core/errors';
import { checkName, DNS_LABEL } from '../core/naming';
import { isListToken } from '../core/private/lists';
import { ALB_INGRESS_CONTROLLER, AlbAddressType, AlbIngressOptions } from './add-ons';
import { ClusterNetwork } from './network';

/** The controller name ACK's ALB ingress controller registers for IngressClasses. */
export const ALB_INGRESS_CLASS_CONTROLLER = 'ingress.k8s.alibabacloud/alb';

/** Props of {@link AlbIngress}. */
export interface AlbIngressProps {
  /** The cluster (its kubernetes provider serves the AlbConfig and IngressClass). */
  readonly cluster: ICluster & { readonly clusterId: string; readonly alicloudProvider: TerraformProvider };
  /** Options. */
  readonly options: AlbIngressOptions;
  /** Vswitches when `options.vswitchIds` is not set. */
  readonly defaultVswitchIds: string[];
  /** What the controller installs after (nodes to run on). */
  readonly dependsOn: ITerraformDependable[];
}

/**
 * ACK's ALB ingress controller (managed component `alb-ingress-controller`, with the default
 * AlbConfig turned off), an `AlbConfig` that creates the ALB on the chosen vswitches with HTTP
 * listeners, and the `IngressClass` that points at it. Ingresses of that class get the ALB's DNS
 * name in their status (address type DOMAIN).
 */
export class AlbIngress extends Construct {
  /** The `alicloud_cs_kubernetes_addon` of the controller (escape hatch). */
  public readonly resource: CsKubernetesAddonResource;
  /** The AlbConfig (when created). */
  public readonly albConfig?: ClusterManifest;
  /** The IngressClass (when created). */
  public readonly ingressClass?: IngressClassV1Resource;
  /** The IngressClass name. */
  public readonly ingressClassName: string;
  /** What workloads exposed through ALB wait for. */
  public readonly readiness: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: AlbIngressProps) {
    super(scope, id);
    const o = props.options;
    const name = o.albConfigName ?? 'alb';
    this.ingressClassName = o.ingressClassName ?? 'alb';
    this.resource = new CsKubernetesAddonResource(this, 'controller', {
      provider: props.cluster.alicloudProvider,
      clusterId: props.cluster.clusterId,
      name: ALB_INGRESS_CONTROLLER,
      version: o.controllerVersion,
      config: JSON.stringify({ albIngress: { CreateDefaultALBConfig: false } }),
      dependsOn: [...props.dependsOn],
    });
    this.readiness = [this.resource];
    if (o.createAlbConfig === false) return;

    this.albConfig = new ClusterManifest(this, 'alb-config', {
      cluster: props.cluster,
      manifest: {
        apiVersion: 'alibabacloud.com/v1',
        kind: 'AlbConfig',
        metadata: { name },
        spec: {
          config: {
            name,
            addressType: o.addressType ?? AlbAddressType.INTERNET,
            zoneMappings: zoneMappings(o.vswitchIds ?? props.defaultVswitchIds),
          },
          listeners: (o.httpPorts ?? [80]).map((port) => ({ port, protocol: 'HTTP' })),
        },
      },
      dependsOn: [this.resource],
    });
    this.ingressClass = new IngressClassV1Resource(this, 'ingress-class', {
      provider: props.cluster.kubernetesProvider,
      metadata: { name: this.ingressClassName },
      spec: {
        controller: ALB_INGRESS_CLASS_CONTROLLER,
        parameters: [{ apiGroup: 'alibabacloud.com', kind: 'AlbConfig', name }],
      },
      dependsOn: [this.resource],
    });
    this.readiness.push(this.albConfig.resource, this.ingressClass);
  }
}

/** One `{ vSwitchId }` per vswitch; a `for` expression in Terraform when the IDs are a list token. */
function zoneMappings(vswitchIds: string[]): unknown {
  if (!isListToken(vswitchIds)) return vswitchIds.map((vSwitchId) => ({ vSwitchId }));
  return TerraformIterator.fromList(vswitchIds).forExpressionForList('{ vSwitchId = val }');
}

/** Problems of ALB options: vswitch count (ALB needs two zones), ports, names. */
export function albProblems(o: AlbIngressOptions, network: ClusterNetwork | undefined): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (o.vswitchIds !== undefined && !isUnresolved(o.vswitchIds) && o.vswitchIds.length < 2) {
    problems.push({ code: 'ALB_ZONES', prop: 'albIngress.vswitchIds', value: JSON.stringify(o.vswitchIds),
      expected: 'at least two vswitches in different zones (ALB requires two zones)' });
  } else if (o.vswitchIds === undefined && network?.knownZoneCount !== undefined && network.knownZoneCount < 2) {
    problems.push({ code: 'ALB_ZONES', prop: 'network.zones', value: `${network.knownZoneCount} zone`,
      expected: 'at least two zones for the ALB (or pass albIngress.vswitchIds, or albIngress: false)' });
  }
  (o.httpPorts ?? []).forEach((port, i) => {
    if (!(Number.isInteger(port) && port >= 1 && port <= 65535)) {
      problems.push({ code: 'ALB_PORT_INVALID', prop: `albIngress.httpPorts[${i}]`, value: String(port), expected: 'a port from 1 to 65535' });
    }
  });
  if (o.addressType !== undefined && !Object.values(AlbAddressType).includes(o.addressType)) {
    problems.push({ code: 'ALB_ADDRESS_TYPE', prop: 'albIngress.addressType', value: `'${o.addressType}'`, expected: 'AlbAddressType.INTERNET or INTRANET' });
  }
  problems.push(...checkName('albIngress.albConfigName', o.albConfigName, DNS_LABEL));
  problems.push(...checkName('albIngress.ingressClassName', o.ingressClassName, DNS_LABEL));
  return problems;
}
