import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/ingest/parseDateline.js';

describe('parseDateline', () => {
  it('reads a French dateline that opens a paragraph, separator included', () => {
    const d = parseDateline('12 juillet 2012. - L’annonce est tombée ce matin');
    expect(d).toEqual({ date: '2012-07-12', length: '12 juillet 2012. - '.length, text: '12 juillet 2012' });
  });

  it('reads "1er" and months without accents', () => {
    expect(parseDateline('1er fevrier 2020 - Texte')?.date).toBe('2020-02-01');
  });

  it('reads an English dateline with its weekday as a whole line', () => {
    expect(parseDateline('Thursday, February 23, 2006')).toEqual({ date: '2006-02-23', length: 27, text: 'Thursday, February 23, 2006' });
  });

  it('reads ISO dates', () => {
    expect(parseDateline('2012-07-04')?.date).toBe('2012-07-04');
  });

  it('does not take a sentence that merely starts with a date', () => {
    expect(parseDateline('12 juillet 2012 restera dans les mémoires.')).toBeNull();
  });

  it('refuses impossible dates', () => {
    expect(parseDateline('31 février 2012. - Texte')).toBeNull();
  });

  it('ignores text without a date', () => {
    expect(parseDateline('Le CERN a annoncé aujourd’hui une découverte.')).toBeNull();
  });
});
