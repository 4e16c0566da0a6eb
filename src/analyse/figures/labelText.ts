/** What every label rule shares: the word limit, the clause breaks, and label text from tokens. */
import type { Token } from './tokenize.js';

export const MAX_WORDS = 8;
export const STRONG_BREAKS = new Set([';', ':', '(', ')', '«', '»', '"', '“', '”', '—', '[', ']']);
export const WEAK_BREAKS = new Set([',', '–']);

/** Elided articles and prepositions ("l'", "d'") lean on the next word and are not counted. */
export const isElided = (t: Token) => t.kind === 'word' && /['’]$/.test(t.text);
export const isWord = (t: Token) => (t.kind === 'word' && !isElided(t)) || t.kind === 'number';

/** The article's text from the first to the last token of a run, white space collapsed. */
export function textOf(source: string, tokens: Token[], run: number[]): string {
  if (run.length === 0) return '';
  return source.slice(tokens[run[0]!]!.start, tokens[run[run.length - 1]!]!.end).replace(/\s+/g, ' ');
}

/** Words as the figure box counts them: runs of non-space characters. */
export const wordCount = (text: string) => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);
