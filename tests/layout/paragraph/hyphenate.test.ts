import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { hyphenatorFor, renewed, withFallback, type HyphenPatterns } from '../../../src/layout/paragraph/hyphenate.js';

/** The word with "|" at each hyphenation point ("!" at a last-resort one), to read the expectations at a glance. */
function marked(lang: string, word: string): string {
  const points = hyphenatorFor(lang)(word);
  let out = '';
  let from = 0;
  for (const { at, kind } of points) {
    out += word.slice(from, at) + (kind === 'lastResort' ? '!' : '|');
    from = at;
  }
  return out + word.slice(from);
}

describe('hyphenatorFor', () => {
  it('hyphenates French words by the TeX patterns, keeping 2 letters before and 3 after a break', () => {
    expect(marked('fr', 'gouvernement')).toBe('gou|ver|ne|ment');
    expect(marked('fr', 'responsabilité')).toBe('res|pon|sa|bi|lité');
    expect(marked('fr', 'infrastructures')).toBe('in|fra|struc|tures');
    expect(marked('fr', 'actuel')).toBe('ac|tuel');
  });

  it('hyphenates English words by the en-us patterns', () => {
    expect(marked('en', 'responsibility')).toBe('re|spon|si|bil|ity');
    expect(marked('en', 'competition')).toBe('com|pe|ti|tion');
  });

  it('asks the en-gb patterns about a long common word the en-us patterns leave whole', () => {
    expect(marked('en', 'spokesman')).toBe('spokes|man');
    expect(marked('en', 'chairman')).toBe('chair|man'); // en-us finds it: en-gb is not asked
  });

  it('asks fallback patterns only about long lower-case words the first patterns cannot break', () => {
    const never: HyphenPatterns = { hyphenateSync: (text) => text };
    const middle: HyphenPatterns = { hyphenateSync: (text, o) => text.slice(0, 4) + (o?.hyphenChar ?? '\u00AD') + text.slice(4) };
    const p = withFallback(never, () => middle);
    expect(p.hyphenateSync('pinewood', { hyphenChar: '|' })).toBe('pine|wood');
    expect(p.hyphenateSync('pinewoo', { hyphenChar: '|' })).toBe('pinewoo'); // too short to ask
    expect(p.hyphenateSync('Pinewood', { hyphenChar: '|' })).toBe('Pinewood'); // a name
    expect(withFallback(middle, () => never).hyphenateSync('pinewood', { hyphenChar: '|' })).toBe('pine|wood');
  });

  it('loads the fallback patterns only when first asked', () => {
    let loads = 0;
    const middle: HyphenPatterns = { hyphenateSync: (text, o) => text.slice(0, 4) + (o?.hyphenChar ?? '\u00AD') + text.slice(4) };
    const p = withFallback(middle, () => {
      loads += 1;
      return middle;
    });
    p.hyphenateSync('pinewood', { hyphenChar: '|' });
    expect(loads).toBe(0);
    const never = withFallback({ hyphenateSync: (text) => text }, () => {
      loads += 1;
      return middle;
    });
    never.hyphenateSync('pinewood', { hyphenChar: '|' });
    never.hyphenateSync('driftwood', { hyphenChar: '|' });
    expect(loads).toBe(1);
  });

  it("renews hyphen's hyphenator without changing its answers, and leaves the patterns' exceptions as they were", () => {
    const enUs = createRequire(import.meta.url)('hyphen/en-us') as HyphenPatterns & { patterns: [unknown, unknown, Record<string, unknown>] };
    const words = ['responsibility', 'associate', 'Responsibility', 'competition', 'project', 'responsibility', 'present'];
    const everyOther = renewed(enUs.patterns, 2);
    for (const w of words) expect(everyOther.hyphenateSync(w, { hyphenChar: '|', minWordLength: 5 }), w).toBe(enUs.hyphenateSync(w, { hyphenChar: '|', minWordLength: 5 }));
    // hyphen's own hyphenator (asked above) writes the words it meets into the exceptions; ours do not.
    const exceptions = Object.keys(enUs.patterns[2]).length;
    const own = renewed(enUs.patterns, 1000);
    for (const w of ['chairman', 'pinewood', 'driftwood']) own.hyphenateSync(w, { hyphenChar: '|', minWordLength: 5 });
    expect(Object.keys(enUs.patterns[2])).toHaveLength(exceptions);
  });

  it('leaves short words whole', () => {
    expect(marked('fr', 'ami')).toBe('ami');
    expect(marked('fr', 'pays')).toBe('pays');
    expect(marked('en', 'into')).toBe('into');
  });

  it('never hyphenates short names, acronyms, inner capitals, numbers, words with digits, URLs or handles', () => {
    for (const word of ['Google', 'Durand', 'OPENAI', 'OpenAI', '2019', '1234567', 'A380s', 'COVID-19', 'openai.com', 'http://exemple.fr/infrastructures', '@gouvernement', 'mot_composé']) {
      expect(hyphenatorFor('fr')(word), word).toEqual([]);
      expect(hyphenatorFor('en')(word), word).toEqual([]);
    }
  });

  it('hyphenates a long capitalised word only as a last resort', () => {
    expect(marked('en', 'Washington')).toBe('Wash!ing!ton');
    expect(marked('fr', 'Montpellier')).toBe('Mont!pel!lier');
  });

  it('breaks a compound after its own hyphen between long enough parts, inside its parts only as a last resort', () => {
    expect(marked('fr', 'porte-parole')).toBe('porte-|pa!role');
    expect(marked('fr', 'Aulnay-sous-Bois')).toBe('Aulnay-|sous-|Bois');
    expect(marked('fr', 'sub-atomique')).toBe('sub-|ato!mique');
    expect(marked('fr', 'E-mails')).toBe('E-mails');
    expect(marked('en', 'self-driving')).toBe('self-|dri!ving');
  });

  it('hyphenates the word after an elided article, and the letters inside punctuation', () => {
    expect(marked('fr', 'd’investissement')).toBe('d’in|ves|tis|se|ment');
    expect(marked('fr', 'lorsqu’investissement')).toBe(`lorsqu’${marked('fr', 'investissement')}`);
    expect(marked('fr', 'LORSQU’investissement')).toBe(`LORSQU’${marked('fr', 'investissement')}`);
    expect(marked('fr', 'l’d’investissement')).toBe(`l’d’${marked('fr', 'investissement')}`);
    expect(marked('fr', '«\u202Finfrastructures\u202F»,')).toBe('«\u202Fin|fra|struc|tures\u202F»,');
  });

  it('hyphenates a word around an inner apostrophe, and the word a clitic is attached to', () => {
    expect(marked('fr', 'aujourd’hui')).toBe('au|jour|d’hui');
    expect(marked('fr', 'jusqu’aujourd’hui')).toBe('jusqu’au|jour|d’hui');
    expect(marked('en', 'government’s')).toBe('gov|ern|ment’s');
    expect(marked('en', "minister's")).toBe("min|is|ter's");
    expect(marked('en', 'ministers’re')).toBe(`${marked('en', 'ministers')}’re`);
  });

  it('knows any language hyphen ships, and never hyphenates one it does not', () => {
    expect(marked('de', 'Kindergarten'.toLowerCase())).toContain('|');
    expect(marked('es', 'responsabilidad')).toContain('|');
    expect(hyphenatorFor('xx')('responsabilité')).toEqual([]);
    expect(hyphenatorFor('../../etc')('responsabilité')).toEqual([]);
  });

  it('caches per word: the same array for the same word', () => {
    const h = hyphenatorFor('fr');
    expect(h('gouvernement')).toBe(h('gouvernement'));
  });
});
