import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('what is not a quotation, and fragments', () => {
  it('leaves out a title announced by intitulé', () => {
    const r = quotesOf('fr', 'Le rapport intitulé « Une eau pour tous demain » a été remis au ministre Paul Roy.');
    expect(r.quotes).toEqual([]);
  });

  it('leaves out a title in title case', () => {
    expect(quotesOf('en', 'She reviewed "The Long Road Home" for the paper.').quotes).toEqual([]);
  });

  it('leaves out one- and two-word scare quotes', () => {
    expect(quotesOf('fr', 'Ces « mules » servaient de « simples relais » au réseau, selon la police.').quotes).toEqual([]);
  });

  it('marks words built into the reporter\u2019s sentence as a fragment, never in the sidebar', () => {
    const r = quotesOf('fr', 'Le sénateur Jacques Morel juge le projet « mal préparé et franchement coûteux pour tous ».');
    expect(r.quotes.map((q) => [q.kind, q.sidebar])).toEqual([['fragment', false]]);
  });

  it('marks a clause after que with its own subject as full', () => {
    const r = quotesOf('fr', 'La ministre Claire Abadie a assuré que « personne ne perdra son emploi dans cette réforme ».');
    expect(r.quotes.map((q) => q.kind)).toEqual(['full']);
  });
});
