/**
 * Every Handlebars helper a template can call, registered from this one module (DESIGN.md).
 * Helpers return plain strings: Handlebars escapes them, so article text never becomes markup.
 */
import type { HelperDelegate } from 'handlebars';
import { dateParts } from '../analyse/figures/localeFormat.js';

const NNBSP = '\u202f';

/** The quotation marks of the language around `text`: « … » with narrow no-break spaces in French. */
export function quoteMarks(text: string, lang: string): string {
  if (lang === 'fr') return `«${NNBSP}${text}${NNBSP}»`;
  if (lang === 'de') return `„${text}“`;
  return `“${text}”`;
}

/** `2012-07-12` -> "12 juillet 2012" / "July 12, 2012"; other strings are returned as they are. */
export function formatDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dateParts(lang, date, true).map((p) => p.value).join('');
}

export const helpers: Record<string, HelperDelegate> = {
  quoteMarks: (text: string, lang: string) => quoteMarks(text, lang),
  formatDate: (iso: string, lang: string) => formatDate(iso, lang),
  eq: (a: unknown, b: unknown) => a === b,
  upper: (s: string) => s.toUpperCase(),
};
