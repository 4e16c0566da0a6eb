import { describe, expect, it } from 'vitest';
import { figureMatches, occurrences, prf, quoteMatches, sameSpeaker, sameValue, scoreFigures, scoreQuotes, type Gold } from './score.js';

const gold = (over: Partial<Gold>): Gold => ({ id: 'x', lang: 'en', quotes: [], other_quoted: [], figures: [], ignored_numbers: [], ...over });

describe('quote matching', () => {
  it('folds case, accents, punctuation and apostrophes', () => {
    expect(quoteMatches('C\u2019est TRÈS bien, dit-on.', "c'est tres bien dit on")).toBe(true);
  });

  it('needs a common run of 80 % of the gold words and half of the found ones', () => {
    const g = 'one two three four five six seven eight nine ten';
    expect(quoteMatches('one two three four five six seven eight', g)).toBe(true);
    expect(quoteMatches('one two three four five six seven', g)).toBe(false);
    expect(quoteMatches(`${g} ${'x '.repeat(11)}`, g)).toBe(false);
  });

  it('counts other_quoted neither way and scores speakers on matches only', () => {
    const s = scoreQuotes(
      [{ text: 'We will win this war', speaker: 'Kim Lee' }, { text: 'mules', speaker: null }, { text: 'Something else entirely here', speaker: null }],
      gold({
        quotes: [{ text: 'We will win this war', speaker: 'Kim Lee', kind: 'full' }, { text: 'Never again will we wait', speaker: null, kind: 'full' }],
        other_quoted: [{ text: 'mules', type: 'scare' }],
      }),
    );
    expect([s.tp, s.fp, s.fn, s.speakerRight]).toEqual([1, 1, 1, 1]);
  });

  it('counts how many given speakers are right, and sidebar quotes right of shown', () => {
    const s = scoreQuotes(
      [
        { text: 'We will win this war', speaker: 'Kim Lee', sidebar: true },
        { text: 'Never again will we wait', speaker: 'Ann Hart', sidebar: true },
        { text: 'The bridge opens in May', speaker: null },
        { text: 'Nothing the gold knows about', speaker: 'Kim Lee', sidebar: true },
      ],
      gold({
        quotes: [
          { text: 'We will win this war', speaker: 'Kim Lee', kind: 'full' },
          { text: 'Never again will we wait', speaker: 'Bo Chen', kind: 'full' },
          { text: 'The bridge opens in May', speaker: 'Bo Chen', kind: 'full' },
        ],
      }),
    );
    expect([s.named, s.namedRight, s.speakerRight]).toEqual([2, 1, 1]);
    expect([s.sidebar, s.sidebarRight]).toEqual([3, 1]);
  });

  it('accepts a speaker name that contains the other when both have two words or more', () => {
    expect(sameSpeaker('Korean Central News Agency', 'Korean Central News Agency (KCNA)')).toBe(true);
    expect(sameSpeaker('KCNA', 'Korean Central News Agency (KCNA)')).toBe(false);
    expect(sameSpeaker('Scott', 'Kevin Scott')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
  });
});

describe('figure matching', () => {
  const text = 'Il a investi 13 milliards d\u2019euros en 2019, soit 3 % de plus. Publié le 4 juillet 2012.';
  const euros = { surface: "13 milliards d'euros", value: 13e9, unit: 'EUR', key: true };

  it('finds surfaces whatever the apostrophe', () => {
    expect(occurrences(text, ["13 milliards d'euros"])).toEqual([[13, 33]]);
  });

  it('needs an overlap, a value within 1 % and, for money, the same unit', () => {
    expect(figureMatches({ start: 13, end: 15, value: 13.1e9, unit: 'EUR' }, euros, text)).toBe(true);
    expect(figureMatches({ start: 13, end: 15, value: 13.5e9, unit: 'EUR' }, euros, text)).toBe(false);
    expect(figureMatches({ start: 13, end: 15, value: 13e9, unit: 'USD' }, euros, text)).toBe(false);
    expect(figureMatches({ start: 40, end: 44, value: 13e9, unit: 'EUR' }, euros, text)).toBe(false);
  });

  it('compares ranges end by end and dates as strings', () => {
    expect(sameValue([2000, 2050], [2000, 2050])).toBe(true);
    expect(sameValue(2000, [2000, 2050])).toBe(false);
    expect(sameValue('2012-07-04', '2012-07-04')).toBe(true);
  });

  it('counts ignored numbers and repeats neither way', () => {
    const g = gold({ figures: [euros], ignored_numbers: [{ surface: '4 juillet 2012', reason: 'dateline' }] });
    const s = scoreFigures([
      { start: 13, end: 33, value: 13e9, unit: 'EUR' },
      { start: 13, end: 33, value: 13e9, unit: 'EUR' },
      { start: 69, end: 83, value: '2012-07-04', unit: 'date' },
      { start: 37, end: 41, value: 2019, unit: 'year' },
    ], g, text);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 0]);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 3 })).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
