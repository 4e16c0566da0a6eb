/**
 * A figure as the key-figures box prints it, in the article's language, numbers as `Intl`
 * writes them (localeFormat.ts):
 * French "1 Md $", "340 M de paramètres", "6 mois", "15,2 %", "12 juillet 2012"; English
 * "$1bn", "340m parameters", "6 months", "15.2%". Number and unit are joined by no-break
 * spaces so a figure never breaks across lines in the box.
 */
import { normalizeText } from '../../ingest/normalizeText.js';
import type { Figure, Qualifier } from '../Analysis.js';
import { lexiconFor, type Lexicon } from './lexicon.js';
import { currencyMark, dateParts, formatNumber, isPluralOne, ordinalCategory, type DurationUnit, type NumberOptions } from './localeFormat.js';
import { readQuantity } from './readQuantity.js';
import { tokenize } from './tokenize.js';

const NBSP = '\u00a0';
const MAX_FRACTION_DIGITS = 4;
/** Units `Intl.NumberFormat` spells itself ("6 mois", "6 months"). */
const INTL_UNITS: Record<string, DurationUnit> = {
  seconds: 'second', minutes: 'minute', hours: 'hour', days: 'day', weeks: 'week', months: 'month', years: 'year',
};
const STARTS_WITH_VOWEL = /^[aeiouyhàâäéèêëîïôöùûüœæ]/iu;

const number = (lex: Lexicon, v: number, options: Partial<NumberOptions> = {}) =>
  formatNumber(lex.locale, v, { maximumFractionDigits: MAX_FRACTION_DIGITS, ...options });
const plain = (lex: Lexicon, v: number) => number(lex, v);
const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit);

/** "13" + "Md" for 13e9: the number shortened by the language's scale symbols, if large enough. */
function compact(lex: Lexicon, v: number): { digits: string; symbol: string | null } {
  const scales = Object.entries(lex.format.scaleSymbols).map(([s, symbol]) => [Number(s), symbol] as const).sort((a, b) => b[0] - a[0]);
  const scale = scales.find(([s]) => Math.abs(v) >= s);
  return scale ? { digits: plain(lex, v / scale[0]), symbol: scale[1] } : { digits: plain(lex, v), symbol: null };
}

function formatMoney(lex: Lexicon, v: number, currency: string): string {
  const { mark, first: markFirst } = currencyMark(lex.locale, currency);
  const { digits, symbol } = compact(lex, v);
  // English writes "$1bn" and "$700,000"; French "1 Md $" and "700 000 €".
  return markFirst ? `${mark}${digits}${symbol ?? ''}` : [digits, symbol, mark].filter(Boolean).join(NBSP);
}

/**
 * The counted noun as the article wrote it: the surface after the number and its scale; the
 * unit when the noun is a singular hyphenated to the number ("131-page" -> "131 pages").
 */
function countedNoun(lex: Lexicon, surface: string, unit: string): string {
  const tokens = tokenize(normalizeText(surface));
  const q = readQuantity(tokens, 0, lex);
  if (!q) return surface;
  if (tokens[q.last + 1]?.text === '-' && !tokens[q.last + 1]!.spaced) return unit;
  const after = q.scaled && lex.scaleLinks.has(tokens[q.last + 1]?.lower ?? '') ? q.last + 2 : q.last + 1;
  return tokens[after] ? surface.slice(tokens[after].start).trim() : '';
}

function formatCount(lex: Lexicon, v: number, surface: string, unit: string): string {
  const noun = countedNoun(lex, surface, unit);
  const { digits, symbol } = compact(lex, v);
  if (!symbol) return [digits, noun].filter(Boolean).join(NBSP);
  const { nounLink, nounLinkElided } = lex.format;
  const link = STARTS_WITH_VOWEL.test(noun) && nounLinkElided ? nounLinkElided : nounLink && `${nounLink} `;
  // English glues the scale to the digits ("340m parameters"); French spaces it ("340 M de paramètres").
  const amount = lex.lang === 'en' ? `${digits}${symbol}` : `${digits}${NBSP}${symbol}`;
  return noun ? `${amount}${NBSP}${link}${noun}` : amount;
}

function formatDate(lex: Lexicon, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const parts = dateParts(lex.locale, new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)), Boolean(d));
  const firstDay = lex.format.ordinalFirstDay ? formatOrdinal(lex, 1) : '1';
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? firstDay : p.value)).join('');
}

function formatOrdinal(lex: Lexicon, v: number): string {
  const category = ordinalCategory(lex.locale, v);
  return `${v}${lex.format.ordinals[category] ?? lex.format.ordinals['other'] ?? ''}`;
}

/** A unit the language data spells: [singular, plural] chosen by the plural rules. */
function spelledUnit(lex: Lexicon, v: number, unit: string): string {
  const forms = lex.format.units[unit];
  if (!forms) return `${plain(lex, v)}${NBSP}${unit}`;
  const form = isPluralOne(lex.locale, v) ? forms[0] : forms[1];
  return `${plain(lex, v)}${NBSP}${form}`;
}

function formatScalar(lex: Lexicon, v: number, figure: Figure): string {
  const { unit } = figure;
  if (isCurrency(unit)) return formatMoney(lex, v, unit);
  if (unit === 'percent') return number(lex, v / 100, { style: 'percent' });
  if (unit === 'year') return String(v);
  if (unit === 'ordinal') return formatOrdinal(lex, v);
  if (unit === 'rank') return `${lex.format.rankPrefix}${plain(lex, v)}`;
  if (unit === 'fraction') return lex.format.fractions[String(v)] ?? number(lex, v, { style: 'percent', maximumFractionDigits: 0 });
  const intlUnit = INTL_UNITS[unit];
  if (intlUnit) return number(lex, v, { style: 'unit', unit: intlUnit });
  if (unit in lex.format.units || lex.measures.some((m) => m.value === unit)) return spelledUnit(lex, v, unit);
  return formatCount(lex, v, figure.surface, figure.unit);
}

/** "60 à 70 %", "8–10 years", "2000–2050": the unit once, after the high end (money on both). */
function formatRange(lex: Lexicon, [low, high]: [number, number], figure: Figure): string {
  const lowText = figure.unit === 'year' ? String(low) : isCurrency(figure.unit) ? formatScalar(lex, low, figure) : plain(lex, low);
  return `${lowText}${lex.format.rangeJoin}${formatScalar(lex, high, figure)}`;
}

export function formatFigure(figure: Figure, lang: string): string {
  const lex = lexiconFor(lang);
  const { value } = figure;
  if (typeof value === 'string') return formatDate(lex, value);
  if (Array.isArray(value)) return formatRange(lex, value, figure);
  return formatScalar(lex, value, figure);
}

export function formatQualifier(q: Qualifier, lang: string): string {
  return lexiconFor(lang).format.qualifiers[q];
}
