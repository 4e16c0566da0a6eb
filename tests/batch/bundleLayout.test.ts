import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverFamily, coverPageCount, coverPages, fitText, numberBundle } from '../../src/batch/bundleLayout.js';
import { measureText } from '../../src/layout/fonts.js';
import type { LaidOut, TextLine } from '../../src/layout/Page.js';
import { ROOT } from './helpers.js';

const face = (file: string) => path.join(ROOT, 'node_modules/@expo-google-fonts/source-sans-3', file);
const fonts: LaidOut['fonts'] = {
  sans: {
    regular: face('400Regular/SourceSans3_400Regular.ttf'),
    bold: face('700Bold/SourceSans3_700Bold.ttf'),
    italic: face('400Regular_Italic/SourceSans3_400Regular_Italic.ttf'),
    boldItalic: face('700Bold_Italic/SourceSans3_700Bold_Italic.ttf'),
  },
};
const A4 = { width: 595.28, height: 841.89 };

describe('numberBundle', () => {
  it('starts every brief on an odd page when printing duplex', () => {
    expect(numberBundle(1, [1, 2, 3, 1], true)).toEqual({ starts: [3, 5, 7, 11], blanksBefore: [1, 1, 0, 1], total: 11 });
    expect(numberBundle(2, [2], true)).toEqual({ starts: [3], blanksBefore: [0], total: 4 });
  });
  it('packs briefs without blanks otherwise', () => {
    expect(numberBundle(1, [1, 2, 3], false)).toEqual({ starts: [2, 3, 5], blanksBefore: [0, 0, 0], total: 7 });
  });
});

describe('coverPages', () => {
  const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Brief number ${i}`, page: 3 + 2 * i }));
  const lines = (pages: ReturnType<typeof coverPages>['pages']) => pages.flatMap((p) => p.ops).filter((op): op is TextLine => op.kind === 'text');

  it('lists every brief with its page number set flush right, over as many pages as coverPageCount says', () => {
    for (const n of [1, 10, 37, 38, 100, 500]) {
      const { pages, links } = coverPages(entries(n), { heading: 'Briefs', subheading: `${n} briefs` }, A4, fonts);
      expect(pages).toHaveLength(coverPageCount(n, A4));
      expect(links.map((l) => l.brief)).toEqual(entries(n).map((_, i) => i));
      const listed = lines(pages).filter((l) => l.pieces.length === 2);
      expect(listed.map((l) => l.pieces[0]!.text)).toEqual(entries(n).map((e) => e.title));
      const listedPage = pages.flatMap((p, pageIndex) => p.ops.filter((op) => op.kind === 'text' && op.pieces.length === 2).map(() => pageIndex));
      for (const [i, line] of listed.entries()) {
        // Each line's link covers it, on its page.
        expect(links[i]!.page).toBe(listedPage[i]);
        expect(links[i]!.y).toBeLessThan(line.y);
        expect(links[i]!.y + links[i]!.height).toBeGreaterThan(line.y);
        const number = line.pieces[1]!;
        expect(number.text).toBe(String(3 + 2 * i));
        expect(number.x + measureText(fonts.sans!.regular, line.size, number.text)).toBeCloseTo(A4.width - 56, 6);
      }
      for (const page of pages) for (const line of lines([page])) expect(line.y).toBeLessThanOrEqual(A4.height - 56);
    }
  });

  it('puts the heading on the first page only', () => {
    const { pages } = coverPages(entries(100), { heading: 'Briefs — 2026-11-26', subheading: '100 briefs' }, A4, fonts);
    expect(lines([pages[0]!]).filter((l) => l.role === 'H1').map((l) => l.pieces[0]!.text)).toEqual(['Briefs — 2026-11-26']);
    expect(lines(pages.slice(1)).some((l) => l.role === 'H1')).toBe(false);
  });

  it('uses the sans family when the theme has one', () => {
    expect(coverFamily({ serif: fonts.sans!, sans: fonts.sans! })).toBe('sans');
    expect(coverFamily({ text: fonts.sans! })).toBe('text');
  });
});

describe('fitText', () => {
  const file = fonts.sans!.regular;
  it('keeps text that fits and cuts what does not at a word, with an ellipsis', () => {
    expect(fitText(file, 11, 'Short title', 300)).toBe('Short title');
    const long = 'A very long headline that cannot possibly fit on one line of a narrow cover column';
    const cut = fitText(file, 11, long, 150);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(measureText(file, 11, cut)).toBeLessThanOrEqual(150);
    expect(measureText(file, 11, fitText(file, 11, 'Unbreakableverylongwordwithoutanyspace', 60))).toBeLessThanOrEqual(60);
  });
});
