import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { ReleaseSetSensitive } from '@cdktf/provider-helm/lib/release';
import { ICluster } from './cluster';
import { isUnresolved, Problems } from './errors';
import { checkName, DNS_LABEL } from './naming';
import { assertPlacement } from './placement';
import { checkSecret, Secret } from './secrets';
import { addDependsOn } from './private/dependable';
import { deferredString } from './private/deferred';
import { sortedEntries } from './private/compare';
import { mergeValues, stableJson } from './private/values';
import { HelmReleaseResource } from './helm-release';

/** A Helm values tree. Leaves are strings (tokens allowed), numbers, booleans or null. */
export type HelmValue = string | number | boolean | null | HelmValue[] | HelmValues;
/** A Helm values object. */
export interface HelmValues {
  readonly [key: string]: HelmValue;
}

/** A chart pinned to one version. */
export interface HelmChart {
  /** Chart name in `repository`, or a full `oci://` reference. */
  readonly chart: string;
  /** HTTPS chart repository URL; omit for an `oci://` chart. @default - none (OCI chart) */
  readonly repository?: string;
  /** Exact chart version, e.g. `v25.10.0`. Ranges are refused: an add-on must not change under you. */
  readonly version: string;
}

/** Options shared by every add-on. */
export interface HelmAddOnOptions {
  /** Helm release name. @default - the add-on's default */
  readonly releaseName?: string;
  /** Namespace to install into. @default - the add-on's default */
  readonly namespace?: string;
  /** Create the namespace if missing. @default true */
  readonly createNamespace?: boolean;
  /** Extra values, deep-merged over the add-on's own (objects merge, lists replace). @default - none */
  readonly values?: HelmValues;
  /** Override the pinned chart version (e.g. to take a patch release). @default - the version this library pins */
  readonly version?: string;
  /** Seconds Helm waits for the release to become ready. @default 600 */
  readonly timeoutSeconds?: number;
  /** Other things this add-on must come after. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/** What {@link ICluster.addHelmChart} takes: a {@link HelmAddOn}'s props without the cluster. */
export interface HelmChartOptions extends HelmAddOnOptions {
  /** The chart, pinned. */
  readonly chart: HelmChart;
  /** Helm release name. @default - the chart name */
  readonly releaseName?: string;
  /** Values set through Helm's `set_sensitive`, keyed by Helm's dotted path (`a.b.c`). @default - none */
  readonly sensitiveValues?: Record<string, Secret>;
  /**
   * Whether the chart installs CRDs other resources need. Custom resources created with
   * {@link ClusterManifest} wait for the add-ons listed in their `requires`. @default false
   */
  readonly providesCrds?: boolean;
}

/** Props of a generic {@link HelmAddOn}. */
export interface HelmAddOnProps extends HelmChartOptions {
  /**
   * The cluster to install into. The add-on must be created in the cluster's stack (under the
   * cluster, or anywhere else in that stack): elsewhere it is refused (`PLACEMENT_OTHER_STACK`).
   */
  readonly cluster: ICluster;
}

const EXACT_VERSION = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * A Helm chart installed into one cluster: chart, repository and version pinned, values typed and
 * rendered deterministically, secrets passed through `set_sensitive`, ordering explicit.
 *
 * The underlying `helm_release` is {@link resource} (escape hatch).
 */
export class HelmAddOn extends Construct implements ITerraformDependable {
  /** The `helm_release` resource (escape hatch). */
  public readonly resource: HelmReleaseResource;
  /** The cluster it is installed into. */
  public readonly cluster: ICluster;
  /** Namespace of the release. */
  public readonly namespace: string;
  /** Whether the chart provides CRDs. */
  public readonly providesCrds: boolean;
  /** Terraform FQN, so an add-on can be used in `dependsOn` directly. */
  public readonly fqn: string;

  private values: HelmValues;

  constructor(scope: Construct, id: string, props: HelmAddOnProps) {
    super(scope, id);
    const chartName = props.chart.chart.split('/').pop() ?? props.chart.chart;
    const releaseName = props.releaseName ?? chartName;
    this.namespace = props.namespace ?? releaseName;
    this.cluster = props.cluster;
    this.providesCrds = props.providesCrds ?? false;
    this.values = props.values ?? {};
    const version = props.version ?? props.chart.version;

    assertPlacement(this, props.cluster);
    const problems = new Problems(this.node.path);
    for (const [key, secret] of Object.entries(props.sensitiveValues ?? {})) problems.addAll(checkSecret(`sensitiveValues.${key}`, secret));
    problems.addAll(checkName('releaseName', releaseName, { ...DNS_LABEL, max: 53 }));
    problems.addAll(checkName('namespace', this.namespace, DNS_LABEL));
    if (!isUnresolved(version)) {
      problems.check(EXACT_VERSION.test(version), 'CHART_VERSION_UNPINNED', 'version', version,
        'pin an exact chart version such as 1.2.3 or v25.10.0; ranges let the add-on change without a code change');
    }
    const isOci = props.chart.chart.startsWith('oci://');
    if (!isOci) {
      problems.check(!!props.chart.repository && /^https:\/\//.test(props.chart.repository), 'CHART_REPOSITORY', 'chart.repository',
        props.chart.repository, 'an https:// chart repository URL, or an oci:// chart reference in chart.chart');
    }
    const timeout = props.timeoutSeconds ?? 600;
    problems.check(Number.isInteger(timeout) && timeout > 0 && timeout <= 3600, 'HELM_TIMEOUT', 'timeoutSeconds', timeout,
      'a whole number of seconds from 1 to 3600');
    problems.throwIfAny();

    const sensitive: ReleaseSetSensitive[] = sortedEntries(props.sensitiveValues ?? {})
      .map(([name, secret]) => ({ name, value: secret.value }));

    this.resource = new HelmReleaseResource(this, 'release', {
      provider: props.cluster.helmProvider,
      name: releaseName,
      chart: props.chart.chart,
      repository: isOci ? undefined : props.chart.repository,
      version,
      namespace: this.namespace,
      createNamespace: props.createNamespace ?? true,
      timeout,
      wait: true,
      atomic: false,
      cleanupOnFail: true,
      values: [deferredString(() => stableJson(this.values))],
      setSensitive: sensitive.length > 0 ? sensitive : undefined,
    });
    // Every ordering edge goes through one list read at synth, so later additions never repeat an entry.
    const initial = [...(props.dependsOn ?? [])];
    if (initial.length > 0) addDependsOn(this.resource, () => initial);
    this.fqn = this.resource.fqn;
  }

  /** Deep-merges more values (objects merge, lists and leaves replace). Works until synth. */
  public addValues(values: HelmValues): void {
    this.values = mergeValues(this.values, values);
  }

  /** The values as they will be rendered (after every `addValues`). */
  public get renderedValues(): HelmValues {
    return this.values;
  }

  /** Makes this add-on wait for other resources or add-ons. */
  public addDependency(...deps: ITerraformDependable[]): void {
    addDependsOn(this.resource, () => deps);
  }

  /**
   * Makes this add-on wait for what `source` returns at synth (e.g. a cluster's readiness, which
   * grows as node pools are added). Combines with {@link addDependency} and `dependsOn`.
   */
  public addLateDependency(source: () => readonly ITerraformDependable[]): void {
    addDependsOn(this.resource, source);
  }
}
