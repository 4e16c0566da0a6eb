/** Ranges: "60 à 70 %", "8-10 years", "one or two points", "2000 - 2050", "entre 5 et 10", "between 5 and 10" -> [low, high]. */
import { isYearLike } from './dates.js';
import type { Lexicon } from './lexicon.js';
import { phraseAt } from './phrases.js';
import { readQuantity, type Quantity } from './readQuantity.js';
import type { Token } from './tokenize.js';

export interface Range {
  low: number;
  high: number;
  /** The second number. */
  end: Quantity;
}

/** `first` is where the figure starts, currency sign included: "between" stands before it. */
export function rangeAfter(tokens: Token[], q: Quantity, first: number, lex: Lexicon): Range | null {
  const connector = tokens[q.last + 1];
  if (!connector) return null;
  // "and"/"et" join a range only after "between"/"entre"; "-", "à", "to" do on their own.
  const opened = lex.rangeOpeners.get(tokens[first - 1]?.lower ?? '');
  const alternative = lex.alternativeConnectors.has(connector.lower) && !isYearLike(q);
  if (!lex.rangeConnectors.has(connector.lower) && connector.lower !== opened && !alternative) return null;
  // "between $50bn and $53bn": the second end may repeat the currency sign.
  const repeated = phraseAt(tokens, q.last + 2, lex.currencies);
  const at = repeated && tokens[repeated.last]!.kind === 'symbol' ? repeated.last + 1 : q.last + 2;
  const end = readQuantity(tokens, at, lex);
  if (!end || end.article || end.spelled !== q.spelled) return null;
  // "60 à 70 millions": the scale written once applies to both ends.
  const low = q.scaled ? q.value : q.value * end.scale;
  return low < end.value ? { low, high: end.value, end } : null;
}
