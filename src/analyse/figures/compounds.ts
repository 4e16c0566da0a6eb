/**
 * Compound adjectives of a number and a unit: digits, a dash and a word ("11-year lull",
 * "131-page report", "18-fold", "19-year-old"), or one hyphenated word spelling both
 * ("nine-month-old baby", "billion-year contract", "two-thirds"). The unit word is singular:
 * a counted noun becomes plural.
 */
import { endsWithAgeWord } from './ages.js';
import type { Lexicon, Phrases } from './lexicon.js';
import { spelledValue } from './readQuantity.js';
import type { Token } from './tokenize.js';

/** The first part of a word glued by a dash after the number ("year" in "19-year-old"), and its token. */
export function hyphenatedPart(tokens: Token[], next: number): { word: string; at: number } | null {
  const dash = tokens[next];
  const word = tokens[next + 1];
  if (dash?.text !== '-' || dash.spaced || word?.kind !== 'word' || word.spaced) return null;
  return { word: word.lower.split('-')[0]!, at: next + 1 };
}

/** What a one-word data phrase stands for. */
function oneWord<T>(phrases: Phrases<T>, word: string): T | undefined {
  return phrases.find((p) => p.words.length === 1 && p.words[0] === word)?.value;
}

/** "page" -> "pages", "party" -> "parties" by the language's plural endings, longest first. */
function regularPlural(noun: string, lex: Lexicon): string {
  const ending = lex.plural.endings.find(([singular]) => noun.endsWith(singular));
  return ending ? noun.slice(0, noun.length - ending[0].length) + ending[1] : noun + lex.plural.suffix;
}

/** The unit of a counted noun written in the singular: the noun lexicon's ("person" -> "people"), else its plural. */
export function pluralOf(noun: string, lex: Lexicon): string {
  return oneWord(lex.nouns, noun) ?? oneWord(lex.nouns, regularPlural(noun, lex)) ?? regularPlural(noun, lex);
}

export interface CompoundWord {
  kind: 'age' | 'duration' | 'times' | 'fraction' | 'money' | 'count';
  value: number;
  unit: string;
}

/** The number at the head of a word's parts ("nine", "twenty-five", "billion") and how many parts it takes. */
function leadingNumber(parts: string[], lex: Lexicon): [number, number] | null {
  for (let k = parts.length - 1; k >= 1; k--) {
    const head = parts.slice(0, k).join('-');
    // A scale alone counts one of it: "billion-year" is a billion years.
    const value = spelledValue(head, lex) ?? (k === 1 ? (lex.scales.get(head) ?? null) : null);
    if (value !== null) return [value, k];
  }
  return null;
}

/**
 * A number and its unit spelled in one hyphenated word. Counts only of nouns the language
 * lists: "twenty-first", "one-sided" or "two-way" are no counts.
 */
export function compoundWord(token: Token, lex: Lexicon): CompoundWord | null {
  if (token.kind !== 'word' || !token.lower.includes('-')) return null;
  const parts = token.lower.split('-');
  const number = leadingNumber(parts, lex);
  if (!number) return null;
  const [value, taken] = number;
  const unit = parts[taken]!;
  const duration = lex.durations.get(unit);
  if (duration) return { kind: endsWithAgeWord(token, lex) ? 'age' : 'duration', value, unit: duration };
  if (lex.timesWords.has(unit)) return { kind: 'times', value, unit: 'times' };
  const fraction = lex.fractions.get(unit);
  if (fraction !== undefined) return { kind: 'fraction', value: value * fraction, unit: 'fraction' };
  const currency = oneWord(lex.currencies, unit);
  if (currency) return { kind: 'money', value, unit: currency };
  const noun = oneWord(lex.nouns, unit) ?? oneWord(lex.nouns, regularPlural(unit, lex));
  return noun ? { kind: 'count', value, unit: noun } : null;
}
