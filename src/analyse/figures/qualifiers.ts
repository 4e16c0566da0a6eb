/** Hedges around a number ("environ", "près de", "au moins", "more than", "or more"), kept out of the surface. */
import type { Qualifier } from '../Analysis.js';
import type { Lexicon } from './lexicon.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import type { Token } from './tokenize.js';

export interface QualifierMatch {
  qualifier: Qualifier;
  first: number;
  last: number;
}

/** "over 10 years" is a period, not "more than": some hedges never qualify a duration. */
export function qualifierBefore(tokens: Token[], first: number, lex: Lexicon, duration = false): QualifierMatch | null {
  const m = phraseEndingAt(tokens, first - 1, lex.qualifiersBefore);
  if (!m || (duration && lex.periodWords.has(tokens[m.last]!.lower))) return null;
  return { qualifier: m.value, first: m.first, last: m.last };
}

export function qualifierAfter(tokens: Token[], last: number, lex: Lexicon): QualifierMatch | null {
  const m = phraseAt(tokens, last + 1, lex.qualifiersAfter);
  return m ? { qualifier: m.value, first: m.first, last: m.last } : null;
}
