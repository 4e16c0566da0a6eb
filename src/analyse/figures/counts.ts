/**
 * Counts of things: "8 000 emplois", "340 millions de paramètres", "900 asylum seekers", "131-page",
 * "cinq grandes banques", "deux Polonais". The unit is the counted noun in English, from the
 * language's noun lexicon, else the noun itself.
 */
import type { Lexicon } from './lexicon.js';
import { hyphenatedPart, pluralOf } from './compounds.js';
import { isYearLike } from './dates.js';
import { phraseAt } from './phrases.js';
import type { Quantity } from './readQuantity.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

const CAPITALISED = /^\p{Lu}/u;
const MAX_ADJECTIVES = 2;

/** The index after the adjectives that may stand between a number and its noun. */
export function skipAdjectives(tokens: Token[], at: number, lex: Lexicon): number {
  let j = at;
  while (j < at + MAX_ADJECTIVES && lex.adjectivesBeforeNoun.has(tokens[j]?.lower ?? '')) j++;
  return j;
}

/** A word that can be a counted noun: not a function word, month, number or unit word. */
function isNounCandidate(t: Token | undefined, lex: Lexicon): t is Token {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    t.spaced &&
    !lex.stopWords.has(t.lower) &&
    !lex.months.has(t.lower) &&
    !lex.weekdays.has(t.lower) &&
    !lex.numberWords.has(t.lower) &&
    !lex.scales.has(t.lower)
  );
}

/** English compounds ("police officers"): a singular noun followed by a plural head. */
function compoundHead(tokens: Token[], j: number, lex: Lexicon): number {
  const head = tokens[j + 1];
  if (lex.lang !== 'en' || tokens[j]!.lower.endsWith('s')) return j;
  return isNounCandidate(head, lex) && !CAPITALISED.test(head.text) && head.lower.endsWith('s') ? j + 1 : j;
}

/** "131-page", "20-member": a singular noun hyphenated to the digits counts it. */
function hyphenatedNoun(tokens: Token[], next: number, q: Quantity, lex: Lexicon): UnitMatch | null {
  const part = hyphenatedPart(tokens, next);
  if (!part || q.spelled || !isNounCandidate({ ...tokens[part.at]!, lower: part.word, spaced: true }, lex)) return null;
  if (CAPITALISED.test(tokens[part.at]!.text) || lex.adjectivesBeforeNoun.has(part.word)) return null;
  return { unit: pluralOf(part.word, lex), first: next, last: part.at };
}

/**
 * "345 Muslim pilgrims", "15 IQ points": a name or acronym qualifying the noun counted after it,
 * a known noun or a lower-case plural. A year is no count ("In 2015 Syrian refugees …").
 */
function nounAfterName(tokens: Token[], next: number, name: number, q: Quantity, lex: Lexicon): UnitMatch | null {
  if (!lex.namesBeforeNoun || isYearLike(q)) return null;
  const known = phraseAt(tokens, name + 1, lex.nouns);
  if (known) return { unit: known.value, first: next, last: known.last };
  const head = tokens[name + 1];
  if (!isNounCandidate(head, lex) || CAPITALISED.test(head.text) || !head.lower.endsWith(lex.plural.suffix)) return null;
  return { unit: head.lower, first: next, last: name + 1 };
}

export function countNounAfter(tokens: Token[], next: number, q: Quantity, lex: Lexicon): UnitMatch | null {
  const hyphenated = hyphenatedNoun(tokens, next, q, lex);
  if (hyphenated) return hyphenated;
  const linked = q.scaled && lex.scaleLinks.has(tokens[next]?.lower ?? '') ? next + 1 : next;
  const j = skipAdjectives(tokens, linked, lex);
  const known = phraseAt(tokens, j, lex.nouns);
  if (known) return { unit: known.value, first: next, last: known.last };
  const t = tokens[j];
  if (!isNounCandidate(t, lex)) return null;
  // A capitalised word after digits or "one" is a name ("2019 Microsoft", "One Rohingya"),
  // after another number word a people ("deux Russes").
  if (CAPITALISED.test(t.text) && !(q.spelled && q.value > 1)) return nounAfterName(tokens, next, j, q, lex);
  // Things are counted in whole numbers: "6.2 earthquake" is a magnitude, not 6.2 earthquakes.
  if (!q.scaled && !Number.isInteger(q.value)) return null;
  const last = compoundHead(tokens, j, lex);
  // A count of one names its noun in the singular ("one car"): the unit is plural all the same.
  const noun = tokens[last]!.lower;
  return { unit: q.value === 1 ? pluralOf(noun, lex) : noun, first: next, last };
}

/** "200 more", "deux autres": the count of the noun counted just before. */
export function moreAfter(tokens: Token[], next: number, lex: Lexicon): number | null {
  return phraseAt(tokens, next, lex.moreWords)?.last ?? null;
}
