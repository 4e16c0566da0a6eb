/**
 * What a pair of quotation marks holds: someone's words (a full statement or a fragment built
 * into the reporter's sentence), or not a quotation at all (a title, a name, scare quotes).
 */
import type { QuoteKind } from '../Analysis.js';
import { foldWords } from './foldWords.js';
import type { LangData } from './langData.js';
import type { Token } from './tokens.js';

/** Fewer words than this is a scare quote or a term ("mules", "très intelligents"). */
const MIN_WORDS = 3;
/** At least this many words for a statement that can stand alone. */
const MIN_FULL_WORDS = 4;
/** A title longer than this is rather a sentence in title case. */
const MAX_TITLE_WORDS = 6;

/**
 * Whether every content word is capitalised (« Réflexions sur OpenAI », "Clean Air Act"): a title
 * or a name, not speech.
 */
function isTitleCase(text: string, data: LangData): boolean {
  const words = text.split(/[\s]+/u).filter((w) => /\p{L}/u.test(w));
  const content = words.filter((w) => !data.determiners.has(w.toLowerCase()) && !data.prepositions.has(w.toLowerCase()) && !data.nameConnectors.has(w.toLowerCase()));
  return words.length <= MAX_TITLE_WORDS && content.length > 0 && content.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

/**
 * Null when the marks do not hold someone's words: too short, a title announced by "intitulé" /
 * "titled", or title case. `before` is the token just before the opening mark.
 */
export function quoteKind(text: string, before: Token | undefined, data: LangData): QuoteKind | null {
  const words = foldWords(text);
  if (words.length < MIN_WORDS) return null;
  if (before && data.titleIntroducers.has(before.lower)) return null;
  if (isTitleCase(text, data)) return null;
  if (words.length < MIN_FULL_WORDS) return 'fragment';
  const first = /^[^\p{L}]*(\p{L}[\p{L}']*)/u.exec(text)?.[1] ?? '';
  // A statement: it opens with a capital, or follows a colon, a comma or nothing, or "que"/"that"
  // introduces a clause with its own subject ("a précisé que « personne ne sera… »").
  if (/^\p{Lu}/u.test(first)) return 'full';
  if (!before || [':', ',', ';', '.', '—', '–'].includes(before.text)) return 'full';
  const firstWord = first.toLowerCase().replace(/'.*$/u, "'");
  if (data.clauseSubjects.has(firstWord) || data.clauseSubjects.has(first.toLowerCase())) return 'full';
  return 'fragment';
}
