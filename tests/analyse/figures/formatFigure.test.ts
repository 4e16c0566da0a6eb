import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/analyse/Analysis.js';
import { formatFigure, formatQualifier } from '../../../src/analyse/figures/formatFigure.js';

/** No-break spaces (U+00A0, U+202F) shown as plain spaces, for readable expectations. */
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function fig(value: Figure['value'], unit: string, surface = ''): Figure {
  return { value, unit, surface, start: 0, end: surface.length, label: '', qualifier: null, key: true };
}

const fr = (f: Figure) => plainSpaces(formatFigure(f, 'fr'));
const en = (f: Figure) => plainSpaces(formatFigure(f, 'en'));

describe('formatFigure', () => {
  it('shortens money with the language’s scale symbols', () => {
    expect(fr(fig(1e9, 'USD'))).toBe('1 Md $');
    expect(fr(fig(13e9, 'USD'))).toBe('13 Md $');
    expect(fr(fig(3e6, 'EUR'))).toBe('3 M €');
    expect(fr(fig(700000, 'EUR'))).toBe('700 000 €');
    expect(en(fig(1e9, 'USD'))).toBe('$1bn');
    expect(en(fig(13e9, 'USD'))).toBe('$13bn');
    expect(en(fig(1.5e9, 'GBP'))).toBe('£1.5bn');
    expect(en(fig(700000, 'EUR'))).toBe('€700,000');
  });

  it('writes counts with the article’s own noun', () => {
    expect(fr(fig(340e6, 'parameters', '340 millions de paramètres'))).toBe('340 M de paramètres');
    expect(fr(fig(2e6, 'people', '2 millions d’habitants'))).toBe('2 M d’habitants');
    expect(fr(fig(8000, 'jobs', '8 000 emplois'))).toBe('8 000 emplois');
    expect(fr(fig(4, 'people', 'Quatre personnes'))).toBe('4 personnes');
    expect(en(fig(340e6, 'parameters', '340 million parameters'))).toBe('340m parameters');
    expect(en(fig(900, 'people', '900 asylum seekers'))).toBe('900 asylum seekers');
    expect(en(fig(131, 'pages', '131-page'))).toBe('131 pages');
  });

  it('writes percentages, durations, multiples and measures', () => {
    expect(fr(fig(15.2, 'percent'))).toBe('15,2 %');
    expect(fr(fig(-33, 'percent'))).toBe('-33 %');
    expect(en(fig(15.2, 'percent'))).toBe('15.2%');
    expect(fr(fig(6, 'months'))).toBe('6 mois');
    expect(fr(fig(1, 'years'))).toBe('1 an');
    expect(en(fig(6, 'months'))).toBe('6 months');
    expect(en(fig(1, 'decades'))).toBe('1 decade');
    expect(fr(fig(133, 'times'))).toBe('133 fois');
    expect(fr(fig(125, 'GeV'))).toBe('125 GeV');
    expect(fr(fig(0.5, 'fraction'))).toBe('la moitié');
    expect(fr(fig(1 / 3, 'fraction'))).toBe('33 %');
    expect(en(fig(0.3333333333, 'fraction'))).toBe('a third');
    expect(fr(fig(3, 'rank'))).toBe('n° 3');
    expect(en(fig(3, 'rank'))).toBe('No. 3');
  });

  it('writes years, dates and ranges', () => {
    expect(fr(fig(2019, 'year'))).toBe('2019');
    expect(fr(fig('2012-07-12', 'date'))).toBe('12 juillet 2012');
    expect(fr(fig('2021-03', 'date'))).toBe('mars 2021');
    expect(fr(fig('2015-04-01', 'date'))).toBe('1er avril 2015');
    expect(fr(fig(2000, 'voters', '2 000 de plus'))).toBe('2 000 de plus');
    expect(en(fig('2011-03-04', 'date'))).toBe('4 March 2011');
    expect(fr(fig([60, 70], 'percent'))).toBe('60 à 70 %');
    expect(en(fig([8, 10], 'years'))).toBe('8–10 years');
    expect(en(fig([2000, 2050], 'year'))).toBe('2000–2050');
  });

  it('writes ordinals', () => {
    expect(en(fig(39, 'ordinal'))).toBe('39th');
    expect(fr(fig(1, 'ordinal'))).toBe('1er');
  });
});

describe('formatQualifier', () => {
  it('names qualifiers in the article’s language', () => {
    expect(formatQualifier('about', 'fr')).toBe('environ');
    expect(formatQualifier('at least', 'fr')).toBe('au moins');
    expect(formatQualifier('more than', 'fr')).toBe('plus de');
    expect(formatQualifier('about', 'en')).toBe('about');
    expect(formatQualifier('nearly', 'en')).toBe('nearly');
  });
});
