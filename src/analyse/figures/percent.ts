/** Percentages: "15,2 %", "15.2%", "50 pour cent", "50 percent", "2 points de pourcentage". */
import type { Lexicon } from './lexicon.js';
import { phraseAt } from './phrases.js';
import type { Token } from './tokenize.js';
import type { UnitMatch } from './UnitMatch.js';

export function percentAfter(tokens: Token[], next: number, lex: Lexicon): UnitMatch | null {
  const m = phraseAt(tokens, next, lex.percentWords);
  return m ? { unit: 'percent', first: next, last: m.last } : null;
}
