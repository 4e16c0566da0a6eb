import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/layout/boundedCache.js';

const filled = (size: number, keys: string) => {
  const cache = new BoundedCache<string, string>(size);
  for (const key of keys) cache.set(key, key.toUpperCase());
  return cache;
};

describe('BoundedCache', () => {
  it('keeps two generations: when the newer is full, the older is dropped', () => {
    // (a b) then (c d) then (e f): the first generation is gone.
    const cache = filled(2, 'abcdef');
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
    expect([cache.get('f'), cache.get('e'), cache.get('c')]).toEqual(['F', 'E', 'C']);
  });

  it('keeps an entry read from the older generation, moving it to the newer', () => {
    const cache = filled(2, 'abc'); // older (a b), newer (c)
    expect(cache.get('a')).toBe('A'); // newer (c a)
    cache.set('d', 'D'); // older (c a), newer (d): b is dropped, a kept
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
  });
});
