/** Every corpus article rendered and read back with a real PDF reader. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBriefFromBytes } from '../../src/index.js';
import { corpusArticles, readBytes } from '../helpers/corpus.js';
import { fontEmbedding, foldWord, missingInOrder, pdfWords, readPdf } from '../helpers/pdf.js';

const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const date = new Date('2026-11-26T08:00:00Z');

describe.each(corpusArticles().map((f) => [path.basename(f), f]))('%s', (_name, file) => {
  it('prints every body word, in order, in embedded fonts, on a sane number of A4 pages', async () => {
    const result = await renderBriefFromBytes(file, readBytes(file), { date });
    const pdf = await readPdf(result.pdf);

    expect(pdf.pages).toBe(result.pages);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(4);
    for (const size of pdf.pageSizes) expect(size).toEqual({ width: 595.28, height: 841.89 });

    // The body is set at the base sizes of the theme: read only those items, in stream order.
    const theme = (await import('../../src/compose/templateSet.js')).loadTemplateSet().theme;
    const bodySizes = [theme.textBase.size, ...['body', 'h2'].map((e) => theme.text[e]?.size ?? theme.textBase.size)];
    const body = pdf.items.flat().filter((i) => bodySizes.some((s) => Math.abs(i.size - s) < 0.05)).map((i) => i.str);
    const source = result.article.blocks.flatMap((b) => b.text.split(/[\s\u00a0\u202f]+/u)).map(foldWord).filter(Boolean);
    expect(missingInOrder(source, pdfWords(body))).toEqual([]);

    const fonts = fontEmbedding(result.pdf);
    expect(fonts.descriptors).toBeGreaterThanOrEqual(3);
    expect(fonts.programs).toBe(fonts.descriptors);
  });

  it.skipIf(!hasQpdf)('passes qpdf --check', async () => {
    const result = await renderBriefFromBytes(file, readBytes(file), { date });
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'briefpress-')), 'brief.pdf');
    writeFileSync(out, result.pdf);
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });
});
