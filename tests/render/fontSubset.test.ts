/** The cached subset writer against fontkit's TrueType subset: the same bytes, whatever the glyphs. */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createFontSubset } from '../../src/render/fontSubset.js';

const require = createRequire(import.meta.url);
const FACES = [
  'source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  'source-serif-4/700Bold_Italic/SourceSerif4_700Bold_Italic.ttf',
  'source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  'source-sans-3/700Bold/SourceSans3_700Bold.ttf',
].map((face) => [face.split('/').pop()!, require.resolve(`@expo-google-fonts/${face}`)]);

interface FontkitSubset {
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

/** Glyph ids in a scattered order, composite glyphs (accented capitals) among them. */
function glyphSets(font: fontkit.Font, count: number): number[][] {
  const text = font.layout('Café crème — « Œuvre » ﬁnale, 1 234,5 € ÉÀÇ ñ ß ő').glyphs.map((g) => g.id);
  const numGlyphs = (font as unknown as { numGlyphs: number }).numGlyphs;
  const scattered = Array.from({ length: count }, (_, i) => (i * 7919 + 13) % numGlyphs);
  return [[], text, scattered, [...scattered].reverse().concat(text)];
}

function encode(subset: FontkitSubset, glyphs: readonly number[]): { ids: number[]; bytes: Uint8Array } {
  const ids = glyphs.map((g) => subset.includeGlyph(g));
  return { ids, bytes: subset.encode() };
}

describe('font subsets', () => {
  it.each(FACES)('writes what fontkit writes for %s', (_name, file) => {
    const font = fontkit.openSync(file);
    for (const glyphs of glyphSets(font, 300)) {
      const theirs = encode((font as unknown as { createSubset(): FontkitSubset }).createSubset(), glyphs);
      // Twice: the second subset reads the glyphs from the cache the first one filled.
      for (let run = 0; run < 2; run++) {
        const ours = encode(createFontSubset(font), glyphs);
        expect(ours.ids).toEqual(theirs.ids);
        expect(Buffer.from(ours.bytes).equals(Buffer.from(theirs.bytes))).toBe(true);
      }
    }
  });
});
