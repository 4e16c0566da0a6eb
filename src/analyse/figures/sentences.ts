/** Sentence bounds over a block's tokens: the label of a figure comes from its own sentence. */
import type { Token } from './tokenize.js';

const TERMINALS = new Set(['.', '!', '?', '…']);
const OPENS_SENTENCE = /^[\p{Lu}\d«"“(]/u;
/** "M. Dupont", "U.S.", "Dr.": a period after one letter or a short title does not end a sentence. */
const ABBREVIATION = /^(?:\p{L}|M|Mr|Mrs|Ms|Dr|Pr|St|Mme|Mlle|MM|Jr|Sr|U\.S|etc)$/u;

/** `[first, last]` token indices of each sentence. */
export function sentenceBounds(tokens: Token[]): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    const ends = TERMINALS.has(t.text) && !(t.text === '.' && ABBREVIATION.test(tokens[k - 1]?.text ?? ''));
    if (next && !(ends && next.spaced && OPENS_SENTENCE.test(next.text))) return;
    bounds.push([start, k]);
    start = k + 1;
  });
  return bounds;
}
