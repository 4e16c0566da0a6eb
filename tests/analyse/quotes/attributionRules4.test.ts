/**
 * Attribution rules found by reading the misses of the fourth held-out set: each with sentences
 * of its own, in the ways French and English news commonly write them.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analyse/quotes/extractQuotes.js';
import { ingestText } from '../../../src/ingest/ingest.js';
import { attributed } from './helpers.js';

/** `[speaker, text]` pairs of an article with its own headline. */
function withHeadline(lang: 'fr' | 'en', headline: string, ...paragraphs: string[]): [string | null, string][] {
  const article = ingestText('test.txt', [headline, ...paragraphs].join('\n\n'), { lang });
  return extractQuotes(article).quotes.map((q) => [q.speaker, q.text]);
}

describe('English attribution (fourth held-out set)', () => {
  it('maps a titled surname in the headline to the full name of the body: "Former NATO head Rasmussen"', () => {
    expect(withHeadline('en', 'Former NATO head Rasmussen urges calm',
      'The former NATO chief Anders Rasmussen spoke in Oslo on Monday.',
      '"Nobody gains from a new arms race in the north," Rasmussen said.'))
      .toEqual([['Anders Rasmussen', 'Nobody gains from a new arms race in the north,']]);
  });

  it('gives a second quotation the inverted subject of the first: "…," said Ortiz; "…"', () => {
    expect(attributed('en', 'Mayor Lucia Ortiz rejected the plan. "The bridge stays open to traffic," said Ortiz; "we will not close it for a festival."'))
      .toEqual([
        ['Lucia Ortiz', 'The bridge stays open to traffic,'],
        ['Lucia Ortiz', 'we will not close it for a festival.'],
      ]);
  });

  it('gives a participle after an inverted incise its subject: "…," said Ortiz, adding "…"', () => {
    expect(attributed('en', 'Lucia Ortiz runs the port. "Cargo is up again," said Ortiz, adding that the docks "need a second crane this year."'))
      .toEqual([
        ['Lucia Ortiz', 'Cargo is up again,'],
        ['Lucia Ortiz', 'need a second crane this year.'],
      ]);
  });

  it('never takes the agent of a passive participle for the subject: "A memo seen by Reuters says …"', () => {
    expect(attributed('en', 'A memo seen by Reuters says "the plant will close before the end of the year."'))
      .toEqual([[null, 'the plant will close before the end of the year.']]);
  });

  it('takes the subject past a participle phrase that names a place: "Ruiz, speaking in Madrid, said"', () => {
    expect(attributed('en', 'Carla Ruiz, speaking in Madrid, said "the talks will resume next week."'))
      .toEqual([['Carla Ruiz', 'the talks will resume next week.']]);
  });

  it('reads a capitalised preposition and a possessive as the opening phrase: "During the Senate\'s hearing …, Lopez said:"', () => {
    expect(attributed('en', 'Senator Maria Lopez chairs the panel. During Question Time\'s last session Friday, Lopez said: "We need the budget figures by June."'))
      .toEqual([['Maria Lopez', 'We need the budget figures by June.']]);
  });

  it('credits a document to the author named before its noun: "The Acme Corporation letter reads", "Nordic Steel\'s annual review concluded"', () => {
    expect(attributed('en',
      'The Acme Corporation letter reads "we will stop the shipments on the first of May."',
      'Nordic Steel\'s annual review of its own suppliers concluded, "Half of them cannot meet the new standard."',
    )).toEqual([
      ['Acme Corporation', 'we will stop the shipments on the first of May.'],
      ['Nordic Steel', 'Half of them cannot meet the new standard.'],
    ]);
  });

  it('credits a document to the author named after it: "A statement from Oxfam said"', () => {
    expect(attributed('en', 'A statement from Oxfam said "food prices have doubled in three months."'))
      .toEqual([['Oxfam', 'food prices have doubled in three months.']]);
  });

  it('finds the monarch named before by a synonym of his title', () => {
    expect(attributed('en', 'King Harald Olsen died in 1991.', 'The monarch had written in his diary: "I leave the palace to the people of this country."'))
      .toEqual([['Harald Olsen', 'I leave the palace to the people of this country.']]);
  });
});

