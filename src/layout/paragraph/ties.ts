/**
 * No-break ties: a number and the word it counts ("13 milliards", "6 mois", "8 000 emplois") and
 * a title and the name it precedes ("M. Dupont", "Dr Smith") are kept on one line. The tie is a
 * no-break space, which the typesetter keeps at its natural width. A title tie, a digit group and
 * a number before its sign ("12,5 %") never break; a number before a word may, as a last resort
 * (see items.ts): a line ending with a number reads better than a line full of holes.
 */
import { NARROW_NBSP, NBSP } from './frenchSpacing.js';

/** Titles set before a name, by language (with or without their full stop). */
const TITLES: Record<string, string[]> = {
  fr: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr', 'Dr', 'Pr', 'St', 'Ste'],
  en: ['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'St', 'Sen', 'Rep', 'Gen', 'Gov', 'Sgt', 'Lt', 'Col', 'Capt', 'Rev'],
};

const SPACE = '[ \\t]+';
/** Digit groups of a number written with spaces (French "8 000", "1 250 000"). */
const DIGIT_GROUP = new RegExp(`(\\d)${SPACE}(?=\\d{3}(?!\\d))`, 'g');
/**
 * A number, then the word, unit or sign it counts. A year ("en 2019 fortement") counts nothing:
 * tying it would only make long unbreakable groups that open loose lines. A number ends with a
 * digit: one followed by punctuation ("en 2014, représentant") counts nothing either.
 */
const NUMBER_WORD = new RegExp(`(?<![\\d.,])(?!(?:1[5-9]|20)\\d\\d(?!\\d|[.,]\\d))(\\d(?:[\\d.,]*\\d)?)${SPACE}(?=[\\p{L}%‰€$£°])`, 'gu');

const titlePatterns = new Map<string, RegExp | null>();

function titlePattern(lang: string): RegExp | null {
  if (!titlePatterns.has(lang)) {
    const titles = TITLES[lang];
    titlePatterns.set(lang, titles ? new RegExp(`(?<!\\p{L})(${titles.join('|')})(\\.?)${SPACE}(?=\\p{Lu})`, 'gu') : null);
  }
  return titlePatterns.get(lang)!;
}

export function tieSpaces(text: string, lang: string): string {
  // French groups digits with a narrow no-break space; other languages keep a word space width.
  const groupSpace = lang === 'fr' ? NARROW_NBSP : NBSP;
  let tied = text.replace(DIGIT_GROUP, `$1${groupSpace}`).replace(NUMBER_WORD, `$1${NBSP}`);
  const titles = titlePattern(lang.split('-')[0]!);
  if (titles) tied = tied.replace(titles, `$1$2${NBSP}`);
  return tied;
}

const DIGIT = /\d/;
const LETTER = /\p{L}/u;

/** The no-break space at `i` ties a number to the word it counts ("8 000 emplois", "13 billion"). */
export function isNumberTie(text: string, i: number): boolean {
  return text[i] === NBSP && DIGIT.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
}
