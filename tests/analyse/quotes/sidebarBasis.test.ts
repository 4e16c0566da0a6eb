import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

/** `[speaker, in the sidebar]` of each quotation. */
const sidebarOf = (lang: 'fr' | 'en', ...paragraphs: string[]) => quotesOf(lang, ...paragraphs).quotes.map((q) => [q.speaker, q.sidebar]);

describe('sidebar: only quotations whose speaker the text names', () => {
  it('takes a quotation with its speaker named in the incise', () => {
    expect(sidebarOf('fr', '« Nous rouvrirons la ligne de tramway dès le premier jour du mois de septembre prochain », a déclaré Claire Dubois.'))
      .toEqual([['Claire Dubois', true]]);
  });

  it('takes a quotation credited through a role the article gave the person', () => {
    expect(sidebarOf('en', 'The mayor, Ruth Adler, visited the flooded streets on Monday.',
      '"We will rebuild every bridge the river took from us before the winter comes," the mayor said.'))
      .toEqual([['Ruth Adler', true]]);
  });

  it('keeps the speaker found through a pronoun but leaves the quotation out of the sidebar', () => {
    expect(sidebarOf('fr', 'Paul Mercier a franchi la ligne en tête après une longue échappée.',
      '« Je n\u2019ai jamais autant souffert sur un vélo depuis le début de ma carrière », a-t-il déclaré.'))
      .toEqual([['Paul Mercier', false]]);
  });
});
