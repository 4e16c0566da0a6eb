import { describe, expect, it } from 'vitest';
import { attributed, quotesOf } from './helpers.js';

describe('French attribution rules', () => {
  it('reads an incise with a past tense: « … », a écrit X', () => {
    expect(attributed('fr', 'La maire de Lyon, Claire Dubois, a rencontré les habitants. « Nous reconstruirons le pont avant l\u2019hiver », a écrit Dubois.'))
      .toEqual([['Claire Dubois', 'Nous reconstruirons le pont avant l\u2019hiver']]);
  });

  it('reads an inverted pronoun: dit-elle, after the person named before', () => {
    expect(attributed('fr', 'Marie Lenoir dirige la chorale depuis dix ans. « Chaque concert reste une aventure collective », dit-elle.'))
      .toEqual([['Marie Lenoir', 'Chaque concert reste une aventure collective']]);
  });

  it('reads a-t-il déclaré', () => {
    expect(attributed('fr', 'Le cycliste Paul Mercier a franchi la ligne en tête. « Je n\u2019ai jamais autant souffert sur un vélo », a-t-il déclaré.'))
      .toEqual([['Paul Mercier', 'Je n\u2019ai jamais autant souffert sur un vélo']]);
  });

  it('reads an incise with a present tense and no comma: « … » indique X', () => {
    expect(attributed('fr', '« Les semis ont trois semaines d\u2019avance cette année » indique Hélène Garnier, agronome.'))
      .toEqual([['Hélène Garnier', 'Les semis ont trois semaines d\u2019avance cette année']]);
  });

  it('takes the speaker before the quote: X a écrit qu\u2019il était « … »', () => {
    expect(attributed('fr', 'Le chef Antoine Roux a écrit qu\u2019il était « fatigué de courir après les étoiles » depuis longtemps.'))
      .toEqual([['Antoine Roux', 'fatigué de courir après les étoiles']]);
  });

  it('takes the speaker before a colon: X a déclaré : « … »', () => {
    expect(attributed('fr', 'Le ministre Louis Perrin a déclaré\u00a0: «\u00a0La réforme entrera en vigueur en janvier.\u00a0»'))
      .toEqual([['Louis Perrin', 'La réforme entrera en vigueur en janvier.']]);
  });

  it('reads selon X and d\u2019après X', () => {
    expect(attributed('fr',
      'Selon l\u2019économiste Sophie Marchand, « la croissance restera faible jusqu\u2019à l\u2019été ».',
      'D\u2019après le syndicat Force Ouvrière, « les salariés n\u2019ont pas été consultés sur ce plan ».',
    )).toEqual([
      ['Sophie Marchand', 'la croissance restera faible jusqu\u2019à l\u2019été'],
      ['Force Ouvrière', 'les salariés n\u2019ont pas été consultés sur ce plan'],
    ]);
  });

  it('gives a floating quote the speaker of the quote before it', () => {
    expect(attributed('fr', '« Le dossier est complet », a affirmé Julien Favre. « Il ne manque plus que la signature du préfet. »'))
      .toEqual([['Julien Favre', 'Le dossier est complet'], ['Julien Favre', 'Il ne manque plus que la signature du préfet.']]);
  });

  it('gives a floating quote the subject of a speech verb in the sentence before', () => {
    expect(attributed('fr', 'La directrice de l\u2019école, Anne Collin, a rappelé les règles aux parents. « Aucun élève ne sortira seul à midi. »'))
      .toEqual([['Anne Collin', 'Aucun élève ne sortira seul à midi.']]);
  });

  it('resolves il to the last person named, not to a company', () => {
    expect(attributed('fr', 'Marc Olivier a quitté Renault en mars. Il a expliqué que le groupe était « incapable de se réformer seul ».'))
      .toEqual([['Marc Olivier', 'incapable de se réformer seul']]);
  });

  it('maps a role to the person who holds it', () => {
    expect(attributed('fr',
      'Le directeur financier d\u2019Airbus, Thomas Keller, présentait les comptes.',
      '« Les commandes couvrent huit ans de production », a précisé le directeur financier d\u2019Airbus.',
    )).toEqual([['Thomas Keller', 'Les commandes couvrent huit ans de production']]);
  });

  it('maps a spokesperson without a name to the body she speaks for', () => {
    expect(attributed('fr',
      'La Société nationale des chemins de fer, la SNCF, a publié ses horaires.',
      '« Aucun train ne sera supprimé cet été », a assuré la porte-parole de la SNCF.',
    )).toEqual([['SNCF', 'Aucun train ne sera supprimé cet été']]);
  });

  it('maps a surname back to the full name', () => {
    const r = quotesOf('fr', 'L\u2019entraîneur Didier Lambert prépare la finale. « Nous jouerons pour gagner, pas pour défendre », a lancé Lambert.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Didier Lambert']);
    expect(r.people).toContainEqual({ name: 'Didier Lambert', roles: ['entraîneur'], aliases: ['Lambert'] });
  });

  it('skips a negated verb: n\u2019a pas dit', () => {
    expect(attributed('fr', 'Le juge Pierre Blanc n\u2019a pas dit que la décision était « définitive et sans appel possible ».'))
      .toEqual([[null, 'définitive et sans appel possible']]);
  });

  it('reads an incise with a verb missing from the list when a name follows: « … », soupire X', () => {
    expect(attributed('fr', 'Le Conseil municipal de Nantes votait le budget. « On nous demande toujours plus avec toujours moins », soupire Martine Leduc.'))
      .toEqual([['Martine Leduc', 'On nous demande toujours plus avec toujours moins']]);
  });

  it('reads selon lui as the person named before', () => {
    expect(attributed('fr', 'Le sénateur Yves Daudin défend son amendement. Selon lui, « la taxe ne touchera que les plus grandes entreprises ».'))
      .toEqual([['Yves Daudin', 'la taxe ne touchera que les plus grandes entreprises']]);
  });

  it('reads s’est amusé and drops a nationality before the name', () => {
    expect(attributed('fr', '« Le vent ne choisit pas son camp », s’est amusé l’Italien Marco Rossi après le match.'))
      .toEqual([['Marco Rossi', 'Le vent ne choisit pas son camp']]);
  });

  it('reads pour X, « … » as X’s view', () => {
    expect(attributed('fr', 'Pour la chercheuse Inès Haddad, « les données ne permettent pas encore de conclure ».'))
      .toEqual([['Inès Haddad', 'les données ne permettent pas encore de conclure']]);
  });

  it('skips a prepositional phrase between the verb and its inverted subject', () => {
    expect(attributed('fr', '« Nous ne fermerons aucune classe à la rentrée », a déclaré à l’AFP la rectrice Odile Marin.'))
      .toEqual([['Odile Marin', 'Nous ne fermerons aucune classe à la rentrée']]);
  });

  it('resolves il to the subject of the sentence before rather than to the last name in it', () => {
    expect(attributed('fr', 'Le ministre Paul Roy a reçu la syndicaliste Anne Duval mardi. Il a déclaré que « la réunion avait été très constructive ».'))
      .toEqual([['Paul Roy', 'la réunion avait été très constructive']]);
  });

  it('ends a name at « et » between two people, so each surname maps to its own full name', () => {
    expect(attributed('fr',
      'Les cofondateurs Julie Perrot et Marc Vidal ont quitté la société.',
      '« Nous partons sans regret », a déclaré Vidal.',
    )).toEqual([['Marc Vidal', 'Nous partons sans regret']]);
  });

  it('separates a title with its body from the holder: « a déclaré le ministre de l\u2019Intérieur X »', () => {
    expect(attributed('fr', '« Aucune manifestation ne sera interdite », a déclaré le ministre de l\u2019Intérieur Paul Garnier.'))
      .toEqual([['Paul Garnier', 'Aucune manifestation ne sera interdite']]);
  });

  it('reads an apposition across a parenthesis, and a colon after a quoted word', () => {
    expect(attributed('fr', 'Le président de la FFR (Fédération française de rugby), Jean Morel, a qualifié la décision d\u2019« injuste » : « Nous ferons appel devant toutes les instances. »'))
      .toEqual([['Jean Morel', 'Nous ferons appel devant toutes les instances.']]);
  });

  it('gives a speech verb after « et » the subject of the sentence', () => {
    expect(attributed('fr', 'La juge Claire Bastide a reçu les familles et a expliqué que le procès serait « long et difficile pour tout le monde ».'))
      .toEqual([['Claire Bastide', 'long et difficile pour tout le monde']]);
  });
  it('garde une particule arabe en minuscule dans un nom : « Karim al-Haddad a déclaré »', () => {
    expect(attributed('fr', 'Le ministre Karim al-Haddad a déclaré : « Nous ne signerons pas cet accord. »'))
      .toEqual([['Karim al-Haddad', 'Nous ne signerons pas cet accord.']]);
  });
  it('rattache un nom mal orthographié après un titre à la personne qu\u2019il désigne : « Mme Duchemain »', () => {
    expect(attributed('fr', 'Hélène Duchemin, maire de la commune, a visité le chantier. « Les travaux finiront en mai », a précisé Mme Duchemain.'))
      .toEqual([['Hélène Duchemin', 'Les travaux finiront en mai']]);
  });
  it('attribue au groupe nommé par son complément : « les auteurs de l\u2019étude »', () => {
    expect(attributed('fr', 'Les auteurs de l\'étude estiment que la sécheresse est « la pire depuis un siècle ».'))
      .toEqual([["les auteurs de l'étude", 'la pire depuis un siècle']]);
  });
  it('garde un rôle précédé d\u2019un qualificatif en apposition : « Paul Roux, ancien ministre de la Santé, a déclaré »', () => {
    expect(attributed('fr', 'Paul Roux, ancien ministre de la Santé, a déclaré : « Les hôpitaux manquent de bras. »'))
      .toEqual([['Paul Roux', 'Les hôpitaux manquent de bras.']]);
  });
  it('ne prend pas un lieu accolé à un autre pour une personne : « à l\u2019université de Caen, Normandie, a déclaré »', () => {
    expect(attributed('fr', 'Jean Martin, chercheur et professeur à l\'université de Caen, Normandie, a déclaré : « Personne n\'attendait la crue. »'))
      .toEqual([['Jean Martin', 'Personne n\'attendait la crue.']]);
  });
  it('rattache un nom mal orthographié sujet d\u2019un verbe de parole à la personne qu\u2019il désigne : « Duchemain a précisé »', () => {
    expect(attributed('fr', 'Hélène Duchemin, maire de la commune, a visité le chantier. Sur place, Duchemain a précisé : « Les travaux finiront en mai. »'))
      .toEqual([['Hélène Duchemin', 'Les travaux finiront en mai.']]);
  });
  it('n\u2019attribue jamais une citation à une personne qu\u2019elle nomme : « Elle a déclaré : « Marie Roux m\u2019a tout appris » »', () => {
    expect(attributed('fr', 'Marie Roux a fondé l\'école en 1950. Pour Anne Colin, enseignante, Roux reste un modèle. Elle a déclaré : « Marie Roux m\'a tout appris. »'))
      .toEqual([['Anne Colin', 'Marie Roux m\'a tout appris.']]);
  });
});
