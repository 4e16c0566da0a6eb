/**
 * A cache that forgets. Caches keyed by text (shaped words, hyphenated words…) grow with every
 * new word a batch meets: thousands of articles would grow a worker by tens of megabytes each
 * hundred. This one keeps two generations of at most `size` entries: when the newer is full it
 * becomes the older and the older is dropped; an entry read from the older moves to the newer.
 * The words articles share stay cached; memory stays within 2 × `size` entries.
 */
export class BoundedCache<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.newer.size >= this.size) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
