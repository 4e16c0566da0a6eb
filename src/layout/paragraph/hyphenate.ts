/**
 * Hyphenation points of single words from TeX patterns (the `hyphen` package), by language, with
 * the typographer's rules on top: minimum word and fragment lengths, no hyphenation of numbers,
 * URLs, words containing digits, acronyms or short names. Each point is graded: a syllable of a
 * common word, a compound's own hyphen, or a last resort (a syllable of a long capitalised word,
 * a syllable inside a compound's part) that the line breaker takes only to avoid a hole.
 */
import { BoundedCache } from '../boundedCache.js';
import { requireHyphen } from './hyphenModules.js';

/** How acceptable a break point is, best first (items.ts gives each its penalty). */
export type PointKind = 'syllable' | 'compound' | 'lastResort';

export interface HyphenPoint {
  /** Offset inside the word after which a line may break (a hyphen is drawn unless word[at-1] is one). */
  at: number;
  kind: PointKind;
}

export type Hyphenator = (word: string) => HyphenPoint[];

export interface HyphenPatterns {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

/** Shortest word (in letters) worth hyphenating: breaking a shorter word saves too little. */
export const MIN_WORD_LETTERS = 5;
/** Letters kept before a line-end hyphen (TeX's lefthyphenmin for French and English is 2: "dé-", "in-"). */
export const MIN_HEAD_LETTERS = 2;
/** Letters carried to the next line (TeX's righthyphenmin is 3 for French and English). */
export const MIN_TAIL_LETTERS = 3;
/**
 * Shortest capitalised word hyphenated (as a last resort): splitting a short name ("Fuad",
 * "Google") reads badly and saves little; long ones ("Massachusetts") can open holes if whole.
 */
export const MIN_NAME_LETTERS = 7;

const SOFT_HYPHEN = '\u00AD';
const LETTER = /\p{L}/u;
const APOSTROPHE = /['’]/;
const APOSTROPHES = /['’]/g;
/** Endings of an elided word longer than two letters (qu’, jusqu’, lorsqu’; Italian dell’, nell’). */
const ELIDED_ENDINGS = new Set(['qu', 'll']);
const HARD_HYPHENS = /[-\u2010]/;
/** Addresses and handles are never hyphenated: a hyphen would become part of them. */
const URL_LIKE = /[/@\\_]|www\.|\p{L}\.\p{L}/u;

/** `hyphen` ships some languages under a regional name only. */
const PATTERN_NAMES: Record<string, string> = { en: 'en-us', de: 'de-1996', el: 'el-monoton', mn: 'mn-cyrl', sr: 'sr-cyrl' };
/**
 * Patterns of the same language, built from another dictionary, asked when a language's own find
 * no break in a long common word: en-us has none in "spokesman", en-gb has "spokes-man". Asked
 * only then, so the two never mix within a word.
 */
const FALLBACK_PATTERNS: Record<string, string> = { 'en-us': 'en-gb', 'en-gb': 'en-us' };
/**
 * Shortest word the fallback patterns are asked about: a shorter word left whole rarely opens a
 * hole (it is under a fifth of a 160 pt column at 9 pt), and the second opinion is less tested.
 */
export const MIN_FALLBACK_LETTERS = 8;

/**
 * Words whose break points a hyphenator keeps (two generations of this many, see BoundedCache):
 * a brief has a few hundred distinct words, and a batch brings new names with every article.
 * Over the 1,000 articles of the batch benchmark, 2,048 misses 21 words an article, as many as
 * an unbounded cache (20); 1,024 misses 49.
 */
export const CACHED_WORDS = 2048;
/**
 * Words `hyphen`'s hyphenator of a language is asked about before it is made anew (see renewed):
 * it is asked only about the words CACHED_WORDS does not hold, so its own memo is never read again.
 */
const RENEW_AFTER_WORDS = 1024;

/** A language's patterns as `hyphen` ships them: levels, trie, and words given whole (exceptions). */
type PatternSet = readonly [unknown, unknown, Record<string, unknown>?];

const createHyphenator = requireHyphen('hyphen.js') as (patterns: PatternSet) => HyphenPatterns['hyphenateSync'];
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
    const primary = requirePatterns(name);
    if (!primary) continue;
    const fallback = FALLBACK_PATTERNS[name];
    return fallback ? withFallback(primary, () => requirePatterns(fallback)!) : primary;
  }
  return null;
}

function requirePatterns(name: string): HyphenPatterns | null {
  try {
    return renewed((requireHyphen(name) as { patterns: PatternSet }).patterns, RENEW_AFTER_WORDS);
  } catch {
    return null; // no patterns under this name
  }
}

/**
 * `hyphen`'s hyphenator of `patterns`, made anew after every `words` words: it memoises each word
 * it is given, for good, in objects keyed by the word and in the exceptions of `patterns`
 * themselves (a batch's worker held 5,000 words after 800 articles, and counting). Each
 * hyphenator gets its own copy of the exceptions; the answers are the same.
 */
export function renewed(patterns: PatternSet, words: number): HyphenPatterns {
  const [levels, trie, exceptions] = patterns;
  const fresh = () => createHyphenator(exceptions ? [levels, trie, { ...exceptions }] : [levels, trie]);
  let hyphenate = fresh();
  let asked = 0;
  return {
    hyphenateSync(text, options) {
      if (asked === words) {
        hyphenate = fresh();
        asked = 0;
      }
      asked += 1;
      return hyphenate(text, options);
    },
  };
}

/**
 * `primary`'s breaks, or `fallback`'s in a long lower-case word where `primary` finds none. The
 * fallback patterns load when first asked: building them costs a render process about 8 ms.
 */
export function withFallback(primary: HyphenPatterns, loadFallback: () => HyphenPatterns): HyphenPatterns {
  let fallback: HyphenPatterns | undefined;
  return {
    hyphenateSync(text, options) {
      const marked = primary.hyphenateSync(text, options);
      const asked = !marked.includes(options?.hyphenChar ?? SOFT_HYPHEN) && text.length >= MIN_FALLBACK_LETTERS && text === text.toLowerCase();
      if (!asked) return marked;
      fallback ??= loadFallback();
      return fallback.hyphenateSync(text, options);
    },
  };
}

function cachedHyphenator(patterns: HyphenPatterns): Hyphenator {
  const cache = new BoundedCache<string, HyphenPoint[]>(CACHED_WORDS);
  return (word) => {
    let points = cache.get(word);
    if (!points) {
      points = hyphenationPoints(patterns, word);
      cache.set(word, points);
    }
    return points;
  };
}

/** Break points in `word` (which may carry punctuation such as « ( , . around its letters). */
export function hyphenationPoints(patterns: HyphenPatterns, word: string): HyphenPoint[] {
  if (/\d/.test(word) || URL_LIKE.test(word)) return [];
  const [start, end] = letterSpan(word);
  const core = word.slice(start, end);
  const points = HARD_HYPHENS.test(core) ? compoundPoints(patterns, core) : stemPoints(patterns, core, 'syllable');
  return points.map((p) => ({ at: p.at + start, kind: p.kind }));
}

/**
 * A compound breaks after its own hyphens when both sides are long enough to stand alone, and
 * inside its parts only as a last resort (the reader then sees two hyphens in one word).
 */
function compoundPoints(patterns: HyphenPatterns, core: string): HyphenPoint[] {
  const points: HyphenPoint[] = [];
  let offset = 0;
  for (const part of core.split(HARD_HYPHENS)) {
    for (const p of stemPoints(patterns, part, 'lastResort')) points.push({ at: offset + p.at, kind: p.kind });
    offset += part.length + 1;
    const hyphen = offset - 1;
    if (hyphen < core.length && hyphen >= MIN_HEAD_LETTERS && core.length - hyphen - 1 >= MIN_TAIL_LETTERS) points.push({ at: offset, kind: 'compound' });
  }
  return points;
}

/**
 * Syllable points of a word without hyphens, graded `kind`, or last resort for a name. An elided
 * article or pronoun (d’investissement, l’infrastructure) and a clitic (the government’s) are
 * kept whole: the word they are attached to is hyphenated. An apostrophe inside a word
 * (aujourd’hui) is part of it.
 */
function stemPoints(patterns: HyphenPatterns, word: string, kind: PointKind): HyphenPoint[] {
  let head = 0;
  for (let n = elidedHead(word); n > 0; n = elidedHead(word.slice(head))) head += n;
  const tail = cliticTail(word.slice(head));
  const stem = word.slice(head, word.length - tail);
  const grade = stemGrade(stem);
  if (grade === 'whole') return [];
  // The patterns know the typewriter apostrophe only; both are one UTF-16 unit, so offsets hold.
  const marked = patterns.hyphenateSync(stem.replace(APOSTROPHES, "'"), { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LETTERS });
  return softHyphenOffsets(marked)
    .filter((at) => at >= MIN_HEAD_LETTERS && stem.length - at >= MIN_TAIL_LETTERS && !APOSTROPHE.test(stem[at - 1]!))
    .map((at) => ({ at: at + head, kind: grade === 'name' ? 'lastResort' : kind }));
}

/*
 * elidedHead and cliticTail scan letters one at a time: regular expressions of repeated \p{L}
 * (case-insensitive for the head) took ~4 ms to compile in every render process.
 */

/**
 * Length of the elided word and its apostrophe that open `word`, 0 if none: one or two letters
 * (French l’, d’, s’; English o’), or more ending in "qu" or "ll" (see ELIDED_ENDINGS).
 */
function elidedHead(word: string): number {
  let letters = 0;
  let at = 0;
  for (const ch of word) {
    if (letters > 0 && APOSTROPHE.test(ch)) {
      return letters <= 2 || ELIDED_ENDINGS.has(word.slice(at - 2, at).toLowerCase()) ? at + 1 : 0;
    }
    if (!LETTER.test(ch)) return 0;
    letters += 1;
    at += ch.length;
  }
  return 0;
}

/** Length of the clitic and its apostrophe that close `word`, 0 if none: English ’s, ’t, ’d, ’re, ’ll, ’ve. */
function cliticTail(word: string): number {
  const chars = Array.from(word).slice(-3);
  for (let letters = 1; letters <= 2 && letters < chars.length; letters++) {
    const tail = chars.slice(-letters - 1);
    if (!LETTER.test(tail[tail.length - letters]!)) return 0;
    if (APOSTROPHE.test(tail[0]!)) return tail.join('').length;
  }
  return 0;
}

/**
 * A word of letters (and inner apostrophes) only is common (lower-case first letter) or a name (capitalised, long
 * enough); anything else stays whole: short words, acronyms (OPENAI), inner capitals (OpenAI).
 */
function stemGrade(stem: string): 'common' | 'name' | 'whole' {
  if (stem.length < MIN_WORD_LETTERS) return 'whole';
  for (const ch of stem) if (!LETTER.test(ch) && !APOSTROPHE.test(ch)) return 'whole';
  const rest = stem.slice(1);
  if (stem[0] === stem[0]!.toLowerCase()) return 'common';
  return rest === rest.toLowerCase() && stem.length >= MIN_NAME_LETTERS ? 'name' : 'whole';
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
