import { MultiRegionValidationError } from '../../lib';

/** The codes of the MultiRegionValidationError `fn` throws; fails when it throws nothing or something else. */
export function validationCodes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof MultiRegionValidationError) return e.codes;
    throw e;
  }
  throw new Error('expected a MultiRegionValidationError');
}
