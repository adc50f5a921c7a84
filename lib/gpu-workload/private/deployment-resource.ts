import { ITerraformDependable, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

/** Props of {@link KubernetesDeploymentV1}. */
export interface KubernetesDeploymentV1Props {
  readonly provider: TerraformProvider;
  readonly dependsOn?: ITerraformDependable[];
  /** The resource's arguments and blocks, in the provider's snake_case names (tokens allowed). */
  readonly attributes: Record<string, unknown>;
}

function dropUndefined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropUndefined);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, dropUndefined(x)]));
  }
  return v;
}

/**
 * A `kubernetes_deployment_v1` (hashicorp/kubernetes 2.x) written directly in the provider's
 * attribute names instead of through the generated binding, whose pod-spec structs are 4.7 MB of
 * JavaScript (~110 ms and ~16 MB per synth to load). Escape hatch as usual: `addOverride`.
 */
export class KubernetesDeploymentV1 extends TerraformResource {
  public static readonly tfResourceType = 'kubernetes_deployment_v1';

  private readonly attributes: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: KubernetesDeploymentV1Props) {
    super(scope, id, {
      terraformResourceType: KubernetesDeploymentV1.tfResourceType,
      terraformGeneratorMetadata: { providerName: 'kubernetes', providerVersion: '2.38.0', providerVersionConstraint: '~> 2.0' },
      provider: props.provider,
      dependsOn: props.dependsOn,
    });
    this.attributes = dropUndefined(props.attributes) as Record<string, unknown>;
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return this.attributes;
  }
}
