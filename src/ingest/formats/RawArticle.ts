/** What a format reader finds in a file, before the format-independent steps of ingest. */
import type { Span } from '../Article.js';
import type { RawBlock } from '../splitBlocks.js';

/** Facts an article states about itself (front matter), all optional. */
export interface ArticleMeta {
  title?: string;
  dek?: string;
  date?: string;
  byline?: string;
  source?: string;
  lang?: string;
}

export interface RawArticle {
  title: string;
  titleSpan: Span;
  /** Body blocks in order; `heading` when the format marks it (Markdown `##`). */
  body: (RawBlock & { heading?: boolean })[];
  meta: ArticleMeta;
}
