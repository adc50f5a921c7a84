import { IResolvable, IResolveContext, ITerraformDependable, Lazy, Token } from 'cdktf';

/** Resolves to a dependable's plain address (`type.name`), as cdktf writes `depends_on` entries. */
class DependableAddress implements IResolvable {
  public readonly creationStack: string[] = [];
  constructor(private readonly target: ITerraformDependable) {}
  public resolve(context: IResolveContext): string {
    context.suppressBraces = true;
    return this.target.fqn;
  }
}

/**
 * A `depends_on` list computed at synth: what a cluster must have ready (node pools, the GPU
 * stack, the ingress controller) may be added after the resource that waits for it, so the list is
 * read when the app is synthesized, not when the resource is constructed. Duplicates are dropped;
 * the order is that of `produce()`, so the JSON does not depend on construction order.
 */
export function lazyDependsOn(produce: () => readonly ITerraformDependable[]): string[] {
  return Lazy.listValue({
    produce: () => {
      const seen = new Set<ITerraformDependable>();
      return produce().filter((d) => !seen.has(d) && !!seen.add(d)).map((d) => Token.asString(new DependableAddress(d)));
    },
  }, { omitEmpty: true });
}
