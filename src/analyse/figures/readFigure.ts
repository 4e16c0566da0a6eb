/**
 * One figure read at a token: a rank ("number 3"), a date, a number and unit in one word ("nine-month-old"), a multiple word, a proportion ("one in three"), a fraction, or a number (with its sign,
 * range, qualifier and currency) resolved by the unit that follows it.
 */
import type { FigureValue, Qualifier } from '../Analysis.js';
import { bareAge, endsWithAgeWord, isAge } from './ages.js';
import { compoundWord } from './compounds.js';
import { countNounAfter, moreAfter } from './counts.js';
import { isYearLike, readDate } from './dates.js';
import { durationAfter } from './durations.js';
import { impliedNounBefore } from './impliedNouns.js';
import { hasGluedWord, isIdentifier, isListNumber, isRelativeTime, isTimeOfDay } from './exclusions.js';
import { bareFraction, fractionAfter } from './fractions.js';
import type { Lexicon } from './lexicon.js';
import { isFrequency, measureAfter, multiplierWord, timesAfter, timesBefore } from './measures.js';
import { currencyAfter, currencyBefore } from './money.js';
import { percentAfter } from './percent.js';
import { readRank } from './ranks.js';
import { readProportion } from './proportions.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { rangeAfter, type Range } from './ranges.js';
import { readQuantity, type Quantity } from './readQuantity.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

export type FigureKind = 'money' | 'percent' | 'duration' | 'age' | 'times' | 'frequency' | 'fraction' | 'measure' | 'ordinal' | 'rank' | 'date' | 'year' | 'count';

export interface FoundFigure {
  kind: FigureKind;
  value: FigureValue;
  unit: string;
  qualifier: Qualifier | null;
  /** First and last token of the surface (number and unit, qualifier excluded). */
  first: number;
  last: number;
  /** First and last token with the qualifier, which labels must not repeat. */
  outerFirst: number;
  outerLast: number;
}

export interface ReadContext {
  lex: Lexicon;
  /** The article's year, for dates that omit it. */
  year: number | null;
  /** The unit of the last count read in this block, for "200 more" and "… and more than 360". */
  previousCount: string | null;
  /** The currency of the last amount read in this block, for "un fonds de 15 millions". */
  previousCurrency: string | null;
  /** Days and months read with no year to take ("3 juillet" in an undated article): first and last token. */
  yearless: [number, number][];
}

const SIGNS: Record<string, number> = { '-': -1, '−': -1, '+': 1 };
const CURRENCY_MARK = /^[\p{Sc}A-Z]+$/u;
/** Kinds an article word ("un", "a") may carry: "un an", "un milliard", "a decade", not "un modèle". */
const ARTICLE_KINDS = new Set<FigureKind>(['money', 'percent', 'duration', 'times', 'fraction', 'measure']);
/** Kinds that cannot be the number of a name or a reference. */
const NAMED_KINDS = new Set<FigureKind>(['year', 'count', 'ordinal']);

interface Resolved extends UnitMatch {
  kind: FigureKind;
  fraction?: number;
}

function figure(kind: FigureKind, value: FigureValue, unit: string, first: number, last: number): FoundFigure {
  return { kind, value, unit, qualifier: null, first, last, outerFirst: first, outerLast: last };
}

/** A sign written before the number ("- 33 %"), not the dash of a range ("2000 - 2050"). */
function signBefore(tokens: Token[], first: number): number | null {
  const sign = SIGNS[tokens[first - 1]?.text ?? ''];
  if (sign === undefined || tokens[first - 2]?.kind === 'number') return null;
  return sign;
}

function ordinalAfter(tokens: Token[], next: number, q: Quantity, lex: Lexicon): UnitMatch | null {
  const t = tokens[next];
  if (q.spelled || !t || t.spaced || !lex.ordinalSuffixes.has(t.lower)) return null;
  return { unit: 'ordinal', first: next, last: next };
}

