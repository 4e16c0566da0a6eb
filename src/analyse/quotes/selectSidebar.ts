/**
 * The quotations for the sidebar: complete statements with a speaker, no two saying the same
 * thing, several speakers when there are several, at most four; a long one shortened at a
 * sentence boundary, never altered otherwise.
 */
import type { Quote } from '../Analysis.js';
import { foldWords, longestCommonRun } from './foldWords.js';

export const SIDEBAR_SIZE = 4;
/** Shorter statements say too little to stand alone. */
const MIN_WORDS = 8;
/** Longer ones are cut at a sentence boundary. */
const MAX_WORDS = 45;
/** Two quotations sharing a run of this share of the shorter one's words say the same thing. */
const NEAR_DUPLICATE = 0.5;

export interface SidebarCandidate {
  quote: Quote;
  /** Quotations in the headline are printed there already. */
  inHeadline: boolean;
}

/**
 * The quotation's words for the sidebar: whole when short enough, else its first sentences up to
 * the limit followed by an ellipsis. Null when even its first sentence is too long.
 */
export function sidebarExcerpt(text: string, maxWords = MAX_WORDS): string | null {
  if (foldWords(text).length <= maxWords) return text;
  const sentences = text.match(/[^.!?…]+(?:[.!?…]+(?=\s|$)|$)\s*/gu) ?? [text];
  let excerpt = '';
  for (const s of sentences) {
    if (foldWords(excerpt + s).length > maxWords) break;
    excerpt += s;
  }
  return excerpt ? `${excerpt.trimEnd()} […]` : null;
}

/** Higher for statements that read well alone: a capital first, a full stop last, 12–40 words. */
function readability(q: Quote): number {
  const n = foldWords(q.text).length;
  const opens = /^\p{Lu}/u.test(q.text) ? 2 : 0;
  const length = n >= 12 && n <= 40 ? 2 : n <= MAX_WORDS ? 1 : 0;
  return opens + length;
}

function isNearDuplicate(a: Quote, b: Quote): boolean {
  const wa = foldWords(a.text);
  const wb = foldWords(b.text);
  return longestCommonRun(wa, wb) >= NEAR_DUPLICATE * Math.min(wa.length, wb.length);
}

/**
 * Indexes (into `candidates`) of the sidebar quotations, with their excerpt. The best quotation
 * of each speaker comes first, speakers in order of their best; then the next best overall.
 */
export function selectSidebar(candidates: SidebarCandidate[]): Map<number, string> {
  const eligible = candidates
    .map((c, index) => ({ ...c, index, excerpt: sidebarExcerpt(c.quote.text) }))
    .filter((c) => c.quote.kind === 'full' && c.quote.speaker !== null && !c.inHeadline && c.excerpt !== null &&
      foldWords(c.quote.text).length >= MIN_WORDS)
    .sort((a, b) => readability(b.quote) - readability(a.quote) || a.index - b.index);
  const chosen: typeof eligible = [];
  const take = (c: (typeof eligible)[number]) => {
    if (chosen.length < SIDEBAR_SIZE && !chosen.includes(c) && !chosen.some((x) => isNearDuplicate(x.quote, c.quote))) chosen.push(c);
  };
  const speakers = [...new Set(eligible.map((c) => c.quote.speaker))];
  for (const s of speakers) take(eligible.find((c) => c.quote.speaker === s)!);
  for (const c of eligible) take(c);
  return new Map(chosen.map((c) => [c.index, c.excerpt!]));
}
