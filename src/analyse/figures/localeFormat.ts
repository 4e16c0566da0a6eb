/**
 * Numbers, plural categories and dates as `Intl` writes them, without `Intl` for the locales
 * our lexicons and templates use (English and French): a process's first `Intl` formatter
 * loads ICU's locale data, ~15 ms of a 300 ms `briefpress render`. The rules below are CLDR's
 * as Node 20's ICU applies them, checked string for string against `Intl`
 * (tests/analyse/figures/localeFormat.test.ts); any other locale, and any value outside what
 * the rules cover (not finite, from 10^18 on, a year before 1), goes to `Intl`.
 */

/** The `Intl.NumberFormat` options the figures use: decimal, percent and long duration units. */
export interface NumberOptions {
  maximumFractionDigits: number;
  style?: 'decimal' | 'percent' | 'unit';
  unit?: DurationUnit;
}

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
type Plural = 'one' | 'other';
type DatePart = 'day' | 'month' | 'year';

interface LocaleData {
  group: string;
  decimal: string;
  percent: string;
  /** The `one` rule on the integer digits and the count of fraction digits shown (CLDR's `i`, `v`). */
  isOne(i: string, v: number): boolean;
  /** The ordinal category of the number shown. */
  ordinal(n: number): string;
  /** Long unit patterns, `{0}` for the number: [one, other] (French `many` reads as `other`). */
  units: Record<DurationUnit, readonly [string, string]>;
  /** Narrow currency symbols, and whether they come before the number. */
  currencies: Readonly<Record<string, string>>;
  currencyFirst: boolean;
  months: readonly string[];
  /** Date patterns, with and without the day: the parts, and literal text between them. */
  dates: { day: readonly (DatePart | string)[]; noDay: readonly (DatePart | string)[] };
}

const NBSP = '\u00a0';

