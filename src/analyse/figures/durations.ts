/**
 * Durations: "6 mois", "trois semaines", "30 years", "a decade", "11-year", "deux dernières
 * années", "trois ans et demi".
 */
import type { Lexicon } from './lexicon.js';
import { phraseAt } from './phrases.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';
import { skipAdjectives } from './counts.js';

/** "11-year", "six-month": the duration word hyphenated to the number. */
function hyphenatedDuration(tokens: Token[], next: number, lex: Lexicon): number | null {
  const dash = tokens[next];
  const word = tokens[next + 1];
  if (dash?.text !== '-' || dash.spaced || !word || word.spaced) return null;
  return lex.durations.has(word.lower) ? next + 1 : null;
}

export function durationAfter(tokens: Token[], next: number, lex: Lexicon): UnitMatch | null {
  const at = hyphenatedDuration(tokens, next, lex) ?? skipAdjectives(tokens, next, lex);
  const unit = lex.durations.get(tokens[at]?.lower ?? '');
  if (!unit) return null;
  const half = phraseAt(tokens, at + 1, lex.halfAfter);
  return half ? { unit, first: next, last: half.last, plus: 0.5 } : { unit, first: next, last: at };
}
