/**
 * Answers remembered across checks, by key, in a table that is emptied when it reaches `limit` entries: what the
 * rules derive again and again from the same few texts and dates (a title's words, a footnote's price ranges, a
 * column's label), filing after filing and keystroke after keystroke. Emptied, not evicted one by one: the keys
 * that matter come back at once, and a table that cannot grow past its limit is all the bound needs. Keys a document
 * makes up (long texts) are the caller's to leave out, by computing those directly.
 */
export class BoundedMemo<K, V> {
  private readonly table = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The answer remembered for `key`, else `compute()`'s, remembered. */
  get(key: K, compute: () => V): V {
    if (this.table.has(key)) return this.table.get(key) as V;
    const value = compute();
    if (this.table.size >= this.limit) this.table.clear();
    this.table.set(key, value);
    return value;
  }
}
