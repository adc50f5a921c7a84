import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { ICluster } from './cluster';
import { Problems } from './errors';
import { HelmAddOn } from './helm-addon';

/** Props of {@link ClusterManifest}. */
export interface ClusterManifestProps {
  /** The cluster to create the object in. */
  readonly cluster: ICluster;
  /** The Kubernetes object: `apiVersion`, `kind`, `metadata.name` at least. */
  readonly manifest: { readonly apiVersion: string; readonly kind: string; readonly metadata: { readonly name: string; readonly namespace?: string; readonly [k: string]: unknown }; readonly [k: string]: unknown };
  /** Add-ons whose CRDs (or controllers) this object needs; it is created after them. @default - none */
  readonly requires?: HelmAddOn[];
  /** Other things to wait for. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Any Kubernetes object (typically a custom resource) in one cluster, ordered after the add-ons
 * that install its CRD.
 *
 * Limit: `kubernetes_manifest` reads the CRD's schema from the API server at plan time, so on a
 * brand-new cluster the first plan of a stack that creates both the operator and its custom
 * resources cannot complete; apply the add-ons first (`terraform apply -target=...`) or keep the
 * custom resources in a later stack.
 */
export class ClusterManifest extends Construct {
  /** The `kubernetes_manifest` resource. */
  public readonly resource: Manifest;

  constructor(scope: Construct, id: string, props: ClusterManifestProps) {
    super(scope, id);
    const problems = new Problems(this.node.path);
    const m = props.manifest;
    problems.check(/^[a-z0-9.-]*\/?v\d+((alpha|beta)\d+)?$/.test(m.apiVersion ?? ''), 'MANIFEST_API_VERSION', 'manifest.apiVersion',
      m.apiVersion, "a Kubernetes apiVersion such as 'v1' or 'k8ssandra.io/v1alpha1'");
    problems.check(/^[A-Z][A-Za-z0-9]*$/.test(m.kind ?? ''), 'MANIFEST_KIND', 'manifest.kind', m.kind, 'a Kind in PascalCase');
    problems.check(!!m.metadata?.name, 'MANIFEST_NAME', 'manifest.metadata.name', m.metadata?.name, 'a name');
    for (const addOn of props.requires ?? []) {
      problems.check(addOn.cluster === props.cluster, 'MANIFEST_REQUIRES_OTHER_CLUSTER', 'requires', addOn.node.path,
        `an add-on installed in the same cluster (${props.cluster.clusterName}); CRDs in another cluster do not help here`);
    }
    problems.throwIfAny();

    this.resource = new Manifest(this, 'manifest', {
      provider: props.cluster.kubernetesProvider,
      manifest: m as Record<string, unknown>,
      dependsOn: [...(props.requires ?? []), ...(props.dependsOn ?? [])],
    });
  }
}
