/** Multiples ("133 fois", "10 times", "twice") and physical measures ("125 GeV", "30 km"). */
import type { Lexicon } from './lexicon.js';
import { hyphenatedPart } from './compounds.js';
import { phraseAt } from './phrases.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

/** "10 times", "133 fois", "18-fold". */
export function timesAfter(tokens: Token[], next: number, lex: Lexicon): UnitMatch | null {
  const hyphenated = hyphenatedPart(tokens, next);
  const last = hyphenated ? hyphenated.at : next;
  return lex.timesWords.has(hyphenated?.word ?? tokens[next]?.lower ?? '') ? { unit: 'times', first: next, last } : null;
}

/** "twice", "thrice": a multiple in one word. */
export function multiplierWord(token: Token, lex: Lexicon): number | null {
  return lex.multiplierWords.get(token.lower) ?? null;
}

export function measureAfter(tokens: Token[], next: number, lex: Lexicon): UnitMatch | null {
  const m = phraseAt(tokens, next, lex.measures);
  return m ? { unit: m.value, first: next, last: m.last } : null;
}
