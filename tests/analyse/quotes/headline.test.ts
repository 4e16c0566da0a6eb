import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analyse/quotes/extractQuotes.js';
import { ingestText } from '../../../src/ingest/ingest.js';

const article = (title: string, ...paragraphs: string[]) =>
  extractQuotes(ingestText('test.txt', [title, ...paragraphs].join('\n\n'), { lang: 'fr' }));

describe('quotations in the headline', () => {
  it('take the speaker of the same words in the body, once, and stay out of the sidebar', () => {
    const r = article('Port de Brest : « Les quais seront rouverts avant Noël »',
      'Le préfet Alain Morel a fait le point mardi. « Les quais seront rouverts avant Noël », a-t-il promis devant les dockers réunis sur le port.');
    expect(r.quotes.map((q) => [q.speaker, q.text, q.start > 60])).toEqual([['Alain Morel', 'Les quais seront rouverts avant Noël', true]]);
  });

  it('otherwise go to the article\u2019s main speaker, and are never in the sidebar', () => {
    const r = article('Banques : « Le chiffre est exagéré de moitié au moins »',
      'La fédération des banques, Febelbank, conteste les chiffres du parquet.',
      '« Nous avons compté trois cents cas réels depuis janvier, pas davantage », a indiqué Febelbank. « Les pertes sont couvertes par les assurances des banques. »');
    const headline = r.quotes.find((q) => q.start < 60)!;
    expect([headline.speaker, headline.sidebar]).toEqual(['Febelbank', false]);
  });
});
