/** The Latin fast path against fontkit's full shaping, on every word of the corpus in every face. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { glyphCount, loadFont, measureText, shapeText } from '../../src/layout/fonts.js';
import { createLatinShaper } from '../../src/layout/shaping/latinShaper.js';
import { corpusArticles } from '../helpers/corpus.js';

const require = createRequire(import.meta.url);
const FACES = ['source-serif-4', 'source-sans-3'].flatMap((family) =>
  ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'].map((face) => {
    const name = family === 'source-serif-4' ? 'SourceSerif4' : 'SourceSans3';
    return require.resolve(`@expo-google-fonts/${family}/${face}/${name}_${face}.ttf`);
  }));

/**
 * Every word of the corpus as layout hands them over: alone, with a hyphen, with a following
 * space (as drawn), and joined to the next word by the no-break spaces French spacing inserts.
 */
function corpusPieces(): string[] {
  const pieces = new Set<string>(['', ' ', 'fi', 'ffl', 'office', 'AVAT', '« Oui »', 'Lʼ', 'x\u00ADy', '¼', 'e\u0301', 'Ελλάδα', '½ 1\u20442']);
  for (const file of corpusArticles()) {
    const words = readFileSync(file, 'utf8').split(/[ \t\r\n]+/).filter(Boolean);
    words.forEach((word, i) => {
      pieces.add(word).add(`${word}-`).add(`${word} `);
      const next = words[i + 1];
      if (next) pieces.add(`${word}\u00a0${next}`).add(`${word}\u202f${next}`);
    });
  }
  return [...pieces];
}

describe('Latin fast path', () => {
  const pieces = corpusPieces();

  it.each(FACES)('gives fontkit’s glyphs and advances for every corpus word: %s', (file) => {
    const font = loadFont(file);
    const shaper = createLatinShaper(font);
    const declined: string[] = [];
    for (const text of pieces) {
      const fast = shaper.shape(text);
      if (!fast) {
        declined.push(text);
        continue;
      }
      const full = font.layout(text);
      expect(fast.glyphs, text).toEqual(full.glyphs.map((g) => g.id));
      expect(fast.widths.map((w, i) => w + fast.kerning[i]!), text).toEqual(full.positions.map((p) => p.xAdvance));
      expect(Math.abs(fast.advanceWidth - full.advanceWidth), text).toBeLessThan(0.01);
      expect(String.fromCodePoint(...fast.codePoints.flat()), text).toBe(text);
    }
    // Only what the fast path must leave to fontkit: a combining mark, Greek, a soft hyphen, a fraction slash.
    expect(declined.sort()).toEqual(['½ 1\u20442', 'e\u0301', 'x\u00ADy', 'Ελλάδα'].sort());
  });

  it('applies the standard ligatures and kerning', () => {
    const file = FACES[0]!;
    expect(glyphCount(file, 'office')).toBe(4); // o, ffi, c, e
    expect(shapeText(file, 'AVAT').kerning.some((k) => k < 0)).toBe(true);
    expect(measureText(file, 10, 'AV')).toBeLessThan(measureText(file, 10, 'A') + measureText(file, 10, 'V'));
  });

  it('falls back to fontkit for what it declines, with the same measures', () => {
    const file = FACES[0]!;
    const font = loadFont(file);
    for (const text of ['e\u0301', 'Ελλάδα', 'x\u00ADy']) {
      expect(shapeText(file, text).advanceWidth).toBeCloseTo(font.layout(text).advanceWidth, 6);
      expect(glyphCount(file, text)).toBe(font.layout(text).glyphs.length);
    }
  });
});
