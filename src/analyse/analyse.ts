/** The analyse stage: people and quotations, then figures, from one ingested article. */
import type { Article } from '../ingest/Article.js';
import type { Analysis } from './Analysis.js';
import { extractQuotes } from './quotes/extractQuotes.js';
import { extractFigures } from './figures/extractFigures.js';

export function analyse(article: Article): Analysis {
  const quoted = extractQuotes(article);
  const counted = extractFigures(article);
  return {
    people: quoted.people,
    quotes: quoted.quotes,
    figures: counted.figures,
    diagnostics: [...quoted.diagnostics, ...counted.diagnostics],
  };
}
