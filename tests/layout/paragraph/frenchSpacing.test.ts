import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/layout/paragraph/frenchSpacing.js';

const N = '\u202F'; // narrow no-break space
const B = '\u00A0'; // no-break space

/** Code points as text, so a failure shows which space is where. */
const spell = (s: string) => [...s].map((c) => (c === N ? '⍽' : c === B ? '␣' : c)).join('');

describe('frenchSpacing', () => {
  it('spaces a paragraph character by character, whatever the source had', () => {
    const source = 'Il a dit «Bonjour» puis « ça va ?» et \u00ABoui\u00A0\u00BB ; enfin! Il a écrit  : « Très bon e-mail »,non ?';
    const expected =
      `Il a dit «${N}Bonjour${N}» puis «${N}ça va${N}?${N}» et «${N}oui${N}»${N}; enfin${N}! Il a écrit${B}: «${N}Très bon e-mail${N}»,non${N}?`;
    expect(spell(frenchSpacing(source))).toBe(spell(expected));
  });

  it('puts a no-break space before a colon and a narrow one before ; ! ?', () => {
    expect(spell(frenchSpacing('Note: voici; quoi? oui!'))).toBe(spell(`Note${B}: voici${N}; quoi${N}? oui${N}!`));
  });

  it('leaves stacked marks together and spaces only the first', () => {
    expect(spell(frenchSpacing('Quoi?!'))).toBe(spell(`Quoi${N}?!`));
  });

  it('leaves URLs, times and ratios alone', () => {
    for (const text of ['https://exemple.fr/page?q=1', 'à 14:30 précises', 'le ratio 3:2']) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = frenchSpacing('« Bonjour » : ça va ?');
    expect(frenchSpacing(once)).toBe(once);
  });
});
