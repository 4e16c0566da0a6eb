/**
 * Typographic quotation marks for the straight ones a source typed (" and '), as Typst's smart
 * quotes do: a mark opens at the start, after a space or an opening bracket or dash, and closes
 * elsewhere; ' between two letters is an apostrophe (don't, l'État), and so is ' after a
 * letter when no single quotation is open (l'« affaire », the students' books) and ' before a
 * digit that starts a word ('90s). After a digit a mark closes the quotation it belongs to
 * ("posts 250 and 251",) when one is open, and is otherwise a prime (5'11") left straight.
 * One character for one, so style runs keep their offsets.
 */

interface Marks {
  double: [string, string];
  single: [string, string];
}

const MARKS: Record<string, Marks> = {
  en: { double: ['“', '”'], single: ['‘', '’'] },
  // French double quotes are guillemets; the French spacer then adds their narrow spaces.
  fr: { double: ['«', '»'], single: ['“', '”'] },
  de: { double: ['„', '“'], single: ['‚', '‘'] },
};

const APOSTROPHE = '’';
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

type Mark = '"' | "'";

export function smartQuotes(text: string, lang: string): string {
  const marks = MARKS[lang.split('-')[0]!] ?? MARKS.en!;
  const open: Record<Mark, boolean> = { '"': false, "'": false };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '"' && c !== "'") {
      out += c;
      continue;
    }
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const opens = before === '' || OPENS_AFTER.test(before);
    if (c === "'" && ((LETTER.test(before) && (LETTER.test(after) || !open[c])) || (opens && DIGIT.test(after)))) {
      out += APOSTROPHE;
    } else if (DIGIT.test(before) && !open[c]) {
      out += c;
    } else {
      const [opening, closing] = c === '"' ? marks.double : marks.single;
      open[c] = opens;
      out += opens ? opening : closing;
    }
  }
  return out;
}
