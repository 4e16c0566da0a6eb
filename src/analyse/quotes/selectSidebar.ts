/**
 * The quotations for the sidebar: complete statements with a surely attributed speaker, no two saying the same
 * thing, several speakers when there are several, at most four; a long one shortened at a
 * sentence boundary, never altered otherwise.
 */
import type { Quote } from '../Analysis.js';
import { foldWords, longestCommonRun } from './foldWords.js';

export const SIDEBAR_SIZE = 4;
/** Shorter statements say too little to stand alone. */
const MIN_WORDS = 8;
/** Longer ones are cut at a sentence boundary… */
const MAX_WORDS = 45;
/** …and a single sentence longer than this does not fit at all. */
const MAX_SENTENCE_WORDS = 60;
/** Two quotations sharing a run of this share of the shorter one's words say the same thing. */
const NEAR_DUPLICATE = 0.5;
const ELLIPSIS = ' […]';

export interface SidebarCandidate {
  quote: Quote;
  /** Quotations in the headline are printed there already. */
  inHeadline: boolean;
  /** Its speaker is named in its sentence or the one before, not guessed from a pronoun or carried on. */
  surelyAttributed: boolean;
}

/** Sentences of a quotation: a cut after . ! ? … followed by a space and a capital. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=[\p{Lu}«“"])/u);
}

/**
 * The quotation's words for the sidebar: whole when short enough, else its first sentences up to
 * the limit followed by an ellipsis. Null when even its first sentence is too long.
 */
export function sidebarExcerpt(text: string, maxWords = MAX_WORDS, maxSentence = MAX_SENTENCE_WORDS): string | null {
  if (foldWords(text).length <= maxWords) return text;
  const sentences = sentencesOf(text);
  let taken = 0;
  while (taken < sentences.length && foldWords(sentences.slice(0, taken + 1).join(' ')).length <= maxWords) taken += 1;
  if (taken === 0 && foldWords(sentences[0]!).length <= maxSentence) taken = 1;
  if (taken === 0) return null;
  return taken === sentences.length ? text : `${sentences.slice(0, taken).join(' ')}${ELLIPSIS}`;
}

/**
 * Higher for statements that read well alone: a capital first, no "And"/"Mais" tying it to the
 * sentence before, 12–40 words as printed.
 */
function readability(q: Quote, excerpt: string, conjunctions: Set<string>): number {
  const n = foldWords(excerpt).length;
  const opens = /^\p{Lu}/u.test(q.text) ? 2 : 0;
  const alone = conjunctions.has(foldWords(q.text)[0] ?? '') ? 0 : 1;
  const length = n >= 12 && n <= 40 ? 2 : n <= MAX_WORDS ? 1 : 0;
  return opens + alone + length;
}

function isNearDuplicate(a: Quote, b: Quote): boolean {
  const wa = foldWords(a.text);
  const wb = foldWords(b.text);
  return longestCommonRun(wa, wb) >= NEAR_DUPLICATE * Math.min(wa.length, wb.length);
}

/**
 * Indexes (into `candidates`) of the sidebar quotations, with the words to print. The best
 * quotation of each speaker comes first, speakers in order of their best; then the next best.
 */
export function selectSidebar(candidates: SidebarCandidate[], conjunctions = new Set<string>()): Map<number, string> {
  const eligible = candidates
    .map((c, index) => ({ ...c, index, excerpt: sidebarExcerpt(c.quote.text) }))
    .filter((c): c is typeof c & { excerpt: string } => c.quote.kind === 'full' && c.quote.speaker !== null && c.surelyAttributed &&
      !c.inHeadline && c.excerpt !== null && foldWords(c.quote.text).length >= MIN_WORDS)
    .map((c) => ({ ...c, score: readability(c.quote, c.excerpt, conjunctions) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: typeof eligible = [];
  const take = (c: (typeof eligible)[number]) => {
    if (chosen.length < SIDEBAR_SIZE && !chosen.includes(c) && !chosen.some((x) => isNearDuplicate(x.quote, c.quote))) chosen.push(c);
  };
  const speakers = [...new Set(eligible.map((c) => c.quote.speaker))];
  for (const s of speakers) take(eligible.find((c) => c.quote.speaker === s)!);
  for (const c of eligible) take(c);
  return new Map(chosen.map((c) => [c.index, c.excerpt]));
}