/** The unit after a number, tried from the most to the least specific reading. */
function resolveUnit(tokens: Token[], next: number, q: Quantity, ctx: ReadContext): Resolved | null {
  const { lex } = ctx;
  const tag = (kind: FigureKind) => (m: UnitMatch | null): Resolved | null => (m ? { ...m, kind } : null);
  const readers: (() => Resolved | null)[] = [
    () => tag('ordinal')(ordinalAfter(tokens, next, q, lex)),
    () => tag('percent')(percentAfter(tokens, next, lex)),
    () => tag('money')(currencyAfter(tokens, next, q, lex)),
    () => {
      const duration = durationAfter(tokens, next, lex);
      const age = duration && (endsWithAgeWord(tokens[duration.last], lex) || (duration.unit === 'years' && isAge(tokens, q, duration.last, lex)));
      return duration && { ...duration, kind: age ? 'age' : 'duration' };
    },
    () => {
      const times = timesAfter(tokens, next, lex);
      return times && tag(isFrequency(tokens, times, lex) ? 'frequency' : 'times')(times);
    },
    () => tag('times')(timesBefore(tokens, next, q.first, lex)),
    () => {
      const f = fractionAfter(tokens, next, lex);
      return f ? { ...f, kind: 'fraction' } : null;
    },
    () => tag('measure')(measureAfter(tokens, next, lex)),
    () => {
      const noun = countNounAfter(tokens, next, q, lex);
      // A year is followed by anything but a known counted noun ("2000 levels", "2019 Microsoft").
      if (isYearLike(q) && !lex.nouns.some((n) => n.value === noun?.unit)) return { unit: 'year', first: next, last: next - 1, kind: 'year' };
      return noun ? { ...noun, kind: 'count' } : null;
    },
    () => {
      const last = ctx.previousCount === null ? null : moreAfter(tokens, next, lex);
      return last === null ? null : { unit: ctx.previousCount!, first: next, last, kind: 'count' };
    },
    () => tag('age')(bareAge(tokens, next, q, lex)),
    () => tag('count')(impliedNounBefore(tokens, next, q, lex)),
    () => inheritedUnit(tokens, next, q, ctx),
  ];
  for (const read of readers) {
    const found = read();
    if (found) return found;
  }
  return null;
}

/**
 * A number written without its unit, after a figure that gave one: "tuant 250 personnes et en
 * blessant plus de 360", "un fonds de 15 millions" after an amount in euros.
 */
function inheritedUnit(tokens: Token[], next: number, q: Quantity, ctx: ReadContext): Resolved | null {
  const t = tokens[q.first]!;
  if (t.kind !== 'number' || isYearLike(q) || !(q.scaled || Number.isInteger(q.value))) return null;
  const after = tokens[next];
  if (after && after.kind === 'word' && !ctx.lex.stopWords.has(after.lower)) return null;
  if (q.scaled && ctx.previousCurrency) return { unit: ctx.previousCurrency, first: next, last: next - 1, kind: 'money' };
  return ctx.previousCount ? { unit: ctx.previousCount, first: next, last: next - 1, kind: 'count' } : null;
}

function isExcluded(tokens: Token[], q: Quantity, unit: Resolved | null, named: boolean, ctx: ReadContext): boolean {
  if (!unit) return true;
  if (q.article && !ARTICLE_KINDS.has(unit.kind)) return true;
  if (unit.last < unit.first && hasGluedWord(tokens, q)) return true;
  if (isListNumber(tokens, q) || isTimeOfDay(tokens, q, unit.unit, ctx.lex) || isRelativeTime(tokens, q, unit.last, ctx.lex)) return true;
  return named && NAMED_KINDS.has(unit.kind);
}

