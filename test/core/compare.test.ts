import { compareOrdinal, sortedEntries } from '../../lib/core/private/compare';

describe('compareOrdinal', () => {
  test('orders by UTF-16 code unit, whatever the locale: upper case before lower case, "-" before "."', () => {
    // GIVEN keys whose locale order differs from their code-unit order
    const keys = ['b', 'a', 'B', 'app.kubernetes.io/name', 'app-name', 'A'];
    // WHEN sorted
    const sorted = [...keys].sort(compareOrdinal);
    // THEN code-unit order (what `Array.prototype.sort()` without a comparator gives)
    expect(sorted).toEqual(['A', 'B', 'a', 'app-name', 'app.kubernetes.io/name', 'b']);
    expect(sorted).toEqual([...keys].sort());
  });

  test('sortedEntries sorts a record by key', () => {
    expect(sortedEntries({ b: 1, B: 2, a: 3 })).toEqual([['B', 2], ['a', 3], ['b', 1]]);
  });
});
