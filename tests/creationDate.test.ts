import { describe, expect, it } from 'vitest';
import { resolveDate } from '../src/creationDate.js';

describe('resolveDate', () => {
  it('prefers --date, then SOURCE_DATE_EPOCH; only those are fixed', () => {
    const given = new Date('2026-01-02T00:00:00Z');
    expect(resolveDate(given, {})).toEqual({ date: given, fixed: true });
    expect(resolveDate(undefined, { SOURCE_DATE_EPOCH: '86400' })).toEqual({ date: new Date(86_400_000), fixed: true });
    expect(resolveDate(undefined, {}).fixed).toBe(false);
  });
});
