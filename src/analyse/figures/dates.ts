/**
 * Dates and years: "12 juin 2019", "1er juillet", "3 juillet" (year from the article's date),
 * "March 4, 2011", "August 10", "juin 2019" -> "2019-06"; bare years "en 2019".
 */
import type { Lexicon } from './lexicon.js';
import { isPlainInteger } from './parseNumber.js';
import type { Quantity } from './readQuantity.js';
import type { Token } from './tokenize.js';

export interface DateMatch {
  /** ISO date; null for a day and month whose year neither the text nor the article's date gives. */
  value: string | null;
  first: number;
  last: number;
}

const FIRST_YEAR = 1000;
const LAST_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');

function yearOf(t: Token | undefined): number | null {
  if (t?.kind !== 'number' || t.text.length !== 4 || !isPlainInteger(t.text)) return null;
  const y = Number(t.text);
  return y >= FIRST_YEAR && y <= LAST_YEAR ? y : null;
}

/** A day of the month, with its ordinal suffix if any ("1er", "4th"): [day, last token]. */
function dayAt(tokens: Token[], i: number, lex: Lexicon): [number, number] | null {
  const t = tokens[i];
  if (t?.kind !== 'number' || !isPlainInteger(t.text) || t.text.length > 2) return null;
  const suffix = tokens[i + 1];
  const last = suffix && !suffix.spaced && lex.ordinalSuffixes.has(suffix.lower) ? i + 1 : i;
  return [Number(t.text), last];
}

function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A day of the month that exists: in that year, or in a leap year when the year is unknown. */
function isDay(month: number, day: number): boolean {
  return isoDay(2000, month, day) !== null;
}

function dayMonthYear(year: number | null, month: number, day: number): string | null | undefined {
  if (year === null) return isDay(month, day) ? null : undefined;
  return isoDay(year, month, day) ?? undefined;
}

/**
 * The date starting at token `i`; `defaultYear` completes a day and month written alone.
 * Without either year the match has no value: the caller reports it rather than guess.
 */
export function readDate(tokens: Token[], i: number, lex: Lexicon, defaultYear: number | null): DateMatch | null {
  const day = dayAt(tokens, i, lex);
  if (day) {
    const month = lex.months.get(tokens[day[1] + 1]?.lower ?? '');
    if (month === undefined) return null;
    const year = yearOf(tokens[day[1] + 2]);
    const value = dayMonthYear(year ?? defaultYear, month, day[0]);
    return value === undefined ? null : { value, first: i, last: year === null ? day[1] + 1 : day[1] + 2 };
  }
  const month = lex.months.get(tokens[i]?.lower ?? '');
  if (month === undefined) return null;
  const year = yearOf(tokens[i + 1]);
  if (year !== null) return { value: `${year}-${pad(month)}`, first: i, last: i + 1 };
  const after = dayAt(tokens, i + 1, lex);
  if (!after) return null;
  const comma = tokens[after[1] + 1]?.text === ',' ? 1 : 0;
  const yearAfter = yearOf(tokens[after[1] + 1 + comma]);
  const value = dayMonthYear(yearAfter ?? defaultYear, month, after[0]);
  if (value === undefined) return null;
  return { value, first: i, last: yearAfter === null ? after[1] : after[1] + 1 + comma };
}

/** A four-digit integer a news text would write as a year. */
export function isYearLike(q: Quantity): boolean {
  return q.plain && !q.scaled && q.value >= FIRST_YEAR && q.value <= LAST_YEAR && Number.isInteger(q.value);
}
