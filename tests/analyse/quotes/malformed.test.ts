import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('malformed quotations', () => {
  it('reports an unclosed « with its line and column, and keeps the quote to the paragraph end', () => {
    const r = quotesOf('fr', 'Le maire Henri Vidal a tranché. « Le marché restera place du Château, quoi qu\u2019il arrive.', 'Les commerçants attendent.');
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Henri Vidal', 'Le marché restera place du Château, quoi qu\u2019il arrive.']]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({
      code: 'quote.unclosed', severity: 'warning', source: { file: 'test.txt', line: 3, column: 33 },
    }));
  });

  it('reports a quote closed with « and still attributes its incise', () => {
    const r = quotesOf('fr', '« Les travaux dureront jusqu\u2019en septembre. « , a écrit Nathalie Roche.');
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Nathalie Roche', 'Les travaux dureront jusqu\u2019en septembre.']]);
    expect(r.diagnostics.map((d) => d.code)).toContain('quote.closed-with-opening-mark');
  });

  it('reports a full quotation without a speaker', () => {
    const r = quotesOf('fr', 'La rumeur courait depuis des semaines. « Personne ne sait qui a donné l\u2019ordre de fermer. »');
    expect(r.quotes[0]!.speaker).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toContain('quote.no-speaker');
  });
});
