import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token, type TokenKind } from '../../../src/analyse/figures/tokenize.js';
import { normalizeText } from '../../../src/ingest/normalizeText.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The regular expression tokenize's scan replaced: the scan must give the same tokens. */
const REFERENCE = new RegExp(
  [
    String.raw`(?<number>\d{1,3}(?:[ ,.]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`,
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*(?:'(?=\p{L}|$))?)`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
);

function referenceTokens(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.slice(start, end).matchAll(REFERENCE)) {
    const kind: TokenKind = m.groups!['number'] ? 'number' : m.groups!['word'] ? 'word' : 'symbol';
    const at = m.index;
    const to = at + m[0].length;
    tokens.push({ kind, text: m[0], lower: m[0].toLowerCase(), start: start + at, end: start + to, spaced: at > previousEnd || tokens.length === 0 });
    previousEnd = to;
  }
  return tokens;
}

const fixtureTexts = (): string[] =>
  (readdirSync(FIXTURES, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));

/** Every string of `length` characters over `alphabet`. */
function* strings(alphabet: string[], length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const head of strings(alphabet, length - 1)) for (const ch of alphabet) yield head + ch;
}

describe('tokenize', () => {
  it('splits numbers, words and symbols', () => {
    const tokens = tokenize("Les 8 000 emplois d'OpenAI (1,5 %) : BERT-large, A380.");
    expect(tokens.map((t) => `${t.kind[0]}:${t.text}`)).toEqual(
      ['w:Les', 'n:8 000', 'w:emplois', "w:d'", 'w:OpenAI', 's:(', 'n:1,5', 's:%', 's:)', 's::', 'w:BERT-large', 's:,', 'w:A380', 's:.'],
    );
  });

  it('gives the regular expression’s tokens for every fixture article, raw and normalised, whole and in part', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      for (const t of [text, normalizeText(text)]) {
        expect(tokenize(t)).toEqual(referenceTokens(t));
        expect(tokenize(t, 17, t.length - 23)).toEqual(referenceTokens(t, 17, t.length - 23));
      }
    }
  });

  it('gives the regular expression’s tokens for every short string over a testing alphabet', () => {
    // ASCII and Latin letters, a combining mark, a superscript and an Arabic-Indic numeral (\p{N}
    // but no \d), astral letters and symbols, a lone surrogate, separators and white space.
    const alphabet = ['a', 'É', '\u0301', '²', '\u0663', '𝐀', '😀', '\ud800', '1', '-', "'", ' ', '\u202f', ',', '.'];
    // Long enough for two digit groups after four digits, or a decimal part after a group.
    const numbers = ['1', ' ', ',', '.'];
    const cases = [1, 2, 3, 4].flatMap((length) => [...strings(alphabet, length)]).concat([...strings(numbers, 9)], [...strings([...numbers, 'a', '-'], 6)]);
    const differing = cases.filter((s) => JSON.stringify(tokenize(s)) !== JSON.stringify(referenceTokens(s)));
    expect(differing).toEqual([]);
  });
});
