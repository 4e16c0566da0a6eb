/** The PDF as readers see it: metadata, tags, deterministic bytes, fonts. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderBriefFromBytes } from '../../src/index.js';
import { SEED, readBytes } from '../helpers/corpus.js';

const date = new Date('2026-11-26T08:00:00Z');

interface StructNode {
  role?: string;
  children?: StructNode[];
  type?: string;
}

const roles = (node: StructNode): string[] => [node.role ?? '', ...(node.children ?? []).flatMap(roles)].filter(Boolean);

describe('rendered PDF', () => {
  it('is byte-identical for the same input and date, and differs with another date', async () => {
    const bytes = readBytes(SEED);
    const a = await renderBriefFromBytes(SEED, bytes, { date });
    const b = await renderBriefFromBytes(SEED, bytes, { date });
    const c = await renderBriefFromBytes(SEED, bytes, { date: new Date('2026-11-27T08:00:00Z') });
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    expect(Buffer.from(a.pdf).equals(Buffer.from(c.pdf))).toBe(false);
  });

  it('carries metadata, language and a tag tree: headline, paragraphs, the sidebar as an aside', async () => {
    const result = await renderBriefFromBytes(SEED, readBytes(SEED), { date });
    const doc = await getDocument({ data: new Uint8Array(result.pdf), verbosity: 0 }).promise;
    const { info } = (await doc.getMetadata()) as { info: Record<string, unknown> };
    expect(info.Title).toBe(result.article.title);
    expect(info.Language).toBe('fr');
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
    const tree = (await (await doc.getPage(1)).getStructTree()) as StructNode;
    const found = roles(tree);
    expect(found).toContain('H1');
    // The sidebar's custom Aside type reaches PDF 1.7 readers through the role map, as a section.
    expect(found).toContain('Sect');
    expect(found.filter((r) => r === 'P').length).toBeGreaterThan(10);
    await doc.destroy();
  });
});
