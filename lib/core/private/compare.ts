/**
 * Ordinal comparison (UTF-16 code units), for every sort whose order reaches the synthesized output:
 * the same order on every machine whatever its locale, and no ICU collator to start up (the first
 * `localeCompare` call loads one).
 */
export function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The entries of a record, sorted by key (ordinal). */
export function sortedEntries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => compareOrdinal(a, b));
}
