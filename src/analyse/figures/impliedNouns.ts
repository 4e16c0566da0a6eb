/**
 * Counts whose noun a word before the number implies: "killing 107 and wounding 238",
 * "the death toll would have been more than a thousand", "tuant 12", "a panel of twelve",
 * "un comité de douze" -> people, members.
 */
import type { Lexicon } from './lexicon.js';
import { phraseEndingAt } from './phrases.js';
import { qualifierBefore } from './qualifiers.js';
import type { Quantity } from './readQuantity.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

/** Function words that may stand between the cue and the number ("toll would have been"). */
const MAX_GAP = 4;

/** The noun a cue before the number implies, looking back over its hedge and a few function words. */
function cuedNoun(tokens: Token[], first: number, lex: Lexicon): string | null {
  let end = (qualifierBefore(tokens, first, lex)?.first ?? first) - 1;
  for (let gap = 0; gap <= MAX_GAP && end >= 0; gap++, end--) {
    const cue = phraseEndingAt(tokens, end, lex.impliedNouns);
    if (cue) return cue.value;
    if (!lex.stopWords.has(tokens[end]!.lower)) return null;
  }
  return null;
}

/** A whole number with no noun after it, counted by the noun its cue implies. */
export function impliedNounBefore(tokens: Token[], next: number, q: Quantity, lex: Lexicon): UnitMatch | null {
  if (!Number.isInteger(q.value)) return null;
  const noun = cuedNoun(tokens, q.first, lex);
  return noun === null ? null : { unit: noun, first: next, last: next - 1 };
}
