/**
 * The fallback label, when no rule of describeFigure applies: at most eight words of the
 * figure's own clause around it ("il nous a fallu pour former le modèle"). The figure and its
 * qualifier are left out; function words are trimmed from the edges.
 */
import { isElided, isWord, MAX_WORDS, STRONG_BREAKS, textOf, WEAK_BREAKS } from './labelText.js';
import type { Lexicon } from './lexicon.js';
import type { FoundFigure } from './readFigure.js';
import type { Token } from './tokenize.js';

/** The side that carries the meaning gets up to this many words, the other side the rest. */
const PREFERRED_WORDS = 5;
/** One side alone stops here: further out, words drift from what the figure measures. */
const MAX_SIDE_WORDS = 6;
/** A complement after the figure needs this many words to be worth more than what precedes it. */
const MIN_COMPLEMENT_WORDS = 3;

/** Whether the token at an index ends the words a label may take. */
type Breaks = (k: number) => boolean;

/** Token indices of one side of the figure, nearest first, up to a break or the sentence edge. */
function side(from: number, step: 1 | -1, [first, last]: [number, number], breaks: Breaks): number[] {
  const out: number[] = [];
  for (let k = from; k >= first && k <= last && !breaks(k); k += step) out.push(k);
  return out;
}

/** The first `n` words of a side (nearest the figure first), with the tokens between them. */
function takeWords(tokens: Token[], run: number[], n: number): number[] {
  const taken: number[] = [];
  let words = 0;
  for (const k of run) {
    if (isWord(tokens[k]!) && words === n) break;
    if (isWord(tokens[k]!)) words += 1;
    taken.push(k);
  }
  return taken;
}

const countWords = (tokens: Token[], run: number[]) => run.filter((k) => isWord(tokens[k]!)).length;

/** Drops edge function words and punctuation; an elision stays with the word it leans on ("l'usine"). */
function trim(tokens: Token[], run: number[], lex: Lexicon, fromStart: boolean): number[] {
  const out = [...run];
  const at = (i: number) => tokens[out[i]!]!;
  const edge = () => (fromStart ? 0 : out.length - 1);
  const droppable = (i: number) => {
    const t = at(i);
    if (t.kind === 'symbol') return true;
    if (!lex.labelEdgeStopWords.has(t.lower)) return false;
    return !(fromStart && isElided(t) && out.length > 1 && !lex.labelEdgeStopWords.has(at(1).lower));
  };
  while (out.length > 0 && droppable(edge())) {
    if (fromStart) out.shift();
    else out.pop();
  }
  return out;
}

/** Words before and after the figure; a complement after it ("dans son usine de Rennes") leads when long enough. */
function window(source: string, tokens: Token[], left: number[], right: number[], lex: Lexicon): string {
  const leftWords = countWords(tokens, left);
  const rightWords = countWords(tokens, right);
  const complement = rightWords >= MIN_COMPLEMENT_WORDS && lex.labelComplementWords.has(tokens[right[0]!]!.lower);
  const rightBudget = complement
    ? Math.min(rightWords, PREFERRED_WORDS)
    : Math.min(rightWords, MAX_SIDE_WORDS, MAX_WORDS - Math.min(leftWords, PREFERRED_WORDS));
  const leftBudget = Math.min(MAX_SIDE_WORDS, MAX_WORDS - rightBudget);
  const leftRun = trim(tokens, trim(tokens, takeWords(tokens, left, leftBudget).reverse(), lex, true), lex, false);
  const rightRun = trim(tokens, takeWords(tokens, right, rightBudget), lex, false);
  // A right side on its own keeps its leading preposition ("dans l'administration").
  const rightText = textOf(source, tokens, leftRun.length > 0 ? rightRun : trimLeadingSymbols(tokens, rightRun));
  return [textOf(source, tokens, leftRun), rightText].filter(Boolean).join(' ');
}

function trimLeadingSymbols(tokens: Token[], run: number[]): number[] {
  const first = run.findIndex((k) => tokens[k]!.kind !== 'symbol');
  return first < 0 ? [] : run.slice(first);
}

/**
 * `others` holds the tokens of the block's other figures: a label never runs into another
 * number ("exceeded 10" for a year next to "10%").
 */
export function windowLabel(source: string, tokens: Token[], f: FoundFigure, sentence: [number, number], others: Set<number>, lex: Lexicon): string {
  const loose: Breaks = (k) => STRONG_BREAKS.has(tokens[k]!.text) || others.has(k);
  const clause: Breaks = (k) => loose(k) || WEAK_BREAKS.has(tokens[k]!.text) || lex.labelClauseWords.has(tokens[k]!.lower);
  // "(- 33 % pour …)": a figure opening a parenthesis qualifies what stands before it.
  if (tokens[f.outerFirst - 1]?.text === '(') {
    return window(source, tokens, side(f.outerFirst - 2, -1, sentence, clause), [], lex);
  }
  const around = (breaks: Breaks) =>
    window(source, tokens, side(f.outerFirst - 1, -1, sentence, breaks), side(f.outerLast + 1, 1, sentence, breaks), lex);
  // Nothing in the figure's own clause: read across commas and conjunctions, then across
  // the other figures ("- 60 % en 2011").
  const strong: Breaks = (k) => STRONG_BREAKS.has(tokens[k]!.text);
  return around(clause) || around(loose) || around(strong);
}
