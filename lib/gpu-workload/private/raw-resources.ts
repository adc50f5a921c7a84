import { ITerraformDependable, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { LeanTerraformResource } from '../../core/private/lean-resource';
import { dropUndefined } from '../../core/provider-resource';

/** Props of the raw kubernetes resources below. */
export interface RawKubernetesResourceProps {
  readonly provider: TerraformProvider;
  readonly dependsOn?: ITerraformDependable[];
  /** The resource's arguments and blocks, in the provider's snake_case names (tokens allowed). */
  readonly attributes: Record<string, unknown>;
}

/**
 * A hashicorp/kubernetes 2.x resource written directly in the provider's attribute names instead of
 * through the generated binding. The bindings are large (kubernetes_deployment_v1 is 4.7 MB of
 * JavaScript, kubernetes_ingress_v1, kubernetes_service_v1 and kubernetes_secret_v1 ~300, ~230 and ~80 KB), slow to load, and
 * every instance builds an object per block and an attribute map that cdktf resolves in full at synth;
 * these write only the arguments that are set. Escape hatch as usual: `addOverride`.
 * test/gpu-workload/provider-schema.test.ts checks every argument and block against the provider schema.
 */
abstract class RawKubernetesResource extends LeanTerraformResource {
  private readonly attributes: Record<string, unknown>;
  private nameReference?: string;

  /** Each subclass names its resource type in a static `tfResourceType`, as generated bindings do. */
  constructor(scope: Construct, id: string, props: RawKubernetesResourceProps) {
    super(scope, id, {
      terraformResourceType: (new.target as unknown as { readonly tfResourceType: string }).tfResourceType,
      terraformGeneratorMetadata: { providerName: 'kubernetes', providerVersion: '2.38.0', providerVersionConstraint: '~> 2.0' },
      provider: props.provider,
      dependsOn: props.dependsOn,
    });
    this.attributes = dropUndefined(props.attributes) as Record<string, unknown>;
  }

  /** `metadata[0].name`, as the object is named in the cluster (a reference). */
  public get metadataName(): string {
    return (this.nameReference ??= Token.asString(this.interpolationForAttribute('metadata[0].name')));
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return this.attributes;
  }
}

/** `kubernetes_deployment_v1` in the provider's attribute names. */
export class KubernetesDeploymentV1 extends RawKubernetesResource {
  public static readonly tfResourceType = 'kubernetes_deployment_v1';
}

/** `kubernetes_service_v1` in the provider's attribute names. */
export class KubernetesServiceV1 extends RawKubernetesResource {
  public static readonly tfResourceType = 'kubernetes_service_v1';
}

/** `kubernetes_secret_v1` in the provider's attribute names. */
export class KubernetesSecretV1 extends RawKubernetesResource {
  public static readonly tfResourceType = 'kubernetes_secret_v1';
}

/** `kubernetes_ingress_v1` in the provider's attribute names. */
export class KubernetesIngressV1 extends RawKubernetesResource {
  public static readonly tfResourceType = 'kubernetes_ingress_v1';

  /** `status[0].load_balancer[0].ingress[0].<attribute>`: the load balancer's address once it has one (a reference). */
  public loadBalancerIngress(attribute: 'ip' | 'hostname'): string {
    return Token.asString(this.interpolationForAttribute(`status[0].load_balancer[0].ingress[0].${attribute}`));
  }
}
