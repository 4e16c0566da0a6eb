import { describe, expect, it } from 'vitest';
import { pullQuoteText } from '../../src/compose/viewModel.js';

describe('pullQuoteText', () => {
  it('drops the comma that led into the attribution, keeping the words', () => {
    expect(pullQuoteText('We have never seen gusts like these on the coast,')).toBe('We have never seen gusts like these on the coast');
    expect(pullQuoteText('Nous irons jusqu’au bout :')).toBe('Nous irons jusqu’au bout');
  });

  it('keeps closing punctuation that belongs to the sentence', () => {
    expect(pullQuoteText('Le parquet exagère les chiffres !')).toBe('Le parquet exagère les chiffres !');
    expect(pullQuoteText('It was a mistake.')).toBe('It was a mistake.');
    expect(pullQuoteText('Et alors… […]')).toBe('Et alors… […]');
  });
});
