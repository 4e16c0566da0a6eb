/** Money: a currency word, code or symbol after the number ("13 Md$", "3 millions d'euros") or before it ("$13bn", "USD 5"). */
import type { Lexicon } from './lexicon.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import type { Quantity } from './readQuantity.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

export function currencyAfter(tokens: Token[], next: number, q: Quantity, lex: Lexicon): UnitMatch | null {
  // "un milliard de dollars": the link word belongs to the scale, not to the number.
  const j = q.scaled && lex.scaleLinks.has(tokens[next]?.lower ?? '') ? next + 1 : next;
  const m = phraseAt(tokens, j, lex.currencies);
  return m ? { unit: m.value, first: next, last: m.last } : null;
}

export function currencyBefore(tokens: Token[], first: number, lex: Lexicon): UnitMatch | null {
  const m = phraseEndingAt(tokens, first - 1, lex.currencies);
  return m ? { unit: m.value, first: m.first, last: m.last } : null;
}
