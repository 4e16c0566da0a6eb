/**
 * A figure's label: a short phrase (at most eight words) in the article's language saying what
 * it measures. A noun phrase built from the figure's clause when a rule applies (describeFigure),
 * else the words around the figure (windowLabel); either starts in lower case unless it starts
 * with a name.
 */
import { describeFigure } from './describeFigure.js';
import { sentenceCase, type Clause } from './labelPhrases.js';
import type { Lexicon } from './lexicon.js';
import type { FoundFigure } from './readFigure.js';
import type { Token } from './tokenize.js';
import { windowLabel } from './windowLabel.js';

/** Figures a phrase may run across: "dans la startup … en 2019", "volés dans les cinq grandes banques". */
const CROSSABLE = new Set<FoundFigure['kind']>(['year', 'date', 'count']);

/** `others`: the block's other figures, whose tokens no label runs into (save crossable ones). */
export function labelFigure(source: string, tokens: Token[], f: FoundFigure, sentence: [number, number], others: FoundFigure[], lex: Lexicon): string {
  const tokensOf = (figures: FoundFigure[]) =>
    new Set(figures.flatMap((o) => Array.from({ length: o.outerLast - o.outerFirst + 1 }, (_, k) => o.outerFirst + k)));
  const figureTokens = tokensOf(others);
  const clause: Clause = { source, tokens, lex, sentence, blocked: tokensOf(others.filter((o) => !CROSSABLE.has(o.kind))), figureTokens };
  const label = describeFigure(clause, f) ?? windowLabel(source, tokens, f, sentence, figureTokens, lex);
  return sentenceCase(clause, label);
}
