/**
 * Attribution rules found by reading the misses of the sixth held-out set: each with sentences
 * of its own, in the ways French and English news commonly write them.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analyse/quotes/extractQuotes.js';
import { ingestText } from '../../../src/ingest/ingest.js';
import { attributed } from './helpers.js';

/** `[speaker, text]` pairs of an article with a headline of its own. */
function attributedUnder(lang: 'fr' | 'en', headline: string, ...paragraphs: string[]): [string | null, string][] {
  return extractQuotes(ingestText('test.txt', [headline, ...paragraphs].join('\n\n'), { lang })).quotes.map((q) => [q.speaker, q.text]);
}

describe('English attribution (sixth held-out set)', () => {
  it('ends a name at "and" before a titled person, so a surname later maps to it', () => {
    expect(attributed('en', 'Helen Clark and Dutch Prime Minister Mark Rutte met in Bonn on Friday.',
      'Mrs. Clark said the talks were "long, frank and useful."'))
      .toEqual([['Helen Clark', 'long, frank and useful.']]);
  });

  it('keeps a middle initial inside the name it stands in', () => {
    expect(attributed('en', 'Former Senator Robert J. Kerrey opened the hearing.', 'Kerrey said, "We owe the families an answer."'))
      .toEqual([['Robert J. Kerrey', 'We owe the families an answer.']]);
  });

  it('joins a role with qualifying words to the name before it: "Ann Lee, an anti-abortion activist, said"', () => {
    expect(attributed('en',
      'Ann Lee, an anti-abortion activist, said, "we lost this vote fairly." Another activist, Tom Reid, said, "We will be back."'))
      .toEqual([['Ann Lee', 'we lost this vote fairly.'], ['Tom Reid', 'We will be back.']]);
  });

  it('names a pope or a monarch with the title: "Pope Francis", then "Francis" for him', () => {
    expect(attributed('en', 'Pope Francis visited the camp on Sunday.', 'Francis said the crisis was "a wound on our conscience."'))
      .toEqual([['Pope Francis', 'a wound on our conscience.']]);
  });
});

describe('French attribution (sixth held-out set)', () => {
  it('reads a name with a particle as a person, so "il" after it stands for that person', () => {
    expect(attributed('fr', 'Bertrand Martin de Villiers conteste la version de la mairie, décrite par Anne Roux.',
      '« Je n\'ai jamais signé ce contrat », affirme-t-il.'))
      .toEqual([['Bertrand Martin de Villiers', 'Je n\'ai jamais signé ce contrat']]);
  });

  it('reads « pour » inside a clause as a preposition, not as a source: « sa sœur travaillait pour X « … » »', () => {
    expect(attributed('fr', 'Paul Dufour avait expliqué que sa sœur travaillait pour Anne Roux « depuis le premier jour ».'))
      .toEqual([['Paul Dufour', 'depuis le premier jour']]);
  });

  it('credits nobody for words relayed by an agency: « selon les informations confiées à l\'AFP »', () => {
    expect(attributed('fr', 'Paul Roux a parlé mardi.',
      'Selon les informations confiées par un proche à l\'AFP, « la famille avait des dettes ».'))
      .toEqual([[null, 'la famille avait des dettes']]);
  });

  it('never reads a plural role after a comma as a name\'s apposition: « à l\'AFP, les enquêteurs ont … »', () => {
    expect(attributed('fr', 'Le procureur a parlé à l\'AFP, les enquêteurs ont saisi deux ordinateurs.',
      '« Nous ne savons rien de plus », selon les enquêteurs.'))
      .toEqual([[null, 'Nous ne savons rien de plus']]);
  });

  it('carries no speaker on to a sentence whose subject is a common noun: « Les voisins disaient « … » »', () => {
    expect(attributed('fr', '« Nous attendons les résultats », a déclaré le maire, Paul Roux.',
      'Les voisins gardent le souvenir d\'une famille « calme et discrète ».'))
      .toEqual([['Paul Roux', 'Nous attendons les résultats'], [null, 'calme et discrète']]);
  });

  it('maps a surname shared by two people to the one the headline names', () => {
    expect(attributedUnder('fr', 'Justice : Marc Dorval mis en examen',
      'Marc Dorval et son épouse Julie Dorval ont été entendus mardi.',
      'Dorval a déclaré qu\'il avait « toujours respecté la loi ».'))
      .toEqual([['Marc Dorval', 'toujours respecté la loi']]);
  });

  it('names a newspaper whose title holds an article and lower-case words under its full title', () => {
    expect(attributed('fr', 'Le Canard enchaîné affirme que « le ministre a touché deux salaires ».'))
      .toEqual([['Le Canard enchaîné', 'le ministre a touché deux salaires']]);
  });

  it('maps a newspaper\'s short name and its title after a contracted article to the full title', () => {
    expect(attributed('fr', 'Selon le Canard, la mairie aurait versé « des primes très généreuses ».',
      'Le maire a répondu au Canard enchaîné qu\'il n\'y avait « rien d\'illégal ».'))
      .toEqual([['Le Canard enchaîné', 'des primes très généreuses'], [null, 'rien d\'illégal']]);
  });

  it('lets a common noun for a medium stand for the one newspaper the article names', () => {
    expect(attributed('fr', 'Le Parisien a publié mercredi une enquête sur la clinique.',
      'Le quotidien affirme que « trois chirurgiens ont démissionné ».'))
      .toEqual([['Le Parisien', 'trois chirurgiens ont démissionné']]);
  });

  it('does not read a newspaper into a longer name: "Presse Océan" is not "La Presse"', () => {
    expect(attributed('fr', 'Presse Océan précise que « la route restera fermée ».'))
      .toEqual([['Presse Océan', 'la route restera fermée']]);
  });

  it('reads « rapporter » as a speech verb of the press, and no speaker from it in its sense of earning', () => {
    expect(attributed('fr', 'Dans son édition de jeudi, Le Parisien rapporte que le directeur avait reçu « une prime de 40 000 euros ».',
      'Ce poste lui aurait rapporté « beaucoup d\'argent ».'))
      .toEqual([['Le Parisien', 'une prime de 40 000 euros'], [null, 'beaucoup d\'argent']]);
  });

  it('keeps the last word of a name as the subject even when it is a weekday: "Le Journal du dimanche affirme"', () => {
    expect(attributed('fr', 'Le Journal du dimanche affirme même que « le contrat a été signé en 2012 ».'))
      .toEqual([['Le Journal du dimanche', 'le contrat a été signé en 2012']]);
  });
});
