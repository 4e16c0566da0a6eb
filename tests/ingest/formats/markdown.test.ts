import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/diagnostics.js';
import { ingestText } from '../../../src/ingest/ingest.js';
import { thrown } from '../../helpers/thrown.js';

const article = `---
title: "Le port de Brest s'agrandit"
dek: Un nouveau quai pour les porte-conteneurs
date: 2026-03-04
author: Jeanne Martin
source: Le Télégramme
---

Le conseil régional a voté **mardi** un budget de 40 millions d'euros pour le [port](https://example.org).

## Les réactions

- « C'est une bonne nouvelle pour l'emploi », a déclaré le maire.
- Les syndicats restent prudents.

> Une citation en bloc.
`;

describe('Markdown articles', () => {
  const a = ingestText('brest.md', article);

  it('takes title, dek, date, byline and source from the front matter', () => {
    expect(a).toMatchObject({ title: "Le port de Brest s'agrandit", dek: 'Un nouveau quai pour les porte-conteneurs', date: '2026-03-04', byline: 'Jeanne Martin', sourceLine: 'Le Télégramme', lang: 'fr' });
  });

  it('reads paragraphs, subheadings, list items and block quotes, markup reduced to words', () => {
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', "Le conseil régional a voté mardi un budget de 40 millions d'euros pour le port."],
      ['heading', 'Les réactions'],
      ['paragraph', "« C'est une bonne nouvelle pour l'emploi », a déclaré le maire."],
      ['paragraph', 'Les syndicats restent prudents.'],
      ['paragraph', 'Une citation en bloc.'],
    ]);
  });

  it('keeps spans and lines pointing into the file', () => {
    const quote = a.blocks[2]!;
    expect(a.source.slice(quote.start, quote.end)).toContain('bonne nouvelle');
    expect(quote.line).toBe(13);
  });

  it('takes the first heading as the title when the front matter has none', () => {
    const b = ingestText('x.md', '# Storm hits the coast\n\nThe storm reached the coast on Monday and left thousands without power.\n');
    expect(b.title).toBe('Storm hits the coast');
    expect(b.source.slice(b.titleSpan.start, b.titleSpan.end)).toBe('# Storm hits the coast');
    expect(b.blocks).toHaveLength(1);
  });

  it('names the file and line of invalid front matter', () => {
    const e = thrown(() => ingestText('bad.md', '---\ntitle: [unclosed\n---\n\nText.'), BriefError);
    expect(e.message).toMatch(/^bad\.md:\d+: invalid front matter/);
  });

  it('refuses a Markdown article without any title', () => {
    expect(thrown(() => ingestText('t.md', 'Just a paragraph.'), BriefError).message).toContain('has no title');
  });
});
