import { AnnotationMetadataEntryType, ITerraformDependable, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import type { HelmProviderBlock, KubernetesProviderBlock } from './provider-blocks';
import { cidrsOverlap, suggestFreeCidr } from './cidr';
import { ClusterCni, ClusterIngress, ClusterPlatform, ICluster, KubernetesDistribution } from './cluster';
import { ClusterManifest, ClusterManifestOptions, KubernetesObject } from './cluster-manifest';
import { formatProblem, ValidationProblem } from './errors';
import { GpuCapabilities } from './gpu';
import { HelmAddOn, HelmChartOptions } from './helm-addon';
import { toIdentifier } from './naming';
import { areJoined, clustersOf, registerCluster } from './private/registry';
import { ClusterConnection, createClusterProviders } from './private/providers';

const CLUSTER_BRAND = Symbol.for('cdktf-multiregion.Cluster');

/** What every cluster states about itself when it is constructed. */
export interface ClusterIdentity {
  /** Cluster name, unique across the app. May be a token (then identifiers derive from the construct id). */
  readonly clusterName: string;
  /** Region. */
  readonly region: string;
  /** Where it runs. */
  readonly platform: ClusterPlatform;
  /** Which distribution. */
  readonly distribution: KubernetesDistribution;
  /** Which CNI. */
  readonly cni: ClusterCni;
  /** Pod CIDR. */
  readonly podCidr: string;
  /** Service CIDR. */
  readonly serviceCidr: string;
  /** DNS domain. @default 'cluster.local' */
  readonly clusterDomain?: string;
}

/**
 * The one base of every cluster (`GpuCluster`, `VksCluster`, `ExistingCluster`): the contract's
 * fields, the kubernetes/helm providers bound to the cluster in its stack, readiness that grows as
 * node pools and add-ons are added, `addHelmChart` / `addManifest`, and the checks across all the
 * clusters of an app (unique names; pod/service CIDRs that overlap another cluster's are a warning,
 * and an error between clusters a multi-cluster construct joins).
 *
 * Everything installed into a cluster must be created in the cluster's stack; the placement guard
 * in every in-cluster construct refuses anything else (`PLACEMENT_OTHER_STACK`).
 */
export abstract class ClusterBase extends Construct implements ICluster {
  /** True for any cluster built on this base. */
  public static isCluster(x: unknown): x is ClusterBase {
    return typeof x === 'object' && x !== null && (x as { [CLUSTER_BRAND]?: true })[CLUSTER_BRAND] === true;
  }

  /** Every cluster of the app that `scope` belongs to, in construction order. */
  public static clustersOf(scope: IConstruct): readonly ICluster[] {
    return clustersOf(scope);
  }

  public readonly clusterName: string;
  public readonly region: string;
  public readonly platform: ClusterPlatform;
  public readonly distribution: KubernetesDistribution;
  public readonly cni: ClusterCni;
  public readonly stack: TerraformStack;
  public readonly podCidr: string;
  public readonly serviceCidr: string;
  public readonly clusterDomain: string;
  public abstract readonly ingress: ClusterIngress;
  public abstract readonly gpu: GpuCapabilities;

  private readonly readinessItems: ITerraformDependable[] = [];
  private providers?: { kubernetes: KubernetesProviderBlock; helm: HelmProviderBlock };
  private warned = false;

  protected constructor(scope: Construct, id: string, identity: ClusterIdentity) {
    super(scope, id);
    Object.defineProperty(this, CLUSTER_BRAND, { value: true });
    this.clusterName = identity.clusterName;
    this.region = identity.region;
    this.platform = identity.platform;
    this.distribution = identity.distribution;
    this.cni = identity.cni;
    this.podCidr = identity.podCidr;
    this.serviceCidr = identity.serviceCidr;
    this.clusterDomain = identity.clusterDomain ?? 'cluster.local';
    this.stack = TerraformStack.of(this);
    registerCluster(this);
    this.node.addValidation({ validate: () => this.checkAcrossClusters() });
  }

  /** Kubernetes provider bound to this cluster, in {@link stack}. */
  public get kubernetesProvider(): KubernetesProviderBlock {
    return this.connected().kubernetes;
  }

  /** Helm provider bound to this cluster, in {@link stack}. */
  public get helmProvider(): HelmProviderBlock {
    return this.connected().helm;
  }

  /**
   * What workloads wait for (node pools, the GPU stack, the ingress controller). It grows as the
   * cluster grows; workloads read it at synth, so the order in which an app adds pools and
   * workloads does not matter.
   */
  public get readiness(): ITerraformDependable[] {
    return [...this.readinessItems];
  }

  /** Installs a pinned Helm chart into this cluster (created under the cluster, in its stack). */
  public addHelmChart(id: string, options: HelmChartOptions): HelmAddOn {
    return new HelmAddOn(this, id, { ...options, cluster: this });
  }

  /** Applies a Kubernetes object to this cluster (created under the cluster, in its stack). */
  public addManifest(id: string, manifest: KubernetesObject, options: ClusterManifestOptions = {}): ClusterManifest {
    return new ClusterManifest(this, id, { ...options, cluster: this, manifest });
  }

  /**
   * A name for Terraform identifiers (variables, outputs, provider aliases): the cluster name in
   * snake_case, or the construct id when the name is a token, so identifiers never depend on
   * cdktf's internal token numbering.
   */
  public get identifier(): string {
    return toIdentifier(Token.isUnresolved(this.clusterName) ? this.node.id : this.clusterName);
  }

  /** Adds resources workloads must wait for. */
  protected addReadiness(...items: ITerraformDependable[]): void {
    this.readinessItems.push(...items);
  }

  /** Creates this cluster's kubernetes and helm providers (once). */
  protected connect(connection: ClusterConnection): void {
    if (this.providers) throw new Error(`${this.node.path}: providers are already connected`);
    this.providers = createClusterProviders(this, this.identifier, connection);
  }

  private connected(): { kubernetes: KubernetesProviderBlock; helm: HelmProviderBlock } {
    if (!this.providers) throw new Error(`${this.node.path}: the cluster's providers are used before the cluster connected them`);
    return this.providers;
  }

  /** Rules across every cluster of the app, run at synth so construction order does not matter. */
  private checkAcrossClusters(): string[] {
    const others = clustersOf(this).filter((c) => c !== this);
    const problems: ValidationProblem[] = [];
    if (!Token.isUnresolved(this.clusterName)) {
      for (const o of others.filter((c) => c.clusterName === this.clusterName)) {
        problems.push({
          code: 'CLUSTER_NAME_DUPLICATE',
          prop: 'clusterName',
          value: `'${this.clusterName}'`,
          expected: `a name no other cluster of the app uses; '${o.node.path}' (stack '${o.stack.node.id}') has it too. ` +
            'Kubeconfig variables, provider aliases, DNS zones (<name>.internal) and gateway names are keyed by it',
        });
      }
    }
    if (!this.warned) {
      this.warned = true;
      // One warning per range, however many clusters share it (50 identical clusters make 49 overlaps each).
      const byProp = new Map<string, CidrOverlap[]>();
      for (const o of cidrOverlaps(this, others.filter((c) => !areJoined(this, c)))) {
        const list = byProp.get(o.prop);
        if (list) list.push(o);
        else byProp.set(o.prop, [o]);
      }
      for (const [prop, list] of byProp) {
        const shown = list.slice(0, 3).map(overlapText).join('; ');
        const more = list.length > 3 ? `; and ${list.length - 3} more` : '';
        // Added while cdktf validates, so a stack trace would show only cdktf's synth internals: none is captured.
        this.node.addMetadata(AnnotationMetadataEntryType.WARN, `[CLUSTER_CIDR_OVERLAP] ${prop}: got ${rangeOf(list[0])}; ${shown}${more}; ${adviceFor(list[0])}. ` +
          'Harmless while the clusters never route to each other; a multi-cluster construct joining them refuses it');
      }
    }
    return problems.map(formatProblem);
  }
}

/** One overlap between a cluster's pod or service CIDR and another cluster's. */
export interface CidrOverlap {
  readonly cluster: ICluster;
  readonly prop: 'podCidr' | 'serviceCidr';
  readonly other: ICluster;
  readonly otherProp: 'podCidr' | 'serviceCidr';
  /** A private range of the same size that no cluster of the app uses, when there is one. */
  readonly free?: string;
}

/**
 * Overlaps between `cluster`'s pod/service CIDRs and those of `others`, each with a free range to
 * use instead (one that overlaps no cluster of the app). Tokens are skipped.
 */
export function cidrOverlaps(cluster: ICluster, others: readonly ICluster[]): CidrOverlap[] {
  const overlaps: CidrOverlap[] = [];
  const all = clustersOf(cluster);
  for (const prop of ['podCidr', 'serviceCidr'] as const) {
    const mine = cluster[prop];
    for (const other of others) {
      for (const otherProp of ['podCidr', 'serviceCidr'] as const) {
        if (!cidrsOverlap(mine, other[otherProp])) continue;
        // The free range is looked up only when a message shows it (50 identical clusters make ~5,000 overlaps).
        overlaps.push({ cluster, prop, other, otherProp, get free() { return freeRange(all, Number(mine.split('/')[1])); } });
      }
    }
  }
  return overlaps;
}

/** An overlap as a validation problem (one line per pair). */
export function overlapProblem(o: CidrOverlap, code: string, propPrefix = ''): ValidationProblem {
  return { code, prop: `${propPrefix}${o.prop}`, value: rangeOf(o), expected: `${overlapText(o)}; ${adviceFor(o)}` };
}

function rangeOf(o: CidrOverlap): string {
  return `'${o.cluster[o.prop]}' (cluster '${o.cluster.clusterName}')`;
}

function overlapText(o: CidrOverlap): string {
  return `it overlaps ${o.otherProp} '${o.other[o.otherProp]}' of cluster '${o.other.clusterName}'`;
}

function adviceFor(o: CidrOverlap): string {
  return `cross-cluster routes need distinct ranges${o.free ? `, e.g. '${o.free}' is free in this app` : ''}`;
}

/** A private range of this prefix length that no cluster of the app uses, computed once per app and prefix. */
const freeRanges = new WeakMap<readonly ICluster[], Map<string, string | undefined>>();
function freeRange(all: readonly ICluster[], prefix: number): string | undefined {
  const byKey = freeRanges.get(all) ?? new Map<string, string | undefined>();
  freeRanges.set(all, byKey);
  // The app's cluster list only grows, so its length tells an entry computed before a cluster was added.
  const key = `${prefix}/${all.length}`;
  if (!byKey.has(key)) byKey.set(key, suggestFreeCidr(prefix, all.flatMap((c) => [c.podCidr, c.serviceCidr])));
  return byKey.get(key);
}
