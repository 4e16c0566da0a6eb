/**
 * The key-figures box: at most five figures, the most informative first (money, percentages
 * and large counts before years and small counts), each amount once.
 */
import type { FigureValue } from '../Analysis.js';
import type { FigureKind } from './readFigure.js';

export const MAX_KEY_FIGURES = 5;

export interface Candidate {
  kind: FigureKind;
  value: FigureValue;
  unit: string;
  /** In the headline: the article's own choice of figure. */
  inTitle: boolean;
}

const KIND_WEIGHT: Record<FigureKind, number> = {
  money: 5, percent: 4.5, count: 4, measure: 3.5, duration: 3, date: 3, fraction: 3, times: 2.5, year: 2, ordinal: 1,
};
const SMALL = 2;

function weight(c: Candidate): number {
  const magnitude = Array.isArray(c.value) ? c.value[1] : c.value;
  // "deux Polonais", "un an": a count or duration of one or two tells less than the rest.
  const small = (c.kind === 'count' || c.kind === 'duration') && typeof magnitude === 'number' && magnitude <= SMALL;
  return KIND_WEIGHT[c.kind] - (small ? 2 : 0) + (c.inTitle ? 1 : 0);
}

const amountKey = (c: Candidate) => `${JSON.stringify(c.value)} ${c.unit}`;

/** Indices of the chosen candidates. */
export function selectKeyFigures(candidates: Candidate[]): Set<number> {
  const order = candidates.map((c, i) => ({ i, w: weight(c) })).sort((a, b) => b.w - a.w || a.i - b.i);
  const chosen = new Set<number>();
  const amounts = new Set<string>();
  for (const { i } of order) {
    if (chosen.size === MAX_KEY_FIGURES) break;
    const key = amountKey(candidates[i]!);
    if (amounts.has(key)) continue;
    amounts.add(key);
    chosen.add(i);
  }
  return chosen;
}
