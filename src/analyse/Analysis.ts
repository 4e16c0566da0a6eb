/** The output of the analyse stage: people, quotations and figures found in an article. */
import type { Diagnostic } from '../diagnostics.js';
import type { Span } from '../ingest/Article.js';

export interface Person {
  /** Full name as the article first gives it: "Kevin Scott". */
  name: string;
  /** Roles the article gives the person, in its wording: "CTO de Microsoft". */
  roles: string[];
  /** Other ways the article refers to them: "Scott". */
  aliases: string[];
}

export type QuoteKind = 'full' | 'fragment';

export interface Quote extends Span {
  /** The quoted words without the marks, exactly as in the source (trimmed). */
  text: string;
  /** Full name of the person credited, or null when nothing attributes the words. */
  speaker: string | null;
  kind: QuoteKind;
  /** Chosen for the quote sidebar. */
  sidebar: boolean;
  /** For the sidebar, a long quote shortened at sentence boundaries with " […]"; `text` stays whole. */
  sidebarText?: string;
}

/** A number's meaning: a scalar, a `[low, high]` range, or an ISO date string for unit `date`. */
export type FigureValue = number | [number, number] | string;

export type Qualifier =
  | 'about'
  | 'at least'
  | 'more than'
  | 'nearly'
  | 'almost'
  | 'at most'
  | 'less than'
  | 'up to'
  | 'only';

export interface Figure extends Span {
  /** The number with its unit or noun, as in the source, qualifier excluded. */
  surface: string;
  value: FigureValue;
  /** ISO 4217 code, `percent`, `year`, `date`, a duration unit, or the counted noun. */
  unit: string;
  /** What it measures, a short phrase from its sentence in the article's language. */
  label: string;
  qualifier: Qualifier | null;
  /** Chosen for the key-figures box. */
  key: boolean;
}

export interface Analysis {
  people: Person[];
  quotes: Quote[];
  figures: Figure[];
  diagnostics: Diagnostic[];
}
