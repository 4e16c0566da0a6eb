import { describe, expect, it } from 'vitest';
import { ingest, ingestText } from '../../src/ingest/ingest.js';
import { normalizeText } from '../../src/ingest/normalizeText.js';
import { SEED, readBytes } from '../helpers/corpus.js';

describe('ingest', () => {
  const seed = ingest(SEED, readBytes(SEED));

  it('reads the seed: title, French, nine body paragraphs, page parts set aside', () => {
    expect(seed.title).toBe('Le partenariat OpenAI de Microsoft est né de l’envie de Google');
    expect(seed.lang).toBe('fr');
    expect(seed.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(9);
    expect(seed.setAside.map((p) => p.kind)).toEqual(['caption', 'credit', 'trailer']);
    expect(seed.sourceLine).toBe('Source-145');
    expect(seed.blocks.some((b) => b.text.includes('se présente sur scène'))).toBe(false);
  });

  it('reports each page part as a diagnostic with its line', () => {
    const codes = seed.diagnostics.map((d) => `${d.code}@${d.source?.line}`);
    expect(codes).toEqual(['set-aside.caption@11', 'set-aside.credit@13', 'set-aside.trailer@25']);
  });

  it('keeps block spans pointing at the source words', () => {
    for (const b of seed.blocks) expect(seed.source.slice(b.start, b.end).replace(/\s*\n\s*/g, ' ')).toBe(b.text);
    expect(seed.source.slice(seed.titleSpan.start, seed.titleSpan.end)).toBe(seed.title);
  });

  it('normalises spaces and apostrophes without moving any offset', () => {
    const text = 'l’État\u00a0: «\u202fnon\u202f»\tdit-il';
    const n = normalizeText(text);
    expect(n).toBe("l'État : « non » dit-il");
    expect(n).toHaveLength(text.length);
    expect(seed.normalized).toHaveLength(seed.source.length);
  });

  it('takes a dateline off the first paragraph as the date', () => {
    const a = ingestText('a.txt', 'Titre\n\n12 juillet 2012. - Le texte commence ici.\n\nSuite.');
    expect(a.date).toBe('2012-07-12');
    expect(a.blocks[0]!.text).toBe('Le texte commence ici.');
    expect(a.setAside[0]).toMatchObject({ kind: 'dateline', text: '12 juillet 2012' });
  });

  it('detects English and lets --lang override the detection', () => {
    const text = 'Storm hits the coast\n\nThe storm reached the coast on Monday and thousands of people were left without power.';
    expect(ingestText('e.txt', text).lang).toBe('en');
    expect(ingestText('e.txt', text, { lang: 'fr' }).lang).toBe('fr');
  });

  it('warns, not fails, on a title without body', () => {
    const a = ingestText('t.txt', 'Only a title');
    expect(a.blocks).toEqual([]);
    expect(a.diagnostics.map((d) => d.code)).toContain('ingest.no-body');
  });

  it('reads CRLF files', () => {
    const a = ingestText('w.txt', 'Title here\r\n\r\nFirst paragraph of the article, on two\r\nlines.\r\n\r\nSecond one.\r\n');
    expect(a.title).toBe('Title here');
    expect(a.blocks.map((b) => b.text)).toEqual(['First paragraph of the article, on two lines.', 'Second one.']);
  });
});
