import { describe, expect, it } from 'vitest';
import { breakItems, lineRatios, type BreakItem, type BreakParams } from '../../../src/layout/paragraph/knuthPlass.js';

const box = (width: number): BreakItem => ({ kind: 'box', width, stretch: 0, shrink: 0, cost: 0, flagged: false, hang: 0 });
const glue = (width: number, stretch: number, shrink: number): BreakItem => ({ kind: 'glue', width, stretch, shrink, cost: 0, flagged: false, hang: 0 });
const penalty = (cost: number, flagged = false, width = 0): BreakItem => ({ kind: 'penalty', width, stretch: 0, shrink: 0, cost, flagged, hang: 0 });
const end = (): BreakItem[] => [penalty(10_000), glue(0, 1e5, 0), penalty(-10_000)];

/** Words of the given widths separated by spaces of width 1 that stretch by 2, then the paragraph end. */
function paragraph(widths: number[]): BreakItem[] {
  return [...widths.flatMap((w, i) => (i === 0 ? [box(w)] : [glue(1, 2, 0), box(w)])), ...end()];
}

const params: BreakParams = {
  width: 10,
  tolerance: 1000,
  looseBadness: Infinity,
  looseDemerits: 0,
  backgroundStretch: 0,
  linePenalty: 10,
  consecutiveFlaggedDemerits: 10_000,
  finalFlaggedDemerits: 5_000,
  fitnessDemerits: 10_000,
  maxFlaggedRun: 2,
  startFlaggedRun: 0,
  looseness: 0,
};

describe('breakItems (Knuth–Plass)', () => {
  it('finds the optimal breaks where first-fit would leave a line that cannot stretch', () => {
    // Words 3 3 2 6 9 at width 10. First fit: "3 3 2" (full) / "6" alone (nothing to stretch) / "9".
    // Optimal: "3 3" (ratio 1.5) / "2 6" (ratio 0.5) / "9".
    const items = paragraph([3, 3, 2, 6, 9]);
    //           b0 g1 b2 g3 b4 g5 b6 g7 b8 p9 g10 p11
    expect(breakItems(items, params)).toEqual([3, 7, 11]);
  });

  it('returns null when no breaking meets the tolerance, so the caller can loosen it', () => {
    expect(breakItems(paragraph([3, 3, 2, 6, 9]), { ...params, tolerance: 100 })).toBeNull();
  });

  it('shrinks rather than stretches when that is cheaper', () => {
    // "4 4 3" is 13 wide and shrinks to 12 at ratio -0.25; "4 4" would stretch at ratio 1.5.
    const items = [box(4), glue(1, 1, 2), box(4), glue(1, 1, 2), box(3), glue(1, 1, 2), box(10), ...end()];
    expect(breakItems(items, { ...params, width: 12 })).toEqual([5, 9]);
  });

  it('never lets more flagged (hyphenated) lines follow each other than allowed', () => {
    // Four words of 4 with a hyphenation point in each, at a width where every line could end hyphenated.
    const word = (): BreakItem[] => [box(2), penalty(0, true, 1), box(2)];
    const items: BreakItem[] = [];
    for (let i = 0; i < 8; i++) items.push(...(i ? [glue(1, 2, 1)] : []), ...word());
    items.push(...end());
    for (const maxFlaggedRun of [0, 1, 2]) {
      const breaks = breakItems(items, { ...params, width: 8, tolerance: Infinity, consecutiveFlaggedDemerits: 0, maxFlaggedRun })!;
      let run = 0;
      let longest = 0;
      for (const b of breaks) {
        run = items[b]!.flagged ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      expect(longest).toBeLessThanOrEqual(maxFlaggedRun);
    }
  });

  it('counts hyphenated lines set before the first line (the paragraph resumed) toward the cap', () => {
    // "2-2 2-2" at width 3.x: the only cheap first line ends at the first word's hyphen.
    const items: BreakItem[] = [box(2), penalty(0, true, 1), box(2), glue(1, 2, 1), box(2), penalty(0, true, 1), box(2), ...end()];
    const run = (start: number) => breakItems(items, { ...params, width: 3, tolerance: Infinity, maxFlaggedRun: 2, startFlaggedRun: start })!;
    expect(items[run(0)[0]!]!.flagged).toBe(true);
    expect(items[run(2)[0]!]!.flagged).toBe(false);
  });

  it('lets a line reach past the width by what its last mark may hang', () => {
    // "4 5" is 10 wide: too wide for 9, unless the break after it may hang by 1.
    const hanging = [box(4), glue(1, 0, 0), box(5), { ...glue(1, 0, 0), hang: 1 }, box(9), ...end()];
    expect(breakItems(hanging, { ...params, width: 9 })).toEqual([3, 7]);
    const flush = [box(4), glue(1, 0, 0), box(5), glue(1, 0, 0), box(9), ...end()];
    expect(breakItems(flush, { ...params, width: 9, tolerance: Infinity })).toEqual([1, 3, 7]);
  });

  it('moves towards more lines with positive looseness', () => {
    const items = paragraph([2, 2, 2, 2, 2, 2, 2, 2]);
    const tight = breakItems(items, { ...params, width: 11, tolerance: Infinity })!;
    const loose = breakItems(items, { ...params, width: 11, tolerance: Infinity, looseness: 1 })!;
    expect(loose.length).toBe(tight.length + 1);
  });

  it('rates each line of a breaking by its adjustment ratio', () => {
    // "3 3" stretches 3 over 2 (1.5), "2 6" 1 over 2 (0.5), the last line fills freely (0).
    const items = paragraph([3, 3, 2, 6, 9]);
    expect(lineRatios(items, [3, 7, 11], 10, 0)).toEqual([1.5, 0.5, 0.00001]);
  });
});
