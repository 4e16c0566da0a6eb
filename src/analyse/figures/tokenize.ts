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

// Numbers: digit groups of three joined by a space, comma or period (8 000, 1,200,000,
// 1.200.000) with an optional decimal part, or plain digits with one decimal separator.
// Words: letters with digits and inner hyphens kept together (BERT-large, Source-145, A380,
// porte-parole), so identifiers never yield a number token; an elision keeps its apostrophe
// and splits from the next word (d'euros -> d' + euros).
const TOKEN = new RegExp(
  [
    String.raw`(?<number>\d{1,3}(?:[ ,.]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`,
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*(?:'(?=\p{L}|$))?)`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
);

/** Tokens of `text[start, end)`, offsets in `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let previousEnd = 0;
  for (const m of slice.matchAll(TOKEN)) {
    const groups = m.groups!;
    const kind: TokenKind = groups['number'] ? 'number' : groups['word'] ? 'word' : 'symbol';
    const at = m.index;
    tokens.push({
      kind,
      text: m[0],
      lower: m[0].toLowerCase(),
      start: start + at,
      end: start + at + m[0].length,
      spaced: at > previousEnd || tokens.length === 0,
    });
    previousEnd = at + m[0].length;
  }
  return tokens;
}
