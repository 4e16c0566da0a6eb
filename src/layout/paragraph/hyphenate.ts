/**
 * Hyphenation points of single words from TeX patterns (the `hyphen` package), by language, with
 * the typographer's rules on top: minimum word and fragment lengths, no hyphenation of names,
 * numbers, URLs or words containing digits, and compounds broken only at their own hyphen.
 */
import { createRequire } from 'node:module';

/** Offsets inside `word` after which a line may break (a hyphen is drawn unless word[at-1] is one). */
export type Hyphenator = (word: string) => number[];

interface HyphenPatterns {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

/** Shortest word (in letters) worth hyphenating: breaking a shorter word saves too little. */
export const MIN_WORD_LETTERS = 5;
/** Letters kept before a line-end hyphen (TeX's lefthyphenmin for French and English is 2: "dé-", "in-"). */
export const MIN_HEAD_LETTERS = 2;
/** Letters carried to the next line (TeX's righthyphenmin is 3 for French and English). */
export const MIN_TAIL_LETTERS = 3;

const SOFT_HYPHEN = '\u00AD';
const LETTER = /\p{L}/u;
const APOSTROPHES = /['’]/g;
const HARD_HYPHENS = /[-\u2010]/;
/** Addresses and handles are never hyphenated: a hyphen would become part of them. */
const URL_LIKE = /[/@\\_]|www\.|\p{L}\.\p{L}/u;

/** `hyphen` ships some languages under a regional name only. */
const PATTERN_NAMES: Record<string, string> = { en: 'en-us', de: 'de-1996', el: 'el-monoton', mn: 'mn-cyrl', sr: 'sr-cyrl' };

const require = createRequire(import.meta.url);
const hyphenators = new Map<string, Hyphenator>();

/** The hyphenator of a language, or one that never hyphenates when `hyphen` has no patterns for it. */
export function hyphenatorFor(lang: string): Hyphenator {
  const key = lang.toLowerCase();
  let h = hyphenators.get(key);
  if (!h) {
    const patterns = loadPatterns(key);
    h = patterns ? cachedHyphenator(patterns) : () => [];
    hyphenators.set(key, h);
  }
  return h;
}

function loadPatterns(lang: string): HyphenPatterns | null {
  // The language code becomes part of a module path: accept tags only, nothing path-like.
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(lang)) return null;
  for (const name of [PATTERN_NAMES[lang] ?? lang, lang.split('-')[0]!]) {
    try {
      return require(`hyphen/${name}`) as HyphenPatterns;
    } catch {
      // no patterns under this name; try the next
    }
  }
  return null;
}

function cachedHyphenator(patterns: HyphenPatterns): Hyphenator {
  const cache = new Map<string, number[]>();
  return (word) => {
    let points = cache.get(word);
    if (!points) {
      points = hyphenationPoints(patterns, word);
      cache.set(word, points);
    }
    return points;
  };
}

/** Break offsets in `word` (which may carry punctuation such as « ( , . around its letters). */
export function hyphenationPoints(patterns: HyphenPatterns, word: string): number[] {
  if (/\d/.test(word) || URL_LIKE.test(word)) return [];
  const [start, end] = letterSpan(word);
  const core = word.slice(start, end);
  if (core.length === 0) return [];
  if (HARD_HYPHENS.test(core)) return compoundPoints(core).map((at) => at + start);
  // Elided article or pronoun (d’investissement, l’infrastructure): hyphenate what follows it.
  APOSTROPHES.lastIndex = 0;
  let elision = 0;
  for (let m = APOSTROPHES.exec(core); m; m = APOSTROPHES.exec(core)) elision = m.index + 1;
  const stem = core.slice(elision);
  if (!isHyphenableStem(stem)) return [];
  const marked = patterns.hyphenateSync(stem, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LETTERS });
  return softHyphenOffsets(marked)
    .filter((at) => at >= MIN_HEAD_LETTERS && stem.length - at >= MIN_TAIL_LETTERS)
    .map((at) => at + elision + start);
}

/** Offsets just after each hyphen of a compound, when both sides are long enough to stand alone. */
function compoundPoints(core: string): number[] {
  const points: number[] = [];
  for (let i = 0; i < core.length; i++) {
    if (HARD_HYPHENS.test(core[i]!) && i >= MIN_HEAD_LETTERS && core.length - i - 1 >= MIN_TAIL_LETTERS) points.push(i + 1);
  }
  return points;
}

/** A lower-case word of letters only: capitalised words are names (or acronyms), left whole. */
function isHyphenableStem(stem: string): boolean {
  if (stem.length < MIN_WORD_LETTERS) return false;
  const first = stem[0]!;
  if (first !== first.toLowerCase()) return false;
  for (const ch of stem) if (!LETTER.test(ch)) return false;
  return true;
}

/** Start and end of the part of `word` between its leading and trailing non-letters. */
function letterSpan(word: string): [number, number] {
  let start = 0;
  let end = word.length;
  while (start < end && !LETTER.test(word[start]!)) start++;
  while (end > start && !LETTER.test(word[end - 1]!)) end--;
  return [start, end];
}

function softHyphenOffsets(marked: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === SOFT_HYPHEN) offsets.push(at);
    else at += ch.length;
  }
  return offsets;
}
