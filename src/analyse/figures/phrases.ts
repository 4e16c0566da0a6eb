/** Matching data phrases (token sequences) against article tokens, forwards and backwards. */
import type { Phrases } from './lexicon.js';
import type { Token } from './tokenize.js';

export interface PhraseMatch<T> {
  value: T;
  /** First and last token index of the match. */
  first: number;
  last: number;
}

/**
 * Case-insensitive unless the phrase holds an upper-case letter ("USD", "Md"): codes and
 * symbols must match as written, words in any case.
 */
function wordMatches(token: Token, word: string): boolean {
  return word === word.toLowerCase() ? token.lower === word : token.text === word;
}

/** The longest phrase starting at token `i`. */
export function phraseAt<T>(tokens: Token[], i: number, phrases: Phrases<T>): PhraseMatch<T> | null {
  for (const p of phrases) {
    if (i + p.words.length > tokens.length) continue;
    if (p.words.every((w, k) => wordMatches(tokens[i + k]!, w))) return { value: p.value, first: i, last: i + p.words.length - 1 };
  }
  return null;
}

/** The longest phrase ending at token `i`. */
export function phraseEndingAt<T>(tokens: Token[], i: number, phrases: Phrases<T>): PhraseMatch<T> | null {
  for (const p of phrases) {
    const first = i - p.words.length + 1;
    if (first < 0) continue;
    if (p.words.every((w, k) => wordMatches(tokens[first + k]!, w))) return { value: p.value, first, last: i };
  }
  return null;
}
