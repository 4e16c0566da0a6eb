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

  it('reads every weekday and month name in any case', () => {
    const french = ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre'];
    const english = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    const cases = (s: string) => [s, s.toUpperCase(), s[0]!.toUpperCase() + s.slice(1)];
    for (const name of french) {
      for (const m of cases(name)) expect(parseDateline(`3 ${m} 2012. - Texte`)?.date, m).toMatch(/^2012-\d\d-03$/);
    }
    for (const name of english) for (const m of cases(name)) expect(parseDateline(`${m} 3, 2012`)?.date, m).toMatch(/^2012-\d\d-03$/);
    const weekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    for (const name of weekdays) {
      for (const w of cases(name)) {
        expect(parseDateline(`${w}, 12 juillet 2012 - Texte`)?.date, w).toBe('2012-07-12');
        expect(parseDateline(`${w} July 12, 2012`)?.date, w).toBe('2012-07-12');
      }
    }
  });

  it('takes no sentence opening with a word that starts like a name', () => {
    expect(parseDateline('Mayor Smith said on July 12, 2012 that…')).toBeNull();
    expect(parseDateline('Marsh land: 12 acres')).toBeNull();
    expect(parseDateline('Mai-juin 2012 - Texte')).toBeNull();
    expect(parseDateline('')).toBeNull();
  });
});
