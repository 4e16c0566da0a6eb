/** The output of the ingest stage: one article, its parts located in the source text. */
import type { Diagnostic } from '../diagnostics.js';

export type Lang = string; // ISO 639-1: 'fr', 'en', …

/** A span of the source text: `[start, end)` in UTF-16 units of `Article.source`. */
export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  kind: 'paragraph' | 'heading';
  /** The words exactly as in the source (trimmed), with line breaks inside joined by one space. */
  text: string;
  /** 1-based line where the block starts. */
  line: number;
}

export type SetAsideKind = 'caption' | 'credit' | 'trailer' | 'dateline';

/** A page part found in the body (caption, credit line, trailer, dateline), kept out of the flow. */
export interface SetAside extends Span {
  kind: SetAsideKind;
  text: string;
  line: number;
}

export interface Article {
  file: string;
  /** The decoded input text, unchanged: every offset in later stages points into it. */
  source: string;
  /**
   * `source` with spaces (U+00A0, U+202F, U+2009, tabs…) turned into U+0020 and typographic
   * apostrophes into `'`, character for character: same length, so offsets agree.
   */
  normalized: string;
  lang: Lang;
  title: string;
  /** Where the title stands in `source` (line 1); quotes and figures in it are found too. */
  titleSpan: Span;
  dek: string | null;
  /** Publication date `YYYY-MM-DD`, from the dateline or front matter. */
  date: string | null;
  byline: string | null;
  /** Where the article comes from (a trailer such as `Source-145`, or front matter). */
  sourceLine: string | null;
  blocks: Block[];
  setAside: SetAside[];
  diagnostics: Diagnostic[];
}
