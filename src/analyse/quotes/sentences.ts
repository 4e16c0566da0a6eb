/** Sentence boundaries of a paragraph, taken outside quotations so a quote never splits. */
import type { MarkedQuote } from './pairQuoteMarks.js';
import type { LangData } from './langData.js';

export interface Sentence {
  start: number;
  end: number;
}

const END = /[.!?…]/u;
const OPENING = /[\p{Lu}\p{N}«“"‘'„(]/u;

/** Whether the word ending at `i` (exclusive of the period at `i`) is an abbreviation or an initial. */
function isAbbreviationBefore(text: string, i: number, data: LangData): boolean {
  const word = /[\p{L}.'-]+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
  return /^\p{Lu}$/u.test(word) || data.abbreviations.has(`${word.toLowerCase()}.`) || /\p{L}\.\p{L}$/u.test(word);
}

/** Whether a new sentence starts after the spaces that follow `i`. */
function startsSentenceAfter(text: string, i: number): boolean {
  let j = i;
  if (j < text.length && !/\s/u.test(text[j]!)) return false;
  while (j < text.length && /\s/u.test(text[j]!)) j += 1;
  return j >= text.length || OPENING.test(text[j]!);
}

/**
 * Sentences of `text`: a sentence ends at . ! ? … followed by a space and a capital (or a
 * quotation mark), or at a closing mark whose quotation ends that way.
 */
export function splitSentences(text: string, quotes: MarkedQuote[], data: LangData): Sentence[] {
  const cuts: number[] = [];
  let q = 0;
  for (let i = 0; i < text.length; i += 1) {
    const quote = quotes[q];
    if (quote && i === quote.open) {
      const lastInside = text.slice(quote.start, quote.end).trimEnd().slice(-1);
      i = quote.close - 1;
      q += 1;
      if (END.test(lastInside) && startsSentenceAfter(text, quote.close)) cuts.push(quote.close);
      continue;
    }
    if (END.test(text[i]!) && !(text[i] === '.' && isAbbreviationBefore(text, i, data))) {
      let j = i + 1;
      while (j < text.length && END.test(text[j]!)) j += 1;
      if (startsSentenceAfter(text, j)) cuts.push(j);
      i = j - 1;
    }
  }
  const sentences: Sentence[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    while (start < cut && /\s/u.test(text[start]!)) start += 1;
    if (cut > start) sentences.push({ start, end: cut });
    start = cut;
  }
  return sentences;
}
