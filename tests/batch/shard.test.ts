import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../src/batch/shard.js';
import { BriefError } from '../../src/diagnostics.js';

describe('parseShard', () => {
  it('reads k/n', () => {
    expect(parseShard('3/16')).toEqual({ index: 3, count: 16 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });
  it.each(['0/3', '4/3', '3', 'a/b', '1/0', '-1/3'])('rejects %s with a hint', (text) => {
    expect(() => parseShard(text)).toThrow(BriefError);
    expect(() => parseShard(text)).toThrow(/--shard/);
  });
});

describe('shardOf', () => {
  const keys = Array.from({ length: 300 }, (_, i) => `desk/article-${i}.txt`);

  it('puts every key in exactly one of n shards', () => {
    for (const key of keys) {
      const owners = [1, 2, 3].filter((index) => inShard(key, { index, count: 3 }));
      expect(owners).toHaveLength(1);
    }
  });
  it('is stable: the same key always lands in the same shard', () => {
    expect(keys.map((k) => shardOf(k, 7))).toEqual(keys.map((k) => shardOf(k, 7)));
    expect(shardOf('a/x.txt', 16)).toBe(shardOf('a/x.txt', 16));
  });
  it('spreads keys over every shard', () => {
    const sizes = [1, 2, 3].map((index) => keys.filter((k) => inShard(k, { index, count: 3 })).length);
    for (const size of sizes) expect(size).toBeGreaterThan(50);
  });
});
