/**
 * Ages: a number in apposition to a name ("Thomas Sam, 42, and …", "Jean Dupont, 42 ans,") or
 * after an age word ("aged 42", "âgée de 36 ans") is the person's age in years, with or
 * without the word "years"; a bare number elsewhere has no unit and is no figure. A compound
 * ending in an age word ("19-year-old", "nine-month-old") is an age in its own unit.
 */
import type { Lexicon } from './lexicon.js';
import { phraseEndingAt } from './phrases.js';
import type { Quantity } from './readQuantity.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

const CAPITALISED = /^\p{Lu}/u;
const MAX_AGE = 120;
/** What closes an apposition after the age: "Thomas Sam, 42, said", "(Jean Dupont, 42 ans)". */
const APPOSITION_CLOSERS = new Set([',', ')', ';']);

/** The word before a comma is a name: capitalised, and not a month, weekday or function word ("In March, 42 …"). */
function isName(t: Token | undefined, lex: Lexicon): boolean {
  return t?.kind === 'word' && CAPITALISED.test(t.text) && !lex.months.has(t.lower) && !lex.weekdays.has(t.lower) && !lex.stopWords.has(t.lower);
}

/** "Thomas Sam, 42," — the number (and its unit, up to `last`) set between commas after a name. */
export function isApposedToName(tokens: Token[], first: number, last: number, lex: Lexicon): boolean {
  return tokens[first - 1]?.text === ',' && isName(tokens[first - 2], lex) && APPOSITION_CLOSERS.has(tokens[last + 1]?.text ?? '');
}

/** Whether the number read as `q`, its unit ending at `last`, is someone's age. */
export function isAge(tokens: Token[], q: Quantity, last: number, lex: Lexicon): boolean {
  if (q.scaled || !Number.isInteger(q.value) || q.value < 1 || q.value > MAX_AGE) return false;
  return isApposedToName(tokens, q.first, last, lex) || endsWithAgeWord(tokens[last], lex) || phraseEndingAt(tokens, q.first - 1, lex.ageWords) !== null;
}

/** "19-year-old", "nine-month-old": a hyphenated word whose last part says age. */
export function endsWithAgeWord(t: Token | undefined, lex: Lexicon): boolean {
  return t?.kind === 'word' && t.lower.includes('-') && lex.ageSuffixes.has(t.lower.slice(t.lower.lastIndexOf('-') + 1));
}

/** A bare number that is an age: the unit "years" with no word of its own. */
export function bareAge(tokens: Token[], next: number, q: Quantity, lex: Lexicon): UnitMatch | null {
  return !q.spelled && isAge(tokens, q, q.last, lex) ? { unit: 'years', first: next, last: next - 1 } : null;
}
