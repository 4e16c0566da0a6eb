/** The deferred post table against fontkit's: the same fields, header and glyph names alike. */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { deferPostTable } from '../../src/render/postTable.js';

const require = createRequire(import.meta.url);
const FACES = [
  'source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  'source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  'source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  'source-sans-3/700Bold_Italic/SourceSans3_700Bold_Italic.ttf',
].map((face) => [face.split('/').pop()!, require.resolve(`@expo-google-fonts/${face}`)]);

type Post = Record<string, unknown>;

describe('deferred post table', () => {
  it.each(FACES)('reads what fontkit decodes for %s', (_name, file) => {
    const theirs = fontkit.openSync(file) as unknown as { post: Post; italicAngle: number; getGlyph(id: number): { name: string } };
    const ours = fontkit.openSync(file) as unknown as typeof theirs;
    deferPostTable(ours as unknown as fontkit.Font);
    // What pdfkit reads first: from the header, before anything decodes the table.
    expect([ours.post.isFixedPitch, ours.italicAngle]).toEqual([theirs.post.isFixedPitch, theirs.italicAngle]);
    expect(ours.post.version).toBe(theirs.post.version);
    expect('names' in ours.post).toBe('names' in theirs.post);
    expect(Array.from({ length: 50 }, (_, i) => ours.getGlyph(i * 20).name)).toEqual(Array.from({ length: 50 }, (_, i) => theirs.getGlyph(i * 20).name));
  });
});
