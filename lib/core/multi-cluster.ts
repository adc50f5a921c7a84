import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { cidrOverlaps, overlapProblem } from './cluster-base';
import type { ICluster } from './cluster';
import { formatProblem, MultiRegionValidationError, Problems, ValidationProblem } from './errors';
import { markJoined } from './private/registry';
import { Secret } from './secrets';

/** One member of a multi-cluster construct: a cluster, plus the construct's per-member options. */
export interface ClusterMember {
  /** The member cluster. Its part of the construct is created under it, in its stack. */
  readonly cluster: ICluster;
}

/** Rules a multi-cluster construct asks its base to enforce. */
export interface MultiClusterRules {
  /** The fewest members that make sense. @default 2 */
  readonly minMembers?: number;
  /**
   * Members whose stack is a hub (a management cluster): a hub may read values of the other
   * members (outputs through remote state), one way. @default - none
   */
  readonly hubs?: readonly ICluster[];
  /** Whether members' pod and service CIDRs must be distinct (they route to each other). @default true */
  readonly distinctCidrs?: boolean;
}

/** The zone suffix of cross-cluster service names (`<svc>.<ns>.svc.<cluster>.<suffix>`), as `NetbirdBridge` serves them. */
export const DEFAULT_CLUSTER_ZONE_SUFFIX = 'internal';

/** The DNS zone a cluster's services are reached under from other clusters: `<cluster>.<suffix>`. */
export function clusterZone(cluster: ICluster, zoneSuffix = DEFAULT_CLUSTER_ZONE_SUFFIX): string {
  return `${cluster.clusterName}.${zoneSuffix}`;
}

/** The name other clusters use for a service: `<service>.<namespace>.svc.<cluster>.<suffix>`. Known at synth: no stack dependency. */
export function crossClusterServiceName(cluster: ICluster, service: string, namespace: string, zoneSuffix = DEFAULT_CLUSTER_ZONE_SUFFIX): string {
  return `${service}.${namespace}.svc.${clusterZone(cluster, zoneSuffix)}`;
}

/**
 * The base of constructs that span clusters (`NetbirdBridge`, `NatsSupercluster`,
 * `CassandraMultiDc`, `PostgresMultiMaster`). It owns the members and the rules every such
 * construct shares:
 *
 * - each member's part is created under its member cluster ({@link createMemberParts}), so its
 *   resources land in that member's stack, next to the cluster's providers;
 * - at least `minMembers` members, each cluster once;
 * - at synth (`node.addValidation`): cluster names unique, pod/service CIDRs distinct across
 *   members (with a free range proposed), the subclass's own cross-member rules
 *   ({@link crossMemberProblems}), and the cross-stack rule: no member stack depends on another
 *   member stack (a hub may read members one way);
 * - {@link member} as the escape hatch to one member's part;
 * - {@link sharedSecret}: the same sensitive variable in every member stack.
 *
 * Values that cross members must be known at synth (names, CIDRs, derived DNS names such as
 * {@link crossClusterServiceName}); those create no stack dependency.
 */
export abstract class MultiClusterConstruct<M extends ClusterMember, P extends Construct = Construct> extends Construct {
  /** The members, as given. */
  public readonly members: readonly M[];
  private readonly partsByCluster = new Map<ICluster, P>();
  private readonly hubs: ReadonlySet<ICluster>;
  private readonly distinctCidrs: boolean;

  protected constructor(scope: Construct, id: string, members: readonly M[] | undefined, rules: MultiClusterRules = {}) {
    super(scope, id);
    const list = members ?? [];
    const min = rules.minMembers ?? 2;
    const problems = new Problems(this.node.path);
    problems.check(list.length >= min, 'MEMBERS_TOO_FEW', 'members', `${list.length} member${list.length === 1 ? '' : 's'}`,
      `at least ${min} members, one per cluster`);
    const seen = new Map<ICluster, number>();
    list.forEach((m, i) => {
      if (!m?.cluster) {
        problems.add('MEMBER_CLUSTER_MISSING', `members[${i}].cluster`, undefined, 'a cluster (GpuCluster, VksCluster, ExistingCluster)');
        return;
      }
      const first = seen.get(m.cluster);
      problems.check(first === undefined, 'MEMBER_DUPLICATE', `members[${i}].cluster`, m.cluster.clusterName,
        `each cluster once; members[${first}] is the same cluster`);
      seen.set(m.cluster, i);
    });
    for (const hub of rules.hubs ?? []) {
      problems.check(seen.has(hub), 'HUB_NOT_MEMBER', 'hubs', hub.clusterName, 'a hub that is one of the members');
    }
    problems.throwIfAny();
    this.members = [...list];
    this.hubs = new Set(rules.hubs ?? []);
    this.distinctCidrs = rules.distinctCidrs ?? true;
    if (this.distinctCidrs) markJoined(list.map((m) => m.cluster));
  }

  /** The member clusters, in member order. */
  public get clusters(): ICluster[] {
    return this.members.map((m) => m.cluster);
  }

