/** The plan: inputs expanded, named, and cut to this machine's shard. */
import path from 'node:path';
import { BriefError } from '../diagnostics.js';
import type { InputEntry, PlanItem } from './Plan.js';
import { expandInputs } from './inputs.js';
import { commonRoot, relativeKey, uniqueNames } from './outputNames.js';
import { inShard, type Shard } from './shard.js';

/**
 * Names every entry. Names are computed over all inputs before sharding, so every shard of a
 * run agrees on them.
 */
export function nameEntries(entries: readonly InputEntry[]): PlanItem[] {
  const root = commonRoot(entries.map((entry) => entry.root));
  const keys = entries.map((entry) => relativeKey(root, entry.input));
  const outputs = uniqueNames(entries.map((entry, i) => ({ key: keys[i]!, requested: entry.output })));
  return entries.map((entry, i) => ({
    input: entry.input,
    key: keys[i]!,
    output: outputs[i]!,
    options: entry.options,
    ...(entry.origin && { origin: entry.origin }),
  }));
}

/**
 * The plan for this machine. Files under `out` are left out: an output folder inside the inbox
 * must not feed its own report.json back in as an article on the next run.
 */
export async function planBatch(args: readonly string[], cwd: string, out: string, shard?: Shard): Promise<PlanItem[]> {
  const entries = (await expandInputs(args, cwd)).filter((entry) => !isInside(out, entry.input));
  if (entries.length === 0) {
    throw new BriefError(`no articles found in ${args.join(' ')}`, undefined, 'give files, folders or quoted globs of .txt, .md, .html or .json articles, or a .csv/.jsonl manifest');
  }
  const items = nameEntries(entries);
  return shard ? items.filter((item) => inShard(item.key, shard)) : items;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Absolute path of a plan item's PDF; asserts it lies inside `out` (names are built to). */
export function outputPath(out: string, item: PlanItem): string {
  const file = path.resolve(out, ...item.output.split('/'));
  if (!isInside(out, file)) {
    throw new BriefError(`output ${item.output} for ${item.input} would leave ${out}`, item.origin, 'give a relative output name without ".."');
  }
  return file;
}
