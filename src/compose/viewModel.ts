/** The one object a template receives: the article, chosen quotes and figures, labels, options. */
import type { Analysis } from '../analyse/Analysis.js';
import { formatFigure, formatQualifier } from '../analyse/figures/formatFigure.js';
import type { Article } from '../ingest/Article.js';
import { labelsFor, type Labels } from './labels.js';

export interface ViewModel {
  article: {
    title: string;
    dek: string | null;
    date: string | null;
    /** The dateline as the article writes it ("Monday, May 18, 2015"), else null. */
    dateline: string | null;
    byline: string | null;
    source: string | null;
    lang: string;
    blocks: { kind: 'paragraph' | 'heading'; text: string }[];
    /** Photo captions and credit lines found in the body: printed small after the article. */
    pageParts: { kind: 'caption' | 'credit'; text: string }[];
  };
  quotes: { text: string; speaker: string }[];
  figures: { value: string; qualifier: string | null; label: string }[];
  people: { name: string; roles: string[] }[];
  labels: Labels;
  keywords: string;
  options: { paper: string };
}

/**
 * A quote as a pull quote prints it: the comma or colon that led into the attribution ("…,"
 * said X) ends nothing once the quote stands alone, so it goes; the words stay as they are.
 */
export function pullQuoteText(text: string): string {
  return text.replace(/[\s,;:]+$/u, '');
}

export function buildViewModel(article: Article, analysis: Analysis, options: { paper: string }): ViewModel {
  const lang = article.lang;
  return {
    article: {
      title: article.title,
      dek: article.dek,
      date: article.date,
      dateline: article.setAside.find((p) => p.kind === 'dateline')?.text ?? null,
      byline: article.byline,
      source: article.sourceLine,
      lang,
      blocks: article.blocks.map((b) => ({ kind: b.kind, text: b.text })),
      pageParts: article.setAside.flatMap((p) => (p.kind === 'caption' || p.kind === 'credit' ? [{ kind: p.kind, text: p.text }] : [])),
    },
    quotes: analysis.quotes
      .filter((q) => q.sidebar && q.speaker)
      .map((q) => ({ text: pullQuoteText(q.sidebarText ?? q.text), speaker: q.speaker! })),
    figures: analysis.figures
      .filter((f) => f.key)
      .map((f) => ({ value: formatFigure(f, lang), qualifier: f.qualifier ? formatQualifier(f.qualifier, lang) : null, label: f.label })),
    people: analysis.people.map((p) => ({ name: p.name, roles: p.roles })),
    labels: labelsFor(lang),
    keywords: analysis.people.map((p) => p.name).join(', '),
    options,
  };
}
