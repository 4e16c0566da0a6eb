/**
 * Durations: "6 mois", "trois semaines", "30 years", "a decade", "11-year", "19-year-old", "deux dernières
 * années", "trois ans et demi".
 */
import type { Lexicon } from './lexicon.js';
import { phraseAt } from './phrases.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';
import { skipAdjectives } from './counts.js';
import { hyphenatedPart } from './compounds.js';

export function durationAfter(tokens: Token[], next: number, lex: Lexicon): UnitMatch | null {
  // "11-year", "19-year-old": the duration word hyphenated to the number.
  const hyphenated = hyphenatedPart(tokens, next);
  if (hyphenated) {
    const unit = lex.durations.get(hyphenated.word);
    return unit ? { unit, first: next, last: hyphenated.at } : null;
  }
  const at = skipAdjectives(tokens, next, lex);
  const unit = lex.durations.get(tokens[at]?.lower ?? '');
  if (!unit) return null;
  const half = phraseAt(tokens, at + 1, lex.halfAfter);
  return half ? { unit, first: next, last: half.last, plus: 0.5 } : { unit, first: next, last: at };
}
