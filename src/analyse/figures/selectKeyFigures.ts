/**
 * The key-figures box: at most five figures, the most informative first (money, percentages
 * and large counts before durations, years and small counts), each amount once, and varied:
 * a second figure of a unit already shown ("15 shells" after "36 shells") yields to a figure
 * of another kind of equal interest.
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
  money: 5, percent: 4.5, count: 4, measure: 3.5, age: 3, duration: 3, date: 3, fraction: 3, times: 2.25, frequency: 0, year: 2, rank: 2, ordinal: 1,
};
/** How often something happened ("turned around twice") is background, never a key figure. */
const NEVER_KEY = new Set<FigureKind>(['frequency']);
const SMALL = 2;
/** Below a year: "deux porte-parole" tells less than when the story happened. */
const SMALL_PENALTY = 2.5;
/** A repeated unit (not a year) falls below a duration or a date, not below a year. */
const REPEAT_PENALTY = 1.5;

function weight(c: Candidate): number {
  const magnitude = Array.isArray(c.value) ? c.value[1] : c.value;
  // "deux Polonais", "un an": a count or duration of one or two tells less than the rest.
  const small = (c.kind === 'count' || c.kind === 'duration') && typeof magnitude === 'number' && magnitude <= SMALL;
  return KIND_WEIGHT[c.kind] - (small ? SMALL_PENALTY : 0) + (c.inTitle ? 1 : 0);
}

const amountKey = (c: Candidate) => `${JSON.stringify(c.value)} ${c.unit}`;

/** Indices of the chosen candidates. */
export function selectKeyFigures(candidates: Candidate[]): Set<number> {
  const chosen = new Set<number>();
  const amounts = new Set<string>();
  const units = new Set<string>();
  // Years already come last: a second year still outranks a count of one or two.
  const repeated = (c: Candidate) => c.kind !== 'year' && units.has(c.unit);
  const score = (i: number) => weight(candidates[i]!) - (repeated(candidates[i]!) ? REPEAT_PENALTY : 0);
  while (chosen.size < MAX_KEY_FIGURES) {
    // The best remaining candidate, the earliest among equals; repeats of a chosen amount never.
    let best = -1;
    candidates.forEach((c, i) => {
      if (!NEVER_KEY.has(c.kind) && !amounts.has(amountKey(c)) && (best < 0 || score(i) > score(best))) best = i;
    });
    if (best < 0) break;
    amounts.add(amountKey(candidates[best]!));
    units.add(candidates[best]!.unit);
    chosen.add(best);
  }
  return chosen;
}
