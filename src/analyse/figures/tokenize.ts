/**
 * Tokens of the normalised article text, with offsets: every rule of the figure extractor reads
 * tokens (the word after a number, the phrase before it) rather than raw characters.
 */

export type TokenKind = 'number' | 'word' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** The characters of the normalised text. */
  text: string;
  lower: string;
  /** `[start, end)` in the article text. */
  start: number;
  end: number;
  /** Whether white space separates this token from the previous one. */
  spaced: boolean;
}

/*
 * Numbers: digit groups of three joined by a space, comma or period (8 000, 1,200,000,
 * 1.200.000) with an optional decimal part, or plain digits with one decimal separator.
 * Words: letters with digits and inner hyphens kept together (BERT-large, Source-145, A380,
 * porte-parole), so identifiers never yield a number token; an elision keeps its apostrophe
 * and splits from the next word (d'euros -> d' + euros). Any other character but white space
 * is a symbol.
 *
 * Scanned one code point at a time, not by a regular expression: one with the class
 * [\p{L}\p{M}\p{N}] took ~2.8 ms to compile in every render process (the lexicon's phrases are
 * tokenized at start-up), and a match with named groups made three objects a token. A code
 * point outside ASCII is tested against one Unicode property at a time (~0.1 ms each to compile).
 */
const LETTER = /\p{L}/uy;
const MARK = /\p{M}/uy;
const NUMERAL = /\p{N}/uy;
const SPACE = /\s/y;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Whether `property` holds the code point at `i` of `s`. */
function holds(property: RegExp, s: string, i: number): boolean {
  property.lastIndex = i;
  return property.test(s);
}

/** Whether the code point at `i` is a letter (\p{L}). */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiLetter(c) : holds(LETTER, s, i);
}

/** Whether the code point at `i` opens a word: a letter or a mark. */
function opensWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiLetter(c) : holds(LETTER, s, i) || holds(MARK, s, i);
}

/** Whether the code point at `i` continues a word: a letter, a mark or a numeral. */
function continuesWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiLetter(c) || isDigit(c) : holds(LETTER, s, i) || holds(MARK, s, i) || holds(NUMERAL, s, i);
}

/** UTF-16 length of the code point at `i`. */
const codePointLength = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);

function digitsEnd(s: string, i: number): number {
  while (isDigit(s.charCodeAt(i))) i++;
  return i;
}

function wordCharsEnd(s: string, i: number): number {
  while (i < s.length && continuesWordAt(s, i)) i += codePointLength(s, i);
  return i;
}

/** End of the number opening at `i`: digit groups of three, or plain digits; then a decimal part. */
function numberEnd(s: string, i: number): number {
  let end = digitsEnd(s, i);
  if (end - i <= 3) {
    while ((s[end] === ' ' || s[end] === ',' || s[end] === '.') && digitsEnd(s, end + 1) === end + 4) end += 4;
  }
  const decimal = (s[end] === '.' || s[end] === ',') && isDigit(s.charCodeAt(end + 1));
  return decimal ? digitsEnd(s, end + 1) : end;
}

/** End of the word opening at `i`: its inner hyphens, and an elision's apostrophe. */
function wordEnd(s: string, i: number): number {
  let end = wordCharsEnd(s, i + codePointLength(s, i));
  while (s[end] === '-' && end + 1 < s.length && continuesWordAt(s, end + 1)) end = wordCharsEnd(s, end + 1);
  const elided = s[end] === "'" && (end + 1 === s.length || isLetterAt(s, end + 1));
  return elided ? end + 1 : end;
}

function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : holds(SPACE, s, i);
}

/** Tokens of `text[start, end)`, offsets in `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let previousEnd = 0;
  for (let at = 0; at < slice.length; ) {
    if (isSpaceAt(slice, at)) {
      at++;
      continue;
    }
    const c = slice.charCodeAt(at);
    const kind: TokenKind = isDigit(c) ? 'number' : opensWordAt(slice, at) ? 'word' : 'symbol';
    const to = kind === 'number' ? numberEnd(slice, at) : kind === 'word' ? wordEnd(slice, at) : at + codePointLength(slice, at);
    const token = slice.slice(at, to);
    tokens.push({
      kind,
      text: token,
      lower: token.toLowerCase(),
      start: start + at,
      end: start + to,
      spaced: at > previousEnd || tokens.length === 0,
    });
    previousEnd = to;
    at = to;
  }
  return tokens;
}
