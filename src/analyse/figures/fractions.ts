/** Fractions: "la moitié", "un tiers", "deux tiers", "a quarter", "half of" -> unit `fraction`. */
import type { Lexicon } from './lexicon.js';
import { qualifierBefore } from './qualifiers.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

export interface FractionMatch {
  value: number;
  first: number;
  last: number;
}

/** "deux tiers", "a third": the fraction word after a number multiplies it. */
export function fractionAfter(tokens: Token[], next: number, lex: Lexicon): (UnitMatch & { fraction: number }) | null {
  const fraction = lex.fractions.get(tokens[next]?.lower ?? '');
  return fraction === undefined ? null : { unit: 'fraction', first: next, last: next, fraction };
}

/**
 * A fraction word with no number: "la moitié", "half of", "about half" (a hedge only
 * qualifies an amount). Not "the first half", where the word names a period.
 */
export function bareFraction(tokens: Token[], i: number, lex: Lexicon): FractionMatch | null {
  const fraction = lex.fractions.get(tokens[i]!.lower);
  if (fraction === undefined) return null;
  const before = tokens[i - 1]?.lower ?? '';
  if (lex.adjectivesBeforeNoun.has(before)) return null;
  const led = lex.fractionLeads.has(before) && !lex.numberWords.has(before) && !lex.articleWords.has(before);
  const followed = lex.bareFractionFollowers.has(tokens[i + 1]?.lower ?? '');
  // "about half an hour" halves the unit after it, which is no share.
  const hedged = qualifierBefore(tokens, i, lex) !== null && !lex.articleWords.has(tokens[i + 1]?.lower ?? '');
  return led || followed || hedged ? { value: fraction, first: i, last: i } : null;
}
