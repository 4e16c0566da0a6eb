/**
 * The number at a token: digits in either locale or number words ("deux", "vingt-cinq",
 * "twenty-five"), multiplied by the scale words that follow ("1,5 milliard", "13bn",
 * "trois cent mille", "a dozen").
 */
import type { Lexicon } from './lexicon.js';
import { isPlainInteger, parseDigits } from './parseNumber.js';
import type { Token } from './tokenize.js';

export interface Quantity {
  value: number;
  /** First and last token of the number and its scale words. */
  first: number;
  last: number;
  /** Written in words ("six", "un milliard"). */
  spelled: boolean;
  /** Only an article or "one" ("un", "a"): a figure only before a scale or a unit. */
  article: boolean;
  /** A scale word multiplied it ("millions", "bn"). */
  scaled: boolean;
  /** The product of its scale words (1 without any). */
  scale: number;
  /** Digits without any separator, as years are written. */
  plain: boolean;
}

/** A hyphenated number word ("vingt-cinq", "quatre-vingt-douze", "twenty-five"). */
export function spelledValue(word: string, lex: Lexicon): number | null {
  const whole = lex.numberWords.get(word);
  if (whole !== undefined) return whole;
  const parts = word.split('-').filter((p) => p !== 'et');
  if (parts.length < 2) return null;
  let total = 0;
  for (let k = 0; k < parts.length; ) {
    let j = parts.length;
    while (j > k && !lex.numberWords.has(parts.slice(k, j).join('-'))) j--;
    if (j === k) return null;
    const v = lex.numberWords.get(parts.slice(k, j).join('-'))!;
    total = v === 100 || v === 1000 ? Math.max(total, 1) * v : total + v;
    k = j;
  }
  return total;
}

/** The scale a token stands for, if any ("attached" scales only right after the digits). */
export function scaleOf(token: Token | undefined, lex: Lexicon): number | null {
  if (!token || token.kind !== 'word') return null;
  const scale = lex.scales.get(token.text) ?? lex.scales.get(token.lower);
  if (scale !== undefined) return scale;
  return token.spaced ? null : (lex.attachedScales.get(token.text) ?? null);
}

/** The quantity at token `i`; none past the end ("… voted no." leaves a rank word last). */
export function readQuantity(tokens: Token[], i: number, lex: Lexicon): Quantity | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number | null = null;
  let spelled = false;
  if (t.kind === 'number') value = parseDigits(t.text, lex.lang);
  else if (t.kind === 'word') {
    value = spelledValue(t.lower, lex) ?? (lex.articleWords.has(t.lower) ? 1 : null);
    spelled = true;
  }
  if (value === null || Number.isNaN(value)) return null;
  let last = i;
  let scale = 1;
  for (let s = scaleOf(tokens[last + 1], lex); s !== null; s = scaleOf(tokens[last + 1], lex)) {
    scale *= s;
    last += 1;
  }
  const scaled = last > i;
  return {
    value: value * scale,
    first: i,
    last,
    spelled,
    article: spelled && !scaled && lex.articleWords.has(t.lower),
    scaled,
    scale,
    plain: t.kind === 'number' && isPlainInteger(t.text),
  };
}
