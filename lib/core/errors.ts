import { Token } from 'cdktf';

/**
 * One problem found in a construct's props: a stable code, the prop's name, the value that was
 * given and what would have been valid.
 */
export interface ValidationProblem {
  /** Stable, grep-able code, e.g. `CIDR_OVERLAP`. */
  readonly code: string;
  /** The prop (or dotted path into the props) that holds the bad value, e.g. `nodePools[0].gpuMemoryGiB`. */
  readonly prop: string;
  /** The value that was given, rendered for humans. */
  readonly value: string;
  /** What would be valid, phrased as advice. */
  readonly expected: string;
}

function render(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `'${value}'`;
  try {
    const json = JSON.stringify(value);
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  } catch {
    return String(value);
  }
}

/**
 * What an error code means and how to fix it, for the catalogue in `docs/errors.md`
 * (generated from every construct's `error-codes.ts` by `npm run docs:errors`).
 */
export interface ErrorCodeDoc {
  /** What the rule protects against, in one sentence. */
  readonly meaning: string;
  /** What to change. */
  readonly fix: string;
}

/** Formats one problem as `[CODE] prop: got <value>; <expected>`. */
export function formatProblem(p: ValidationProblem): string {
  return `[${p.code}] ${p.prop}: got ${p.value}; ${p.expected}`;
}

/**
 * Thrown when a construct's props are invalid. Holds every problem found, not just the first,
 * so a user fixes them all in one round.
 */
export class MultiRegionValidationError extends Error {
  constructor(
    /** Construct path (or name) the problems belong to. */
    public readonly where: string,
    /** Every problem found. */
    public readonly problems: readonly ValidationProblem[],
  ) {
    super(
      `${where}: ${problems.length} invalid setting${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'MultiRegionValidationError';
  }

  /** The stable codes of all problems, in order. */
  public get codes(): string[] {
    return this.problems.map((p) => p.code);
  }
}

/**
 * Collects validation problems for one construct and throws them together.
 *
 * Values that are unresolved tokens (references to other resources, variables) are skipped by
 * the helpers: they can only be known at apply time.
 */
export class Problems {
  private readonly list: ValidationProblem[] = [];

  constructor(private readonly where: string) {}

  /** Records a problem. `value` is rendered (strings quoted, objects as JSON). */
  public add(code: string, prop: string, value: unknown, expected: string): this {
    this.list.push({ code, prop, value: render(value), expected });
    return this;
  }

  /** Records a problem unless `ok` holds. Returns `ok`. */
  public check(ok: boolean, code: string, prop: string, value: unknown, expected: string): boolean {
    if (!ok) this.add(code, prop, value, expected);
    return ok;
  }

  /**
   * Checks a value with `valid` unless it can only be known at apply time: `undefined` (an
   * optional prop left out) and values holding unresolved tokens are skipped, so callers never
   * write their own token guards. Returns false only when a problem was recorded.
   */
  public checkValue<T>(code: string, prop: string, value: T | undefined, valid: (v: T) => boolean, expected: string): boolean {
    if (value === undefined || isUnresolved(value)) return true;
    return this.check(valid(value), code, prop, value, expected);
  }

  /** Like {@link checkValue}, for a value that must be given: `undefined` is a problem too. */
  public checkRequired<T>(code: string, prop: string, value: T | undefined, valid: (v: T) => boolean, expected: string): boolean {
    if (value === undefined || value === null) return this.check(false, code, prop, value, expected);
    return this.checkValue(code, prop, value, valid, expected);
  }

  /** Adds problems found by another collector or helper. */
  public addAll(problems: readonly ValidationProblem[]): this {
    this.list.push(...problems);
    return this;
  }

  /** Problems recorded so far. */
  public get all(): readonly ValidationProblem[] {
    return this.list;
  }

  public get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** Throws a {@link MultiRegionValidationError} with every recorded problem, if any. */
  public throwIfAny(): void {
    if (this.list.length > 0) throw new MultiRegionValidationError(this.where, [...this.list]);
  }

  /** Messages for `node.addValidation` (which wants strings). */
  public messages(): string[] {
    return this.list.map(formatProblem);
  }
}

/** True when the value (string, number or list) contains a token that is resolved only at apply time. */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string' || typeof value === 'number') return Token.isUnresolved(value);
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some((v) => isUnresolved(v));
  return Token.isUnresolved(value);
}
