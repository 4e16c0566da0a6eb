/**
 * Proportions: "one in three visits", "3 out of 4 people", "un sur trois", "un salarié sur
 * deux" -> a fraction (1/3). Read before the numbers themselves, which would otherwise make
 * "three visits" a count and "un" an article.
 */
import { countNounAfter } from './counts.js';
import { isYearLike } from './dates.js';
import type { Lexicon } from './lexicon.js';
import { phraseAt } from './phrases.js';
import { readQuantity } from './readQuantity.js';
import type { Token } from './tokenize.js';

export interface ProportionMatch {
  value: number;
  first: number;
  last: number;
}

/** The precision of the language data's fractions ("0.3333333333"), so a third prints as one. */
const DIGITS = 10;

/** One word naming what is counted between the part and the whole: "un salarié sur deux", "one person in ten". */
function nounBetween(tokens: Token[], at: number, lex: Lexicon): boolean {
  const t = tokens[at];
  return t?.kind === 'word' && !lex.stopWords.has(t.lower) && phraseAt(tokens, at + 1, lex.proportionLinks) !== null;
}

export function readProportion(tokens: Token[], i: number, lex: Lexicon): ProportionMatch | null {
  const part = readQuantity(tokens, i, lex);
  if (!part || part.scaled) return null;
  const linkAt = nounBetween(tokens, part.last + 1, lex) ? part.last + 2 : part.last + 1;
  const link = phraseAt(tokens, linkAt, lex.proportionLinks);
  const whole = link && readQuantity(tokens, link.last + 1, lex);
  if (!whole || whole.article || whole.value <= part.value || isYearLike(whole)) return null;
  // "5 in 10 days" is a rate, not a share.
  if (lex.durations.has(tokens[whole.last + 1]?.lower ?? '')) return null;
  const noun = lex.proportionNounAfter && linkAt === part.last + 1 ? countNounAfter(tokens, whole.last + 1, whole, lex) : null;
  return { value: Number((part.value / whole.value).toFixed(DIGITS)), first: i, last: noun?.last ?? whole.last };
}
