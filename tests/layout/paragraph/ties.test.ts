import { describe, expect, it } from 'vitest';
import { isNumberTie, tieSpaces } from '../../../src/layout/paragraph/ties.js';

const N = '\u202F';
const B = '\u00A0';
const spell = (s: string) => [...s].map((c) => (c === N ? '⍽' : c === B ? '␣' : c)).join('');

describe('tieSpaces', () => {
  it('ties a number to what it counts and a title to the name after it (French)', () => {
    const text = 'Il a perdu 13 milliards en 6 mois, dit M. Dupont à Mme Durand : 8 000 emplois, 12,5 % et 2 000 000 €.';
    const tied = `Il a perdu 13${B}milliards en 6${B}mois, dit M.${B}Dupont à Mme${B}Durand : 8${N}000${B}emplois, 12,5${B}% et 2${N}000${N}000${B}€.`;
    expect(spell(tieSpaces(text, 'fr'))).toBe(spell(tied));
  });

  it('does not tie a year to the word after it', () => {
    expect(tieSpaces('en 2019 fortement rédigé', 'fr')).toBe('en 2019 fortement rédigé');
  });

  it('does not tie a number followed by punctuation', () => {
    expect(tieSpaces('jusqu’en 1998, selon lui, et 12, dit-il', 'fr')).toBe('jusqu’en 1998, selon lui, et 12, dit-il');
  });

  it('tells a number-word tie (which may give way) from a title, digit-group or sign tie (which never do)', () => {
    const tied = tieSpaces('M. Dupont a 8 000 salariés et 12,5 % de parts', 'fr');
    const ties = [...tied].flatMap((c, i) => (c === B || c === N ? [isNumberTie(tied, i)] : []));
    expect(ties).toEqual([false, false, true, false]);
  });

  it('ties English titles and counts', () => {
    expect(spell(tieSpaces('Mr. Smith and Dr Jones spent 13 billion in 6 months', 'en'))).toBe(
      spell(`Mr.${B}Smith and Dr${B}Jones spent 13${B}billion in 6${B}months`),
    );
  });

  it('does not take a word ending like a title for one', () => {
    expect(tieSpaces('le PM. Dupont', 'fr')).toBe('le PM. Dupont');
  });
});
