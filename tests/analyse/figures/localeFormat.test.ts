import { describe, expect, it } from 'vitest';
import { currencyMark, dateParts, formatNumber, isPluralOne, OWN_LOCALES, ordinalCategory, type DurationUnit } from '../../../src/analyse/figures/localeFormat.js';
import en from '../../../src/analyse/figures/data/en.json' with { type: 'json' };
import fr from '../../../src/analyse/figures/data/fr.json' with { type: 'json' };

/** A fixed pseudo-random sequence: the same values on every run. */
function* random(seed: number, count: number): Generator<number> {
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield state / 2147483648;
  }
}

const VALUES = [
  0, -0, 1, -1, 2, 0.5, 1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.00005, 0.00004999, 0.0001, 0.00015, 0.000049, -0.00001, -0.00005,
  1.00005, 1.00004, 9.99995, 99.99995, 999.99995, 0.99995, 0.99994, 1.23455, 2.5, 0.125, 15.2, 12.3456789, 999, 1000, 1001, 9999, 10000,
  123456, 1234567.891, 1e6, 2e6, 1e9, 1.5e9, 13e9, 1e12, 123456789012345, 2 ** 53, 2 ** 53 + 2, 1e15, 1e16, 1e20, 1e21, 1.2345e22, 1e-7, 5e-324,
  -1234.5, -999999.99995, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113, 1000000, 3000000, 1.0001, 1.001, 1.0005, 0.0005,
  ...Array.from({ length: 300 }, (_, i) => i),
  ...Array.from({ length: 200 }, (_, i) => i / 8),
  ...Array.from({ length: 200 }, (_, i) => (i - 100) / 1000),
  ...[...random(7, 400)].map((r) => Number((r * 10 ** Math.floor(r * 1e4 % 12)).toFixed(Math.floor(r * 1e6) % 7))),
  ...[...random(11, 400)].map((r) => (r - 0.5) * 10 ** ((r * 1e5) % 16)),
];

const UNITS: DurationUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];

describe.each(OWN_LOCALES)('locale %s: the same strings as Intl', (locale) => {
  it('numbers with at most 4 or no fraction digits', () => {
    for (const maximumFractionDigits of [4, 0]) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits });
      for (const v of VALUES) expect([v, formatNumber(locale, v, { maximumFractionDigits })]).toEqual([v, intl.format(v)]);
    }
  });

  it('percentages', () => {
    for (const maximumFractionDigits of [4, 0]) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits, style: 'percent' });
      for (const v of VALUES.map((x) => x / 100).concat(VALUES)) {
        expect([v, formatNumber(locale, v, { maximumFractionDigits, style: 'percent' })]).toEqual([v, intl.format(v)]);
      }
    }
  });

  it('durations in long units', () => {
    for (const unit of UNITS) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, style: 'unit', unit, unitDisplay: 'long' });
      for (const v of VALUES) expect([v, formatNumber(locale, v, { maximumFractionDigits: 4, style: 'unit', unit })]).toEqual([v, intl.format(v)]);
    }
  });

  it('plural and ordinal categories', () => {
    const cardinal = new Intl.PluralRules(locale);
    const ordinal = new Intl.PluralRules(locale, { type: 'ordinal' });
    for (const v of VALUES) {
      expect([v, isPluralOne(locale, v)]).toEqual([v, cardinal.select(v) === 'one']);
      expect([v, ordinalCategory(locale, v)]).toEqual([v, ordinal.select(v)]);
    }
  });

  it('currency symbols of every currency the lexicons name', () => {
    const codes = new Set([...Object.values(en.currencies), ...Object.values(fr.currencies), 'XAF', 'BRL']);
    for (const currency of codes) {
      const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
      const at = parts.findIndex((p) => p.type === 'currency');
      expect([currency, currencyMark(locale, currency)]).toEqual([currency, { mark: parts[at]!.value, first: at < parts.findIndex((p) => p.type === 'integer') }]);
    }
  });

  it('dates, with and without the day', () => {
    const dates = [
      ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2012, m, m + 1))),
      ...Array.from({ length: 31 }, (_, d) => new Date(Date.UTC(2026, 0, d + 1))),
      ...[1, 12, 99, 812, 1912, 9999, 12345].map((y) => new Date(Date.UTC(y, 6, 14))),
    ];
    for (const withDay of [true, false]) {
      const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC', ...(withDay ? { day: 'numeric' } : {}) };
      const intl = new Intl.DateTimeFormat(locale, options);
      for (const date of dates) {
        const parts = intl.formatToParts(date).map(({ type, value }) => ({ type, value }));
        expect([date, dateParts(locale, date, withDay)]).toEqual([date, parts]);
      }
    }
  });
});

describe('other locales and values', () => {
  it('go to Intl', () => {
    expect(formatNumber('de-DE', 1234.5, { maximumFractionDigits: 4 })).toBe('1.234,5');
    expect(formatNumber('fr-FR', Infinity, { maximumFractionDigits: 4 })).toBe('∞');
    expect(dateParts('de', new Date(Date.UTC(2012, 6, 1)), true).map((p) => p.value).join('')).toBe('1. Juli 2012');
    expect(currencyMark('en-GB', 'XAF')).toEqual({ mark: 'FCFA', first: true });
  });
});