describe('Attribution française (quatrième jeu mis à part)', () => {
  it('prend la deuxième citation avec le sujet inversé de la première : « … », a-t-elle expliqué, avant d\u2019ajouter : « … »', () => {
    expect(attributed('fr', 'Louise Carré a quitté la troupe en 1990. « Le théâtre m\u2019a tout donné », a-t-elle expliqué au Figaro, avant d\u2019ajouter : « Je ne remonterai plus sur scène ».'))
      .toEqual([
        ['Louise Carré', 'Le théâtre m\u2019a tout donné'],
        ['Louise Carré', 'Je ne remonterai plus sur scène'],
      ]);
  });

  it('donne au participe qui suit une incise inversée le sujet de celle-ci : « … », regrette-t-il, estimant que …', () => {
    expect(attributed('fr', 'Marc Vidal préside le club. « Les joueurs sont épuisés », regrette-t-il, estimant que le calendrier devrait laisser « une vraie semaine de repos ».'))
      .toEqual([
        ['Marc Vidal', 'Les joueurs sont épuisés'],
        ['Marc Vidal', 'une vraie semaine de repos'],
      ]);
  });

  it('lit un nom d\u2019organisme que suivent ses adjectifs en minuscules : « le président du Conseil départemental, Nom »', () => {
    expect(attributed('fr', '« Les routes seront salées avant six heures », a déclaré le président du Conseil départemental, Henri Barbier.'))
      .toEqual([['Henri Barbier', 'Les routes seront salées avant six heures']]);
  });

  it('prend le nom qui clôt une longue description après une incise : « explique la chercheuse principale et …, Nom »', () => {
    expect(attributed('fr', '« Les abeilles reconnaissent les visages humains », explique la chercheuse principale et professeure de biologie à l\u2019université de Lyon, Anne Girard.'))
      .toEqual([['Anne Girard', 'Les abeilles reconnaissent les visages humains']]);
  });

  it('ne confond pas deux rôles dont les organismes ne partagent qu\u2019un mot : « la candidate de Gauche unie » n\u2019est pas « la candidate de La Gauche verte »', () => {
    expect(attributed('fr', 'Julie Moreau, candidate de La Gauche verte, a présenté son programme. Paule Ruel, candidate des Républicains sociaux, aussi.',
      'La candidate de Gauche unie veut quant à elle « supprimer le cumul des mandats ».'))
      .toEqual([[null, 'supprimer le cumul des mandats']]);
  });

  it('lit les verbes d\u2019opinion : X veut « … », elle pense que « … »', () => {
    expect(attributed('fr', 'La candidate, Odile Ferrand, veut « rendre publics tous les contrats ». Elle pense aussi que « tout élu doit publier son patrimoine ».'))
      .toEqual([
        ['Odile Ferrand', 'rendre publics tous les contrats'],
        ['Odile Ferrand', 'tout élu doit publier son patrimoine'],
      ]);
  });

  it('ne reprend pas l\u2019orateur précédent quand la phrase a un autre sujet nommé', () => {
    expect(attributed('fr', 'Paul Girard a pris la parole en premier. « Le budget est insincère », a-t-il lancé.',
      'Sophie Lebrun, de son côté, attend que la loi « ne change rien aux retraites ».'))
      .toEqual([
        ['Paul Girard', 'Le budget est insincère'],
        // The sentence's own subject holds the view it quotes (tests/analyse/quotes/attributionRules7.test.ts).
        ['Sophie Lebrun', 'ne change rien aux retraites'],
      ]);
  });

  it('prend « Pour X » comme sujet pour le pronom suivant : Pour X, « … ». S\u2019il estime qu\u2019« … »', () => {
    expect(attributed('fr', 'Pour Alain Roche, faisant allusion à l\u2019affaire Jeanne Dubreuil, « les élus doivent rendre des comptes ». S\u2019il estime qu\u2019« une interdiction totale serait injuste », il propose un plafond.'))
      .toEqual([
        ['Alain Roche', 'les élus doivent rendre des comptes'],
        ['Alain Roche', 'une interdiction totale serait injuste'],
      ]);
  });

  it('crédite un document à son auteur nommé : « Le communiqué de Vinci précise »', () => {
    expect(attributed('fr', 'Le communiqué de Vinci précise que « les travaux reprendront dès lundi ».'))
      .toEqual([['Vinci', 'les travaux reprendront dès lundi']]);
  });

  it('retrouve le roi nommé avant sous un synonyme de son titre : « L\u2019ancien souverain avait exprimé … : »', () => {
    expect(attributed('fr', 'Le roi Albert Mbeki est mort en exil en 1980.', 'L\u2019ancien souverain avait exprimé dans une lettre son dernier souhait :',
      '« Je veux reposer auprès de ma mère, dans mon village natal. »'))
      .toEqual([['Albert Mbeki', 'Je veux reposer auprès de ma mère, dans mon village natal.']]);
  });
});
