import { describe, expect, it } from 'vitest';
import { parseDigits } from '../../../src/analyse/figures/parseNumber.js';

describe('parseDigits', () => {
  it('reads French decimals and thousands', () => {
    expect(parseDigits('1,5', 'fr')).toBe(1.5);
    expect(parseDigits('15,2', 'fr')).toBe(15.2);
    expect(parseDigits('99,9999', 'fr')).toBe(99.9999);
    expect(parseDigits('8 000', 'fr')).toBe(8000);
    expect(parseDigits('1 200 000', 'fr')).toBe(1200000);
    expect(parseDigits('1.200.000', 'fr')).toBe(1200000);
    expect(parseDigits('1.5', 'fr')).toBe(1.5);
  });

  it('reads English decimals and thousands', () => {
    expect(parseDigits('1.5', 'en')).toBe(1.5);
    expect(parseDigits('1,200,000', 'en')).toBe(1200000);
    expect(parseDigits('8,000', 'en')).toBe(8000);
    expect(parseDigits('1,000.25', 'en')).toBe(1000.25);
    expect(parseDigits('1,5', 'en')).toBe(1.5);
  });
});
