import { ValidationProblem } from '../../core/errors';

/** Renders a value the way the core `Problems` collector does: strings quoted, the rest as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `'${value}'`;
  return JSON.stringify(value) ?? String(value);
}

/** A problem-adding function bound to a list. */
export function collector(list: ValidationProblem[]) {
  return (code: string, prop: string, value: unknown, expected: string): void => {
    list.push({ code, prop, value: show(value), expected });
  };
}
