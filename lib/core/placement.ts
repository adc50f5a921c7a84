import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import type { ICluster } from './cluster';
import { MultiRegionValidationError, ValidationProblem } from './errors';

/**
 * The placement rule: a construct that talks to a cluster (a Helm release, a Kubernetes object, a
 * workload, a data-plane member) lives in that cluster's stack. In another stack, its resources
 * would sit in that stack's state and need this cluster's API server at every plan, so one
 * region's outage would block another region's plan: the very thing one stack per cluster avoids.
 *
 * Returns the problem (code `PLACEMENT_OTHER_STACK`), or none when the construct is placed right.
 */
export function placementProblems(construct: IConstruct, cluster: ICluster, what?: string): ValidationProblem[] {
  const here = TerraformStack.of(construct);
  if (here === cluster.stack) return [];
  const kind = what ?? construct.constructor.name;
  const id = construct.node.id;
  return [{
    code: 'PLACEMENT_OTHER_STACK',
    prop: 'scope',
    value: `${kind} '${construct.node.path}' in stack '${here.node.id}'`,
    expected: `it installs into cluster '${cluster.clusterName}', whose providers and state are in stack '${cluster.stack.node.id}'. ` +
      `Create it under the cluster (new ${kind}(cluster, '${id}', { cluster, … }), or cluster.addHelmChart / cluster.addManifest) ` +
      `or in another scope inside stack '${cluster.stack.node.id}', so that this cluster's outage never blocks stack '${here.node.id}'`,
  }];
}

/** Throws {@link MultiRegionValidationError} when `construct` is not in `cluster`'s stack (see {@link placementProblems}). */
export function assertPlacement(construct: IConstruct, cluster: ICluster, what?: string): void {
  const problems = placementProblems(construct, cluster, what);
  if (problems.length > 0) throw new MultiRegionValidationError(construct.node.path, problems);
}
