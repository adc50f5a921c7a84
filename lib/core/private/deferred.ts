import { IResolvable, IResolveContext, Token } from 'cdktf';

/**
 * A value computed at synth, like cdktf's `Lazy`, without the full stack trace `Lazy` captures at
 * creation (only shown in cdktf's token errors; a profile of 50 clusters had one per helm_release and
 * per managed `depends_on`, each a few hundred microseconds). The producer runs each time cdktf
 * resolves the token, as with `Lazy`.
 */
class Deferred implements IResolvable {
  public readonly creationStack: string[] = [];
  constructor(private readonly produce: () => unknown) {}

  public resolve(_context: IResolveContext): unknown {
    return this.produce();
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** A string token whose value `produce` returns at synth. */
export function deferredString(produce: () => string): string {
  return Token.asString(new Deferred(produce));
}

/** A list token whose value `produce` returns at synth; an empty list leaves the argument out. */
export function deferredList(produce: () => string[]): string[] {
  return Token.asList(new Deferred(() => {
    const list = produce();
    return list.length === 0 ? undefined : list;
  }));
}
