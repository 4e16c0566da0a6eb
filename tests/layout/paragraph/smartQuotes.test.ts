import { describe, expect, it } from 'vitest';
import { smartQuotes } from '../../../src/layout/paragraph/smartQuotes.js';

describe('smartQuotes', () => {
  it('turns English straight quotes into curly ones, opening and closing by context', () => {
    expect(smartQuotes(`She said "we won't stop" and left ("for now").`, 'en')).toBe('She said “we won’t stop” and left (“for now”).');
    expect(smartQuotes(`"Start," he wrote: 'inner'.`, 'en')).toBe('“Start,” he wrote: ‘inner’.');
  });

  it('gives French guillemets and apostrophes', () => {
    expect(smartQuotes(`Il a dit "c'est l'heure".`, 'fr')).toBe('Il a dit «c’est l’heure».');
  });

  it('reads an elision before a quotation mark or a possessive as an apostrophe, not a closing quote', () => {
    expect(smartQuotes(`l'« affaire » et jusqu'au bout`, 'fr')).toBe('l’« affaire » et jusqu’au bout');
    expect(smartQuotes(`the students' books, 'inner' words`, 'en')).toBe('the students’ books, ‘inner’ words');
  });

  it('keeps primes after digits and reads a leading apostrophe before digits', () => {
    expect(smartQuotes(`He is 5'11" tall, a star of the '90s.`, 'en')).toBe('He is 5\'11" tall, a star of the ’90s.');
  });

  it('keeps the length of the text, one character for one', () => {
    const text = `"a" 'b' c'd "e`;
    expect(smartQuotes(text, 'de')).toHaveLength(text.length);
    expect(smartQuotes(text, 'de')).toBe('„a“ ‚b‘ c’d „e');
  });
});

describe('smartQuotes after digits', () => {
  it('closes an open quotation after a number, and keeps primes when none is open', () => {
    expect(smartQuotes(`"near posts 250 and 251", said KCNA. He is 6'2".`, 'en')).toBe('“near posts 250 and 251”, said KCNA. He is 6\'2".');
  });
});
