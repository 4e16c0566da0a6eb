/**
 * Ranks: "rose to number 3", "No. 1", "#2", "numéro deux du parti", "n° 5" -> unit `rank`.
 * After a name or a reference word the same words number a thing instead ("Flight number 3",
 * "la chambre n° 12"), which is no figure.
 */
import { isIdentifier } from './exclusions.js';
import type { Lexicon } from './lexicon.js';
import { phraseAt } from './phrases.js';
import { readQuantity } from './readQuantity.js';
import type { Token } from './tokenize.js';

export interface RankMatch {
  value: number;
  first: number;
  last: number;
}

export function readRank(tokens: Token[], i: number, lex: Lexicon): RankMatch | null {
  const word = phraseAt(tokens, i, lex.rankWords);
  if (!word || isIdentifier(tokens, i, lex)) return null;
  const q = readQuantity(tokens, word.last + 1, lex);
  if (!q || q.article || q.scaled || !Number.isInteger(q.value)) return null;
  return { value: q.value, first: i, last: q.last };
}
