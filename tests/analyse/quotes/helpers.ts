import { extractQuotes } from '../../../src/analyse/quotes/extractQuotes.js';
import { ingestText } from '../../../src/ingest/ingest.js';

/** Quotations of a small article: a headline, then the given paragraphs. */
export function quotesOf(lang: 'fr' | 'en', ...paragraphs: string[]) {
  const article = ingestText('test.txt', ['Titre sans citation', ...paragraphs].join('\n\n'), { lang });
  return extractQuotes(article);
}

/** `[speaker, text]` pairs, the shape most rules are checked on. */
export function attributed(lang: 'fr' | 'en', ...paragraphs: string[]): [string | null, string][] {
  return quotesOf(lang, ...paragraphs).quotes.map((q) => [q.speaker, q.text]);
}
