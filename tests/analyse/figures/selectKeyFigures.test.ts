import { describe, expect, it } from 'vitest';
import { selectKeyFigures, type Candidate } from '../../../src/analyse/figures/selectKeyFigures.js';

const c = (kind: Candidate['kind'], value: number, unit: string): Candidate => ({ kind, value, unit, inTitle: false });

describe('selectKeyFigures', () => {
  it('lets a second count of the same unit yield to a duration or a date', () => {
    const keys = selectKeyFigures([
      c('count', 36, 'shells'), c('count', 6, 'shells'), c('count', 15, 'shells'), c('duration', 48, 'hours'),
      c('count', 80, 'people'), c('duration', 11, 'years'), c('year', 2015, 'year'),
    ]);
    expect([...keys].sort((a, b) => a - b)).toEqual([0, 1, 3, 4, 5]);
  });

  it('never shows a frequency, even with room to spare', () => {
    const keys = selectKeyFigures([c('count', 40, 'people'), c('frequency', 2, 'times'), c('times', 3, 'times')]);
    expect([...keys].sort((a, b) => a - b)).toEqual([0, 2]);
  });

  it('prefers a second year to a count of one or two, and never shows an amount twice', () => {
    const keys = selectKeyFigures([
      c('count', 2, 'spokespersons'), c('year', 1994, 'year'), c('year', 2010, 'year'), c('money', 1e9, 'USD'), c('money', 1e9, 'USD'),
      c('percent', 99, 'percent'), c('measure', 125, 'GeV'),
    ]);
    expect([...keys].sort((a, b) => a - b)).toEqual([1, 2, 3, 5, 6]);
  });
});
