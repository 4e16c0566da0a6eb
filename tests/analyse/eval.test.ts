import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest.js';
import { extractQuotes } from '../../src/analyse/quotes/extractQuotes.js';
import { readFileSync } from 'node:fs';
import { DEFAULT_FOLDER, evaluateFolder } from '../tools/eval.js';
import { formatTable, prf, scoreQuotes, sum, type Gold } from '../tools/score.js';

describe('eval on the corpus copy', () => {
  it('prints the table of quote and figure scores', () => {
    const scores = evaluateFolder(DEFAULT_FOLDER);
    console.log(formatTable(scores));
    expect(scores.length).toBeGreaterThanOrEqual(7);
    const quotes = sum(scores.map((s) => s.quotes));
    expect(prf(quotes).f1).toBeGreaterThan(0);
  });

  it('finds and attributes every quotation of the seed gold file', () => {
    const id = 'fr_microsoft_openai_envie_google';
    const gold = JSON.parse(readFileSync(`${DEFAULT_FOLDER}/${id}.gold.json`, 'utf8')) as Gold;
    const article = ingestText(`${id}.txt`, readFileSync(`${DEFAULT_FOLDER}/${id}.txt`, 'utf8'), { lang: 'fr' });
    const s = scoreQuotes(extractQuotes(article).quotes, gold);
    expect(s.missed).toEqual([]);
    // The one implicit attribution (Nadella, named only as "son PDG" after the quote) is not read.
    expect(s.wrongSpeaker.map((w) => w.gold.text)).toEqual(['la raison pour laquelle je veux que nous fassions cela']);
  });

  it('shows the long Kevin Scott and Satya Nadella quotations in the seed sidebar', () => {
    const id = 'fr_microsoft_openai_envie_google';
    const article = ingestText(`${id}.txt`, readFileSync(`${DEFAULT_FOLDER}/${id}.txt`, 'utf8'), { lang: 'fr' });
    const sidebar = extractQuotes(article).quotes.filter((q) => q.sidebar);
    expect(sidebar.length).toBeLessThanOrEqual(4);
    expect(new Set(sidebar.map((q) => q.speaker))).toEqual(new Set(['Satya Nadella', 'Kevin Scott']));
    expect(sidebar.every((q) => q.kind === 'full')).toBe(true);
    expect(sidebar.map((q) => q.text.slice(0, 20))).toContain('Très bon e-mail qui ');
  });
});