function qualify(tokens: Token[], f: FoundFigure, lex: Lexicon): FoundFigure {
  if (f.kind === 'year' || f.kind === 'date' || f.kind === 'ordinal' || f.kind === 'rank') return f;
  // "près de la moitié": the hedge stands before the fraction's article.
  const lead = f.kind === 'fraction' && lex.fractionLeads.has(tokens[f.first - 1]?.lower ?? '') ? f.first - 1 : f.first;
  const before = qualifierBefore(tokens, lead, lex, f.kind === 'duration');
  const after = before ? null : qualifierAfter(tokens, f.last, lex);
  const q = before ?? after;
  if (!q) return f;
  return { ...f, qualifier: q.qualifier, outerFirst: Math.min(f.first, q.first), outerLast: Math.max(f.last, q.last) };
}

function valueOf(q: Quantity, range: Range | null, unit: Resolved, sign: number | null): FigureValue {
  const adjust = (v: number) => (v * (unit.fraction ?? 1) + (unit.plus ?? 0)) * (sign ?? 1);
  return range ? [adjust(range.low), adjust(range.high)] : adjust(q.value);
}

function readNumberFigure(tokens: Token[], i: number, ctx: ReadContext): FoundFigure | null {
  const { lex } = ctx;
  const q = readQuantity(tokens, i, lex);
  if (!q) return null;
  const sign = signBefore(tokens, i);
  let first = sign === null ? i : i - 1;
  const before = currencyBefore(tokens, first, lex);
  const currency = before && CURRENCY_MARK.test(tokens[before.last]!.text) ? before : null;
  if (currency) first = currency.first;
  const range = rangeAfter(tokens, q, first, lex);
  const numberLast = range ? range.end.last : q.last;
  // The unit after a range reads as after its high end ("5 et 10 millions de visiteurs").
  const both = range ? { ...range.end, plain: q.plain && range.end.plain } : q;
  const unit: Resolved | null = currency
    ? { unit: currency.unit, first: numberLast + 1, last: numberLast, kind: 'money' }
    : resolveUnit(tokens, numberLast + 1, both, ctx);
  const qualified = Boolean(qualifierBefore(tokens, first, lex));
  // "un ou deux buts": a number word opening a range is a count, not an article.
  const read = range ? { ...q, article: false } : q;
  if (isExcluded(tokens, read, unit, !qualified && !currency && isIdentifier(tokens, first, lex), ctx)) return null;
  const found = figure(unit!.kind, valueOf(q, range, unit!, sign), unit!.unit, first, Math.max(numberLast, unit!.last));
  return qualify(tokens, found, lex);
}

/** The figure starting at token `i`, if one does. */
export function readFigureAt(tokens: Token[], i: number, ctx: ReadContext): FoundFigure | null {
  const rank = readRank(tokens, i, ctx.lex);
  if (rank) return figure('rank', rank.value, 'rank', rank.first, rank.last);
  const date = readDate(tokens, i, ctx.lex, ctx.year);
  if (date?.value === null) ctx.yearless.push([date.first, date.last]);
  if (date) return date.value === null ? null : figure('date', date.value, 'date', date.first, date.last);
  const compound = compoundWord(tokens[i]!, ctx.lex);
  if (compound) return qualify(tokens, figure(compound.kind, compound.value, compound.unit, i, i), ctx.lex);
  const times = multiplierWord(tokens[i]!, ctx.lex);
  if (times !== null) return figure(isFrequency(tokens, { unit: 'times', first: i, last: i }, ctx.lex) ? 'frequency' : 'times', times, 'times', i, i);
  const proportion = readProportion(tokens, i, ctx.lex);
  if (proportion) return qualify(tokens, figure('fraction', proportion.value, 'fraction', proportion.first, proportion.last), ctx.lex);
  const fraction = bareFraction(tokens, i, ctx.lex);
  if (fraction) return qualify(tokens, figure('fraction', fraction.value, 'fraction', fraction.first, fraction.last), ctx.lex);
  return readNumberFigure(tokens, i, ctx);
}