  /** Every member's part, in member order (after {@link createMemberParts}). */
  public get parts(): P[] {
    return this.members.map((m) => this.partsByCluster.get(m.cluster)).filter((p): p is P => !!p);
  }

  /** The part of this construct in `cluster` (escape hatch: its resources, its values). */
  public member(cluster: ICluster): P {
    const part = this.partsByCluster.get(cluster);
    if (!part) {
      throw new MultiRegionValidationError(this.node.path, [{
        code: 'NOT_A_MEMBER',
        prop: 'cluster',
        value: `'${cluster.clusterName}'`,
        expected: `one of the members: ${this.members.map((m) => m.cluster.clusterName).join(', ')}`,
      }]);
    }
    return part;
  }

  /** Whether `cluster` is a hub of this construct. */
  public isHub(cluster: ICluster): boolean {
    return this.hubs.has(cluster);
  }

  /**
   * Creates each member's part with `factory(member, index, scope, id)`, where `scope` is the
   * member's cluster and `id` this construct's id, so the part and its resources are in the
   * member's stack. Call once, from the subclass constructor.
   */
  protected createMemberParts(factory: (member: M, index: number, scope: Construct, id: string) => P): void {
    const id = this.node.id;
    const problems = new Problems(this.node.path);
    this.members.forEach((m, i) => {
      problems.check(!m.cluster.node.tryFindChild(id), 'MEMBER_ID_TAKEN', 'id', id,
        `an id that cluster '${m.cluster.clusterName}' does not already use for another child (members[${i}])`);
    });
    problems.throwIfAny();
    this.members.forEach((m, i) => this.partsByCluster.set(m.cluster, factory(m, i, m.cluster, id)));
    const first = this.parts[0];
    // The first part is always inside a stack (its member's), so cdktf runs this at synth.
    first?.node.addValidation({ validate: () => this.acrossMembers().map(formatProblem) });
  }

  /** The subclass's own rules across members (e.g. the same chart version everywhere). Run at synth. */
  protected crossMemberProblems(): ValidationProblem[] {
    return [];
  }

  /**
   * The same sensitive variable, by name, in `cluster`'s stack: every member stack declares it,
   * and the user supplies one value (`TF_VAR_<name>`) to all of them. No member reads another's.
   */
  protected sharedSecret(cluster: ICluster, name: string, description: string): Secret {
    return Secret.variable(cluster.stack, name, description);
  }

  /** Problems that every member must hold the same value; `label` names the setting. */
  protected sameEverywhere(prop: string, valueOf: (m: M) => string | undefined): ValidationProblem[] {
    const values = this.members.map((m) => ({ m, v: valueOf(m) })).filter(({ v }) => v !== undefined && !Token.isUnresolved(v));
    const first = values[0];
    return values.filter(({ v }) => v !== first?.v).map(({ m, v }) => ({
      code: 'MEMBER_SETTING_DIFFERS',
      prop: `members[${this.members.indexOf(m)}].${prop}`,
      value: `'${v}' (cluster '${m.cluster.clusterName}')`,
      expected: `the same ${prop} in every member: '${first!.v}' in cluster '${first!.m.cluster.clusterName}'`,
    }));
  }

  private acrossMembers(): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const clusters = this.clusters;
    clusters.forEach((c, i) => {
      const clash = clusters.findIndex((o, j) => j < i && o.clusterName === c.clusterName && !Token.isUnresolved(c.clusterName));
      if (clash >= 0) {
        problems.push({ code: 'MEMBER_NAME_DUPLICATE', prop: `members[${i}].cluster.clusterName`, value: `'${c.clusterName}'`,
          expected: `a name distinct from members[${clash}]: names key DNS zones, gateway and datacenter names` });
      }
    });
    if (this.distinctCidrs) {
      clusters.forEach((c, i) => {
        problems.push(...cidrOverlaps(c, clusters.slice(i + 1)).map((o) => overlapProblem(o, 'MEMBER_CIDR_OVERLAP', `members[${i}].cluster.`)));
      });
    }
    problems.push(...this.stackDependencyProblems());
    problems.push(...this.crossMemberProblems());
    return problems;
  }

  /** The cross-stack rule: a member stack never depends on another member's (hubs may read members). */
  private stackDependencyProblems(): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    for (const a of this.clusters) {
      if (this.hubs.has(a)) continue;
      for (const b of this.clusters) {
        if (b === a || a.stack === b.stack || !a.stack.dependsOn(b.stack)) continue;
        problems.push({
          code: 'MEMBER_STACK_DEPENDENCY',
          prop: 'members',
          value: `stack '${a.stack.node.id}' (cluster '${a.clusterName}') depends on stack '${b.stack.node.id}' (cluster '${b.clusterName}')`,
          expected: 'no member stack reading another member\'s values: pass values known at synth (names, CIDRs, derived DNS names), ' +
            'a shared sensitive variable, or route the value through a hub stack one way; otherwise one region\'s outage blocks the other\'s plan',
        });
      }
    }
    return problems;
  }
}
