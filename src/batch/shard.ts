/**
 * `--shard k/n`: a stable share of the inputs, so n machines (Kubernetes indexed jobs, Slurm
 * arrays, GNU parallel) can split one batch without talking to each other.
 */
import { createHash } from 'node:crypto';
import { BriefError } from '../diagnostics.js';

export interface Shard {
  /** 1-based index of this shard. */
  index: number;
  count: number;
}

/** Parses `k/n` with 1 <= k <= n; the error says what a valid value looks like. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new BriefError(
      `--shard ${JSON.stringify(text)} is not valid`,
      undefined,
      'write it k/n with 1 <= k <= n, e.g. --shard 3/16',
    );
  }
  return { index, count };
}

/**
 * The shard an input belongs to, from a hash of its path (not its position), so adding a file
 * to the inbox does not move every other file to another machine. SHA-1 is used for its spread,
 * not for security; every machine must compute the same value, hence no process-seeded hash.
 */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha1').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(key: string, shard: Shard): boolean {
  return shardOf(key, shard.count) === shard.index;
}
