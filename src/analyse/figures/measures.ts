/**
 * Multiples ("133 fois celle d'un proton", "twice as many", "18-fold", "multiplié par 18"),
 * frequencies ("arrested three times", "turned around twice") and physical measures ("125 GeV",
 * "30 km").
 */
import type { Lexicon } from './lexicon.js';
import { hyphenatedPart } from './compounds.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

/** "10 times", "133 fois", "18-fold". */
export function timesAfter(tokens: Token[], next: number, lex: Lexicon): UnitMatch | null {
  const hyphenated = hyphenatedPart(tokens, next);
  const last = hyphenated ? hyphenated.at : next;
  return lex.timesWords.has(hyphenated?.word ?? tokens[next]?.lower ?? '') ? { unit: 'times', first: next, last } : null;
}

/** "multiplied by 18", "multiplié par 18": a multiple written before its number. */
export function timesBefore(tokens: Token[], next: number, first: number, lex: Lexicon): UnitMatch | null {
  return phraseEndingAt(tokens, first - 1, lex.timesBefore) ? { unit: 'times', first: next, last: next - 1 } : null;
}

/**
 * "three times", "twice", "trois fois" compare only before what they compare with ("three
 * times the size", "twice as many", "deux fois plus"); otherwise they say how often. A dash
 * ("18-fold") always makes a multiple.
 */
export function isFrequency(tokens: Token[], unit: UnitMatch, lex: Lexicon): boolean {
  if (tokens[unit.last]!.spaced === false && tokens[unit.last - 1]?.text === '-') return false;
  return !lex.multipleFollowers.has(tokens[unit.last + 1]?.lower ?? '');
}

/** "twice", "thrice": a multiple in one word. */
export function multiplierWord(token: Token, lex: Lexicon): number | null {
  return lex.multiplierWords.get(token.lower) ?? null;
}

export function measureAfter(tokens: Token[], next: number, lex: Lexicon): UnitMatch | null {
  const m = phraseAt(tokens, next, lex.measures);
  return m ? { unit: m.value, first: next, last: m.last } : null;
}
