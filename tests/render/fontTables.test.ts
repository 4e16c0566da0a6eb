/** The tables given from the bytes against fontkit's: the same values, and the rest of each table as fontkit decodes it. */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { lightenTables } from '../../src/render/fontTables.js';

const require = createRequire(import.meta.url);
const FACES = ['source-serif-4', 'source-sans-3'].flatMap((family) =>
  ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'].map((face) => {
    const name = family === 'source-serif-4' ? 'SourceSerif4' : 'SourceSans3';
    return [`${name}_${face}`, require.resolve(`@expo-google-fonts/${family}/${face}/${name}_${face}.ttf`)];
  }));

interface Internals {
  post: Record<string, unknown>;
  loca: { version: number; offsets: number[] };
  postscriptName: string;
  italicAngle: number;
  getGlyph(id: number): { name: string; advanceWidth: number; cbox: unknown };
}

describe('tables given from the bytes', () => {
  it.each(FACES)('read as fontkit reads them: %s', (_name, file) => {
    const theirs = fontkit.openSync(file) as unknown as Internals;
    const ours = fontkit.openSync(file) as unknown as Internals;
    lightenTables(ours as unknown as fontkit.Font);
    // What pdfkit reads first.
    expect([ours.postscriptName, ours.post.isFixedPitch, ours.italicAngle]).toEqual([theirs.postscriptName, theirs.post.isFixedPitch, theirs.italicAngle]);
    expect(ours.loca).toEqual({ version: theirs.loca.version, offsets: theirs.loca.offsets });
    // The rest of the post table, decoded when asked for.
    expect(ours.post.version).toBe(theirs.post.version);
    expect('names' in ours.post).toBe('names' in theirs.post);
    const glyphs = Array.from({ length: 60 }, (_, i) => i * 23);
    expect(glyphs.map((g) => [ours.getGlyph(g).name, ours.getGlyph(g).cbox])).toEqual(glyphs.map((g) => [theirs.getGlyph(g).name, theirs.getGlyph(g).cbox]));
  });
});
