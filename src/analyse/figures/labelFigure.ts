/**
 * A figure's label: at most eight words of its own clause, around the figure, saying what it
 * measures ("pour former le modèle", "investir initialement dans son partenaire"). The figure
 * itself and its qualifier are left out; function words are trimmed from the edges.
 */
import type { Lexicon } from './lexicon.js';
import type { FoundFigure } from './readFigure.js';
import type { Token } from './tokenize.js';

const MAX_WORDS = 8;
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '«', '»', '"', '“', '”', '–', '—', '.', '!', '?', '…', '[', ']']);

/** Elided articles and prepositions ("l'", "d'") lean on the next word and are not counted. */
const isWord = (t: Token) => (t.kind === 'word' && !t.text.endsWith("'")) || t.kind === 'number';

function breaksClause(t: Token, lex: Lexicon): boolean {
  return CLAUSE_PUNCTUATION.has(t.text) || lex.labelClauseWords.has(t.lower);
}

/** Token indices of the clause side, nearest first, stopping at a clause break or the sentence edge. */
function clauseSide(tokens: Token[], from: number, step: 1 | -1, [first, last]: [number, number], lex: Lexicon): number[] {
  const side: number[] = [];
  for (let k = from; k >= first && k <= last && !breaksClause(tokens[k]!, lex); k += step) side.push(k);
  return side;
}

/** The first `n` words of a side (nearest the figure first), with the tokens between them. */
function takeWords(tokens: Token[], side: number[], n: number): number[] {
  const taken: number[] = [];
  let words = 0;
  for (const k of side) {
    if (isWord(tokens[k]!) && words === n) break;
    if (isWord(tokens[k]!)) words += 1;
    taken.push(k);
  }
  return taken;
}

function countWords(tokens: Token[], side: number[]): number {
  return side.filter((k) => isWord(tokens[k]!)).length;
}

/** Drops function words and punctuation from one end of a run of token indices. */
function trimEnd(tokens: Token[], run: number[], lex: Lexicon, fromStart: boolean): number[] {
  const out = [...run];
  const edge = () => tokens[(fromStart ? out[0] : out[out.length - 1])!]!;
  while (out.length > 0 && (lex.labelEdgeStopWords.has(edge().lower) || edge().kind === 'symbol')) {
    if (fromStart) out.shift();
    else out.pop();
  }
  return out;
}

function textOf(source: string, tokens: Token[], run: number[]): string {
  if (run.length === 0) return '';
  return source.slice(tokens[run[0]!]!.start, tokens[run[run.length - 1]!]!.end).replace(/\s+/g, ' ');
}

export function labelFigure(source: string, tokens: Token[], f: FoundFigure, sentence: [number, number], lex: Lexicon): string {
  let left = clauseSide(tokens, f.outerFirst - 1, -1, sentence, lex);
  // "(- 33 % pour …)": a figure opening a parenthesis describes what stands before it.
  if (left.length === 0 && tokens[f.outerFirst - 1]?.text === '(') left = clauseSide(tokens, f.outerFirst - 2, -1, sentence, lex);
  const right = clauseSide(tokens, f.outerLast + 1, 1, sentence, lex);
  const half = MAX_WORDS / 2;
  const leftBudget = Math.max(half, MAX_WORDS - Math.min(half, countWords(tokens, right)));
  const leftWords = takeWords(tokens, left, leftBudget);
  const rightWords = takeWords(tokens, right, MAX_WORDS - countWords(tokens, leftWords));
  const leftRun = trimEnd(tokens, trimEnd(tokens, leftWords.reverse(), lex, true), lex, false);
  const rightRun = trimEnd(tokens, rightWords, lex, false);
  return [textOf(source, tokens, leftRun), textOf(source, tokens, rightRun)].filter(Boolean).join(' ');
}