const EN_NUMBERS = {
  group: ',',
  decimal: '.',
  percent: '{0}%',
  isOne: (i: string, v: number) => i === '1' && v === 0,
  ordinal(n: number) {
    const [ten, hundred] = [n % 10, n % 100];
    if (ten === 1 && hundred !== 11) return 'one';
    if (ten === 2 && hundred !== 12) return 'two';
    if (ten === 3 && hundred !== 13) return 'few';
    return 'other';
  },
  units: {
    second: ['{0} second', '{0} seconds'],
    minute: ['{0} minute', '{0} minutes'],
    hour: ['{0} hour', '{0} hours'],
    day: ['{0} day', '{0} days'],
    week: ['{0} week', '{0} weeks'],
    month: ['{0} month', '{0} months'],
    year: ['{0} year', '{0} years'],
  },
  currencies: { USD: '$', AUD: '$', CAD: '$', NZD: '$', HKD: '$', SGD: '$', EUR: '€', GBP: '£', CHF: 'CHF', JPY: '¥', CNY: '¥', INR: '₹', RUB: '₽', KRW: '₩' },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

const FR_NUMBERS = {
  group: '\u202f',
  decimal: ',',
  percent: `{0}${NBSP}%`,
  isOne: (i: string) => i === '0' || i === '1',
  ordinal: (n: number) => (n === 1 ? 'one' : 'other'),
  // As CLDR writes them: some with a no-break space, some with a plain one.
  units: {
    second: [`{0}${NBSP}seconde`, `{0}${NBSP}secondes`],
    minute: ['{0} minute', '{0} minutes'],
    hour: [`{0}${NBSP}heure`, `{0}${NBSP}heures`],
    day: [`{0}${NBSP}jour`, `{0}${NBSP}jours`],
    week: [`{0}${NBSP}semaine`, `{0}${NBSP}semaines`],
    month: [`{0}${NBSP}mois`, `{0}${NBSP}mois`],
    year: [`{0}${NBSP}an`, '{0} ans'],
  },
  currencies: EN_NUMBERS.currencies,
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
} as const;

const DAY_MONTH_YEAR = { day: ['day', ' ', 'month', ' ', 'year'], noDay: ['month', ' ', 'year'] } as const;

const LOCALES: Readonly<Record<string, LocaleData>> = {
  'en-GB': { ...EN_NUMBERS, currencyFirst: true, dates: DAY_MONTH_YEAR },
  en: { ...EN_NUMBERS, currencyFirst: true, dates: { day: ['month', ' ', 'day', ', ', 'year'], noDay: ['month', ' ', 'year'] } },
  'fr-FR': { ...FR_NUMBERS, currencyFirst: false, dates: DAY_MONTH_YEAR },
  fr: { ...FR_NUMBERS, currencyFirst: false, dates: DAY_MONTH_YEAR },
};

/** The locales formatted here without `Intl`. */
export const OWN_LOCALES = Object.keys(LOCALES);

/**
 * The data to format `v` in `locale` without `Intl`, if any: ICU reads the integer digits of
 * numbers from 10^18 on modulo 10^18 for plural rules (French `one` for 10^20): those go to `Intl`.
 */
function ownData(locale: string, v: number): LocaleData | undefined {
  return Math.abs(v) < 1e18 ? LOCALES[locale] : undefined;
}

/** Intl formatters are costly to build (~50 µs each): one per locale and options, kept. */
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();

function intl<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

const intlNumber = (locale: string, options: Intl.NumberFormatOptions) =>
  intl(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/**
 * The decimal digits of |v| as ICU reads a double (its shortest round-trip form), times 10^shift,
 * rounded half away from zero to `maxFraction` fraction digits, without trailing zeros.
 */
function decimalDigits(v: number, shift: number, maxFraction: number): { int: string; fraction: string } {
  const [mantissa, exponent] = Math.abs(v).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + shift + 1;
  // All the digits, the point after `integerLength` of them.
  const all = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const integerLength = Math.max(point, 1);
  const fractionLength = Math.min(maxFraction, all.length - integerLength);
  let kept = all.slice(0, integerLength + fractionLength);
  if (all.length > kept.length && all[kept.length]! >= '5') kept = increment(kept);
  // Rounding up may add an integer digit ("9.99995" -> "10.0000").
  const intLength = kept.length - fractionLength;
  return { int: kept.slice(0, intLength).replace(/^0+(?=\d)/, ''), fraction: kept.slice(intLength).replace(/0+$/, '') };
}

/** A digit string plus one in its last place ("0999" -> "1000", "99" -> "100"). */
function increment(digits: string): string {
  const last = digits.search(/9*$/);
  if (last === 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, last - 1) + String(Number(digits[last - 1]) + 1) + '0'.repeat(digits.length - last);
}

/** The integer digits grouped by three (English and French group from four digits on). */
function grouped(int: string, separator: string): string {
  return int.replace(/\B(?=(\d{3})+$)/g, separator);
}

/** The number as `locale` writes it (sign, groups, decimal mark) and its plural category. */
function numberText(data: LocaleData, v: number, shift: number, maxFraction: number): { text: string; plural: Plural } {
  const { int, fraction } = decimalDigits(v, shift, maxFraction);
  // ICU signs negative zero, and negatives that round to zero.
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  const text = `${sign}${grouped(int, data.group)}${fraction ? data.decimal + fraction : ''}`;
  return { text, plural: data.isOne(int, fraction.length) ? 'one' : 'other' };
}

/** `new Intl.NumberFormat(locale, options).format(v)`. */
export function formatNumber(locale: string, v: number, options: NumberOptions): string {
  const data = ownData(locale, v);
  if (!data) return intlNumber(locale, { ...options, ...(options.unit ? { unitDisplay: 'long' } : {}) }).format(v);
  const { text, plural } = numberText(data, v, options.style === 'percent' ? 2 : 0, options.maximumFractionDigits);
  if (options.style === 'percent') return data.percent.replace('{0}', text);
  if (options.style === 'unit') return data.units[options.unit!][plural === 'one' ? 0 : 1].replace('{0}', text);
  return text;
}

/** The narrow symbol of `currency` in `locale`, and whether it comes before the number. */
export function currencyMark(locale: string, currency: string): { mark: string; first: boolean } {
  const data = LOCALES[locale];
  const mark = data?.currencies[currency];
  if (data && mark) return { mark, first: data.currencyFirst };
  const parts = intlNumber(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
  const at = parts.findIndex((p) => p.type === 'currency');
  return { mark: parts[at]?.value ?? currency, first: at < parts.findIndex((p) => p.type === 'integer') };
}

/**
 * `new Intl.PluralRules(locale, { type }).select(v) === 'one'`: the rules read the number as
 * PluralRules shows it (up to three fraction digits).
 */
export function isPluralOne(locale: string, v: number): boolean {
  const data = ownData(locale, v);
  if (!data) return intl(`plural ${locale}`, () => new Intl.PluralRules(locale)).select(v) === 'one';
  return numberText(data, v, 0, 3).plural === 'one';
}

/** `new Intl.PluralRules(locale, { type: 'ordinal' }).select(v)`. */
export function ordinalCategory(locale: string, v: number): string {
  const data = ownData(locale, v);
  if (!data) return intl(`ordinal ${locale}`, () => new Intl.PluralRules(locale, { type: 'ordinal' })).select(v);
  const { int, fraction } = decimalDigits(v, 0, 3);
  return data.ordinal(Number(`${int}.${fraction || '0'}`));
}

/**
 * The parts of `date` (UTC) written with the long month and numeric year, and the day unless
 * `withDay` is false: `Intl.DateTimeFormat(locale, …).formatToParts(date)` as type and value.
 */
export function dateParts(locale: string, date: Date, withDay: boolean): { type: string; value: string }[] {
  const data = LOCALES[locale];
  const year = date.getUTCFullYear();
  if (!data || !(year >= 1)) {
    const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC', ...(withDay ? { day: 'numeric' } : {}) };
    return intl(`date ${locale} ${withDay}`, () => new Intl.DateTimeFormat(locale, options)).formatToParts(date);
  }
  const values: Record<DatePart, string> = { day: String(date.getUTCDate()), month: data.months[date.getUTCMonth()]!, year: String(year) };
  return (withDay ? data.dates.day : data.dates.noDay).map((p) => (p in values ? { type: p, value: values[p as DatePart] } : { type: 'literal', value: p }));
}
