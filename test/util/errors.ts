import { MultiRegionValidationError } from '../../lib';

/** The validation codes `fn` throws; fails when it throws anything else or nothing. */
export function codes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof MultiRegionValidationError) return e.codes;
    throw e;
  }
  throw new Error('expected a MultiRegionValidationError');
}
