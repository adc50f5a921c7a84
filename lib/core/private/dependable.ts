import { IResolvable, IResolveContext, ITerraformDependable, TerraformResource, TerraformStack, Token } from 'cdktf';
import { deferredList } from './deferred';

/** Resolves to a dependable's plain address (`type.name`), as cdktf writes `depends_on` entries. */
class DependableAddress implements IResolvable {
  public readonly creationStack: string[] = [];
  constructor(private readonly target: ITerraformDependable) {}
  public resolve(context: IResolveContext): string {
    context.suppressBraces = true;
    return this.target.fqn;
  }
}

const stacks = new WeakMap<TerraformResource, TerraformStack>();
/** A resource's stack (constructs never move; cdktf walks up the tree on every `cdktfStack` read). */
function stackOf(r: TerraformResource): TerraformStack {
  let s = stacks.get(r);
  if (!s) stacks.set(r, (s = r.cdktfStack));
  return s;
}

/**
 * A `depends_on` entry of `resource`: a resource of the same stack as its plain address, which is what its
 * `fqn` resolves to there (reading a generated resource's `fqn` for the first time, deep in cdktf's
 * resolver, would capture a stack trace as deep as the recursion); anything else through its `fqn`.
 */
function dependsOnEntry(stack: TerraformStack, d: ITerraformDependable): string {
  if (d instanceof TerraformResource && stackOf(d) === stack) return `${d.terraformResourceType}.${d.friendlyUniqueId}`;
  return Token.asString(new DependableAddress(d));
}

/** What a resource's `depends_on` is made of once {@link addDependsOn} manages it. */
interface DependsOnParts {
  /** Entries set before (plain `depends_on` strings, kept as they are). */
  readonly fixed: readonly string[];
  /** Lists read at synth. */
  readonly sources: (() => readonly ITerraformDependable[])[];
}
const parts = new WeakMap<TerraformResource, DependsOnParts>();

/**
 * Adds to a resource's `depends_on`, now or at synth: `source` is read when the app is
 * synthesized, so what it returns may still grow (a cluster's readiness). Can be called any number
 * of times on the same resource; entries set before the first call are kept.
 */
export function addDependsOn(resource: TerraformResource, source: () => readonly ITerraformDependable[]): void {
  let p = parts.get(resource);
  if (!p) {
    p = { fixed: [...(resource.dependsOn ?? [])], sources: [] };
    parts.set(resource, p);
    const own = p;
    resource.dependsOn = deferredList(() => {
      const seen = new Set<ITerraformDependable>();
      const late = own.sources.flatMap((f) => f()).filter((d) => !seen.has(d) && !!seen.add(d));
      const stack = stackOf(resource);
      return [...own.fixed, ...late.map((d) => dependsOnEntry(stack, d))];
    });
  }
  p.sources.push(source);
}
