/**
 * A map that keeps only the most recently used entries, for caches keyed by values a page
 * controls (a `lang` attribute, a time zone in a dataset): a page that cycles through many
 * must not grow memory without end.
 *
 * @module
 */

/** Least-recently-used cache of at most `limit` entries. */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The value for `key`, made by `make` and kept if it is not cached yet. */
  get(key: K, make: (key: K) => V): V {
    const entries = this.entries;
    if (entries.has(key)) {
      const value = entries.get(key)!;
      // Map keeps insertion order: re-inserting marks the entry as the most recent.
      entries.delete(key);
      entries.set(key, value);
      return value;
    }
    const value = make(key);
    entries.set(key, value);
    if (entries.size > this.limit) entries.delete(entries.keys().next().value as K);
    return value;
  }

  /** How many entries are kept now. */
  get size(): number {
    return this.entries.size;
  }
}
