/**
 * Numbers that are not figures: list numbers, times of day, identifiers ("Windows 95",
 * "posts 542 and 543", "Source-145" never becomes a number token), and digits glued to
 * letters ("1990s", "3D", "15h30").
 */
import type { Lexicon } from './lexicon.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import type { Quantity } from './readQuantity.js';
import type { Token } from './tokenize.js';

const CAPITALISED = /^\p{Lu}/u;

/** "1." or "2)" opening a paragraph. */
export function isListNumber(tokens: Token[], q: Quantity): boolean {
  const after = tokens[q.last + 1];
  return q.first === 0 && after !== undefined && !after.spaced && (after.text === '.' || after.text === ')');
}

/** "15 h 30", "15h", "10:30", "3 p.m.", "à 15 heures". */
export function isTimeOfDay(tokens: Token[], q: Quantity, unit: string | null, lex: Lexicon): boolean {
  const after = tokens[q.last + 1];
  const before = tokens[q.first - 1];
  if (after?.text === ':' && !after.spaced && tokens[q.last + 2]?.kind === 'number') return true;
  if (before?.text === ':' && !before.spaced && tokens[q.first - 2]?.kind === 'number') return true;
  if (phraseAt(tokens, q.last + 1, lex.timeOfDayUnits) || phraseEndingAt(tokens, q.first - 1, lex.timeOfDayUnits)) return true;
  return unit === 'hours' && lex.timeOfDayBefore.has(before?.lower ?? '');
}

/** Letters glued to the digits that no unit reader took ("1990s", "3D"). */
export function hasGluedWord(tokens: Token[], q: Quantity): boolean {
  const after = tokens[q.last + 1];
  return after?.kind === 'word' && !after.spaced;
}

/** A name or reference word right before the number ("Windows 95", "page 3", "posts 542"). */
function namesNumber(t: Token | undefined, lex: Lexicon): boolean {
  if (t?.kind !== 'word') return false;
  if (lex.identifierWords.has(t.lower)) return true;
  return CAPITALISED.test(t.text) && !lex.stopWords.has(t.lower) && !lex.months.has(t.lower) && !lex.labelEdgeStopWords.has(t.lower);
}

/** The number is an identifier, or the second of "542 and 543", "250, 251". */
export function isIdentifier(tokens: Token[], first: number, lex: Lexicon): boolean {
  if (namesNumber(tokens[first - 1], lex)) return true;
  const joiner = tokens[first - 1];
  const previous = tokens[first - 2];
  const joins = joiner && (joiner.text === ',' || lex.rangeConnectors.has(joiner.lower) || lex.alternativeConnectors.has(joiner.lower) || [...lex.rangeOpeners.values()].includes(joiner.lower));
  return Boolean(joins && previous?.kind === 'number' && namesNumber(tokens[first - 3], lex));
}

/** "a year ago", "un an plus tôt": an article and a duration naming a point in time. */
export function isRelativeTime(tokens: Token[], q: Quantity, unitLast: number, lex: Lexicon): boolean {
  return q.article && phraseAt(tokens, unitLast + 1, lex.relativeAfter) !== null;
}
