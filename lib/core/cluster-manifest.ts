import { ITerraformDependable, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import type * as ManifestBinding from '@cdktf/provider-kubernetes/lib/manifest';
import { ICluster } from './cluster';
import { Problems } from './errors';
import { HelmAddOn } from './helm-addon';
import { HelmReleaseResource } from './helm-release';
import { checkName, DNS_LABEL } from './naming';
import { lazy } from './private/lazy';
import { deferredString } from './private/deferred';
import { assertPlacement } from './placement';
import { clusterManifestsChart } from './private/manifest-chart';
import { renderValues } from './private/values';

/** How a {@link ClusterManifest} reaches the cluster. */
export enum ManifestDelivery {
  /**
   * A Helm release of the library's bundled `cluster-manifests` chart (copied into the stack's
   * assets at synth). Nothing is read from the API server at plan time, so a stack can create a
   * cluster, the operator that installs a CRD, and custom resources of that CRD in one apply.
   */
  HELM = 'helm',
  /**
   * A `kubernetes_manifest` resource: field-level diffs in the plan, but the provider reads the
   * CRD's schema from the API server at plan time, so the cluster and the CRD must already exist.
   */
  KUBERNETES_MANIFEST = 'kubernetes_manifest',
}

/** A Kubernetes object as a plain object. */
export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [k: string]: unknown };
  readonly [k: string]: unknown;
}

/** How a {@link ClusterManifest} is ordered and delivered (what {@link ICluster.addManifest} takes besides the object). */
export interface ClusterManifestOptions {
  /** Add-ons whose CRDs (or controllers) this object needs; it is created after them. @default - none */
  readonly requires?: HelmAddOn[];
  /** Other things to wait for. @default - none */
  readonly dependsOn?: ITerraformDependable[];
  /** How the object is applied. @default ManifestDelivery.HELM */
  readonly delivery?: ManifestDelivery;
}

/** Props of {@link ClusterManifest}. */
export interface ClusterManifestProps extends ClusterManifestOptions {
  /** The cluster to create the object in; the construct must be in the cluster's stack (`PLACEMENT_OTHER_STACK`). */
  readonly cluster: ICluster;
  /** The Kubernetes object: `apiVersion`, `kind`, `metadata.name` at least. Values may be tokens. */
  readonly manifest: KubernetesObject;
}

/**
 * Any Kubernetes object (typically a custom resource) in one cluster, ordered after the add-ons
 * that install its CRD.
 *
 * By default it is applied as a Helm release of a tiny chart bundled with this library, so the
 * first plan of a brand-new cluster's stack works: `kubernetes_manifest` would need the API server
 * and the CRD at plan time. Choose `ManifestDelivery.KUBERNETES_MANIFEST` for field-level diffs on
 * clusters that already exist.
 */
export class ClusterManifest extends Construct implements ITerraformDependable {
  /** The resource that applies the object (`helm_release` or `kubernetes_manifest`). */
  public readonly resource: TerraformResource;
  /** How the object is applied. */
  public readonly delivery: ManifestDelivery;
  /** Terraform FQN of {@link resource}, so the construct can be used in `dependsOn`. */
  public readonly fqn: string;

  constructor(scope: Construct, id: string, props: ClusterManifestProps) {
    super(scope, id);
    assertPlacement(this, props.cluster);
    const problems = new Problems(this.node.path);
    const m = props.manifest;
    problems.check(/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(m.apiVersion ?? ''), 'MANIFEST_API_VERSION', 'manifest.apiVersion',
      m.apiVersion, "a Kubernetes apiVersion such as 'v1' or 'k8ssandra.io/v1alpha1'");
    problems.check(/^[A-Z][A-Za-z0-9]*$/.test(m.kind ?? ''), 'MANIFEST_KIND', 'manifest.kind', m.kind, 'a Kind in PascalCase');
    problems.check(!!m.metadata?.name, 'MANIFEST_NAME', 'manifest.metadata.name', m.metadata?.name, 'a name');
    problems.addAll(checkName('manifest.metadata.namespace', m.metadata?.namespace, DNS_LABEL));
    for (const addOn of props.requires ?? []) {
      problems.check(addOn.cluster === props.cluster, 'MANIFEST_REQUIRES_OTHER_CLUSTER', 'requires', addOn.node.path,
        `an add-on installed in the same cluster (${props.cluster.clusterName}); CRDs in another cluster do not help here`);
    }
    problems.throwIfAny();

    this.delivery = props.delivery ?? ManifestDelivery.HELM;
    const dependsOn = [...(props.requires ?? []), ...(props.dependsOn ?? [])];
    if (this.delivery === ManifestDelivery.KUBERNETES_MANIFEST) {
      this.resource = new (manifestBinding().Manifest)(this, 'manifest', {
        provider: props.cluster.kubernetesProvider,
        manifest: m as Record<string, unknown>,
        dependsOn,
      });
    } else {
      this.resource = new HelmReleaseResource(this, 'release', {
        provider: props.cluster.helmProvider,
        name: releaseName(m, id),
        chart: clusterManifestsChart(this),
        namespace: m.metadata.namespace ?? 'default',
        createNamespace: false,
        wait: true,
        values: [deferredString(() => renderValues({ manifests: [m] }))],
        dependsOn,
      });
    }
    this.fqn = this.resource.fqn;
  }
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- only KUBERNETES_MANIFEST delivery needs it
const manifestBinding = lazy(() => require('@cdktf/provider-kubernetes/lib/manifest') as typeof ManifestBinding);

/** `<kind>-<name>` (the construct id when the name is a token), lower case, at most 53 characters (Helm's limit). */
function releaseName(m: KubernetesObject, id: string): string {
  const name = Token.isUnresolved(m.metadata.name) ? id : m.metadata.name;
  const raw = `${m.kind}-${name}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return raw.slice(0, 53).replace(/-+$/, '');
}
