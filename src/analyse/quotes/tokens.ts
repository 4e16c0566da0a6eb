/** Words and punctuation of a normalised text, with their offsets. */
import type { LangData } from './langData.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** First letter upper-case ("Scott", "KCNA", "U.S."). */
  capital: boolean;
}

// Initials (U.S., J.-C.), then words with inner hyphens or apostrophes, then numbers, then any
// other non-space character on its own.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
// French elisions are words of their own: l'État → l' + État, qu'il → qu' + il.
const ELISION = /^((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)')(\p{L}.*)$/iu;

function makeToken(text: string, start: number): Token {
  return {
    text, lower: text.toLowerCase(), start, end: start + text.length,
    word: /[\p{L}\p{N}]/u.test(text), capital: /^\p{Lu}/u.test(text),
  };
}

/** Tokens of `text[from, to)`; offsets are positions in `text`. */
export function tokenize(text: string, data: LangData, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = m.index;
    let word = m[0];
    const elided = data.lang === 'fr' ? ELISION.exec(word) : null;
    if (elided) {
      out.push(makeToken(elided[1]!, start));
      out.push(makeToken(elided[2]!, start + elided[1]!.length));
      continue;
    }
    // An abbreviation keeps its period so that it neither ends a sentence nor a name: M., Dr.
    if (slice[start + word.length] === '.' && data.abbreviations.has(`${word.toLowerCase()}.`)) {
      word += '.';
      TOKEN.lastIndex += 1;
    }
    out.push(makeToken(word, start));
  }
  return out;
}
