/**
 * "One poster wrote…", "if one side is silenced": "one" before a noun is often an indefinite
 * ("a poster"), not a quantity. It counts when hedged ("at least one shell"), when the article
 * counts the same thing with another number ("six shells … one shell"), or when the thing is
 * one the language's noun lexicon lists as counted in the news ("one person died").
 */
import type { Lexicon } from './lexicon.js';
import type { FoundFigure } from './readFigure.js';
import type { Token } from './tokenize.js';

/** Units the article counts with a number other than one. */
export function countedUnits(figures: FoundFigure[]): Set<string> {
  return new Set(figures.filter((f) => f.kind === 'count' && f.value !== 1).map((f) => f.unit));
}

export function isIndefiniteOne(tokens: Token[], f: FoundFigure, counted: Set<string>, lex: Lexicon): boolean {
  if (f.kind !== 'count' || f.value !== 1 || f.qualifier !== null || tokens[f.first]!.kind !== 'word') return false;
  return !counted.has(f.unit) && !lex.nouns.some((n) => n.value === f.unit);
}
