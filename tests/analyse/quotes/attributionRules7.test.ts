/**
 * Attribution rules for the causes of misses the held-out sets showed while blind: views held
 * with no speech verb, bodies a French pronoun stands for, pronouns that must agree in gender,
 * and a name with two coordinated roles. Each with sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analyse/quotes/extractQuotes.js';
import { ingestText } from '../../../src/ingest/ingest.js';
import { attributed } from './helpers.js';

/** `[speaker, in the sidebar]` pairs: the sidebar takes only quotes whose speaker is surely attributed. */
function withSidebar(lang: 'fr' | 'en', ...paragraphs: string[]): [string | null, boolean][] {
  return extractQuotes(ingestText('test.txt', ['Titre', ...paragraphs].join('\n\n'), { lang })).quotes.map((q) => [q.speaker, q.sidebar]);
}

describe('a view held by the subject of its sentence, with no speech verb', () => {
  it('credits a medium that "sees" something in a measure', () => {
    expect(attributed('fr', 'La réforme a été votée jeudi. Le Canard enchaîné y voit pour sa part un « cadeau fait aux grandes entreprises ».'))
      .toEqual([['Le Canard enchaîné', 'cadeau fait aux grandes entreprises']]);
  });

  it('reads a one-word medium before a clitic as the subject, not as a modifier of the noun after it', () => {
    expect(attributed('fr', 'Le Figaro y voit « une erreur de calendrier ».')).toEqual([['Le Figaro', 'une erreur de calendrier']]);
  });

  it('credits a person who rejects a reading of his words', () => {
    expect(attributed('fr', 'Le ministre de la justice Paul Girard récuse toute volonté de « protéger les fraudeurs » dans ce texte.'))
      .toEqual([['Paul Girard', 'protéger les fraudeurs']]);
  });

  it('credits an English speaker whose verb is not a speech verb', () => {
    expect(attributed('en', 'Prime Minister Ann Keane described the talks with the union as "long, difficult and in the end useful."'))
      .toEqual([['Ann Keane', 'long, difficult and in the end useful.']]);
  });

  it('does not credit a subject that a copula describes', () => {
    expect(attributed('fr', 'Jean Morel habitait le village depuis dix ans. Les Morel sont décrits comme « des gens discrets et serviables ».'))
      .toEqual([[null, 'des gens discrets et serviables']]);
  });

  it('keeps such a view out of the sidebar, which takes only speakers a speech verb or an incise names', () => {
    const long = 'Le texte protège les fraudeurs et ceux qui les conseillent, au détriment de tous les contribuables honnêtes du pays';
    expect(withSidebar('fr', `Paul Girard récuse cette lecture. Mediapart voit dans la loi « ${long} ».`))
      .toEqual([['Mediapart', false]]);
  });
});

describe('a French pronoun for a body', () => {
  it('gives "a-t-elle déclaré" to the association the sentence names, when it names no person', () => {
    expect(attributed('fr', 'Le premier ministre Jean Roux a défendu la loi lundi.',
      "La décision est accueillie avec soulagement par l'association Droits Devant : « C'est une victoire pour tous les locataires » a-t-elle déclaré."))
      .toEqual([['Droits Devant', "C'est une victoire pour tous les locataires"]]);
  });

  it('still gives it to a person when the sentence names one', () => {
    expect(attributed('fr', "Marie Lenoir, présidente de l'association Droits Devant, était à Lyon : « C'est une victoire pour tous » a-t-elle déclaré."))
      .toEqual([['Marie Lenoir', "C'est une victoire pour tous"]]);
  });
});

describe('pronouns agree in gender with the person the article names', () => {
  it('passes over a man for "elle", back to the woman the article called "la directrice"', () => {
    expect(attributed('fr', 'Claire Vidal, la directrice du musée, a reçu les élus.', 'Le maire Paul Girard a visité les salles avec eux.',
      'Plus tard, « nous rouvrirons en mai », a-t-elle assuré.'))
      .toEqual([['Claire Vidal', 'nous rouvrirons en mai']]);
  });

  it('passes over a woman for "he", back to the man called "Mr."', () => {
    expect(attributed('en', 'Mr. Tom Hale met the mayor on Monday.', 'Spokeswoman Jane Ruiz described the meeting to reporters.',
      'Later he said: "We will build the bridge next year."'))
      .toEqual([['Tom Hale', 'We will build the bridge next year.']]);
  });
});

describe('a name with two coordinated roles', () => {
  it('joins "président et chef de la direction" to the name before them', () => {
    expect(attributed('fr', 'Howard Levy, président et chef de la direction de la société, a déclaré lundi que les embauches iraient aux anciens militaires « qui ont servi comme interprètes ».'))
      .toEqual([['Howard Levy', 'qui ont servi comme interprètes']]);
  });
});

describe('names and their boundaries', () => {
  it('never starts a name with a preposition capitalised at the start of a sentence: "Sur Twitter"', () => {
    expect(attributed('fr', "Sur Twitter, l'ancien ministre Paul Girard a rendu hommage au défunt. « Je salue un homme de parole », a-t-il écrit."))
      .toEqual([['Paul Girard', 'Je salue un homme de parole']]);
  });

  it('does not join a particle to a first name and a surname: "les costumes Arnys de François Morel"', () => {
    expect(attributed('fr', 'Les costumes Arnys de François Morel ont coûté cher.', '« Un ami me les a offerts », a expliqué Morel.'))
      .toEqual([['François Morel', 'Un ami me les a offerts']]);
  });

  it('ends a body\'s name at its organisation word before the name of a person: "… Armed Forces Hussein Rashid Mohammed"', () => {
    expect(attributed('en', 'Former deputy director of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was sentenced.',
      'He said: "Long live the army and long live the nation."'))
      .toEqual([['Hussein Rashid Mohammed', 'Long live the army and long live the nation.']]);
  });

  it('joins a role, its adjectives and a capitalised article to the name after them: "le journal parodique Le Gorafi"', () => {
    expect(attributed('fr', 'Le journal parodique Le Gorafi a lui aussi réagi en lançant une collecte « pour sauver le candidat de la ruine ».'))
      .toEqual([['Le Gorafi', 'pour sauver le candidat de la ruine']]);
  });
});

describe('speakers named in other ways', () => {
  it('reads "X is reported to have said" as X speaking', () => {
    expect(attributed('en', 'Ali Hamid is reported to have said "Thanks be to God" as he left the court.'))
      .toEqual([['Ali Hamid', 'Thanks be to God']]);
  });

  it('credits the agent of a speech verb in the passive: "described by the Washington Post as"', () => {
    expect(attributed('en', 'Lena Ross published her memoir in 1986, described by the Washington Post as partly "a story of mutual sacrifice."'))
      .toEqual([['Washington Post', 'a story of mutual sacrifice.']]);
  });

  it('credits the person, not the body named in apposition to the person\'s affiliation', () => {
    expect(attributed('en', 'Ben Ward of the British gay rights organization, Stonewall, said: "We are obviously delighted with the decision."'))
      .toEqual([['Ben Ward', 'We are obviously delighted with the decision.']]);
  });

  it('reads a reporter\'s incise inside the marks, even when the quotation names its speaker there', () => {
    expect(attributed('fr', 'Henri Roux est mort jeudi. Les liens avec Paul Girard ne se sont jamais défaits.',
      '« J\'entretiens avec lui une relation de confiance, confiait d\'ailleurs Girard en 2010. J\'écoute ses conseils. »'))
      .toEqual([['Paul Girard', "J'entretiens avec lui une relation de confiance, confiait d'ailleurs Girard en 2010. J'écoute ses conseils."]]);
  });

  it('lets an incise after the marks win over words inside them that only look like one', () => {
    expect(attributed('fr', 'Paul Girard a pris la parole. « Je le répète, dit le proverbe, rien ne sert de courir », a-t-il lancé.'))
      .toEqual([['Paul Girard', 'Je le répète, dit le proverbe, rien ne sert de courir']]);
  });
});

describe('rules from the eighth held-out set\'s misses', () => {
  it('reads "US citizen Susan Cole, the mother of a victim," as one person, not the country', () => {
    expect(attributed('en', 'US citizen Susan Cole, the mother of one of those killed, thought of him as "a mass murderer".'))
      .toEqual([['Susan Cole', 'a mass murderer']]);
  });

  it('maps a surname to a full name written with a hyphenated particle: "Maliki" for Nouri al-Maliki', () => {
    expect(attributed('en', 'Prime Minister Nouri al-Maliki has been in Basra since Monday.',
      '"Otherwise, they will face the most severe penalties," Maliki said in a televised statement.'))
      .toEqual([['Nouri al-Maliki', 'Otherwise, they will face the most severe penalties,']]);
  });

  it('gives a pronoun the person among a sentence\'s subjects, not a nationality introduced before it', () => {
    expect(attributed('en', 'Prime Minister Nouri al-Maliki has been in Basra since Monday.',
      'According to Iraqi political analyst Hazem Ali, Sadr is a thorn in the side of groups that support Maliki. "There is a need to draw the lines," he said.'))
      .toEqual([['Hazem Ali', 'There is a need to draw the lines,']]);
  });

  it('never lets "it" stand for a person, even the last speaker', () => {
    expect(attributed('en', '"We honour them," Director Leon Pane said.',
      "Jordan's state news agency, Petra, identified the officer. It says he was killed while \"performing the sacred duty of our forces.\""))
      .toEqual([['Leon Pane', 'We honour them,'], ['Petra', 'performing the sacred duty of our forces.']]);
  });

  it('credits a writing by a pronoun to the person it stands for: "One post by him read"', () => {
    expect(attributed('en', 'Ali Hamad posted online under another name. One post by him read, "The supporters have won a great victory."'))
      .toEqual([['Ali Hamad', 'The supporters have won a great victory.']]);
  });

  it('does not read the object of a participle after the quotation as its speaker: "…", telling the BBC', () => {
    expect(attributed('en', 'Jim Swire believes he was not guilty. He described the death as "a sad time", telling the BBC he was "satisfied for years."'))
      .toEqual([['Jim Swire', 'a sad time'], ['Jim Swire', 'satisfied for years.']]);
  });

  it('gives "elle" to the unnamed relative who is the sentence\'s subject, so nobody named is credited', () => {
    expect(attributed('fr', 'Pascal Roux a disparu en février.',
      "La mère de Pascal Roux a confirmé qu'un trésor était la cause du drame. « Cet or a tout brisé dans notre famille », ajoute-t-elle."))
      .toEqual([[null, 'Cet or a tout brisé dans notre famille']]);
  });

  it('credits the agent after a passive that the quotation completes, or nobody when it is unnamed', () => {
    expect(attributed('fr', 'Pascal Roux, le père, 49 ans, travaillait à Nantes.', 'Le père est décrit comme « un gars équilibré, normal » par un ami d\'enfance.'))
      .toEqual([[null, 'un gars équilibré, normal']]);
  });

  it('reads a party acronym after a French role as the party, and joins the role to the name after its complement', () => {
    expect(attributed('fr', 'Sur France 2, le candidat LR à la présidentielle, François Morel, a parlé du suicide de Pierre Bérégovoy.',
      'Le candidat de droite a renouvelé sa référence à Pierre Bérégovoy. « Ne me jugez pas sur ces accusations » a-t-il déclaré.'))
      .toEqual([['François Morel', 'Ne me jugez pas sur ces accusations']]);
  });

  it('reads a name and its apposition as the subject when the closing comma is missing', () => {
    expect(attributed('en', 'Jarret Brach, consultant to the US government on terrorism said in an interview to The New York Times, "He is one of the most revered authors."'))
      .toEqual([['Jarret Brach', 'He is one of the most revered authors.']]);
  });
});

describe('rules from the ninth held-out set\'s misses', () => {
  it('reads a lower-case word between two role words as part of the role: "the Scottish government health secretary"', () => {
    expect(attributed('en', 'Alex Neill, the Scottish government health secretary, said the bill "will create a more tolerant society."'))
      .toEqual([['Alex Neill', 'will create a more tolerant society.']]);
  });

  it('reads a French body word right after "de" as qualifying a noun: "la conférence de presse, Nadal a déclaré"', () => {
    expect(attributed('fr', 'Rafael Nadal a gagné mardi.', 'Durant la conférence de presse, Nadal a déclaré à propos de son poignet : « Il est pas cassé, mais il peut se briser »'))
      .toEqual([['Rafael Nadal', 'Il est pas cassé, mais il peut se briser']]);
  });

  it('credits the name a long apposition ending in a role describes', () => {
    expect(attributed('en', 'Dr. Tan Hui, an ichthyologist and Lee Kong Chian Natural History Museum operations officer, stated, "Stingrays attack when they feel threatened."'))
      .toEqual([['Tan Hui', 'Stingrays attack when they feel threatened.']]);
  });

  it('does not read a speech verb\'s form after an article as a verb: "the claim that"', () => {
    expect(attributed('en', 'From the Labour party, Mary Fell argued against the claim that the law was satisfactory: "I ask the opponents of the bill to think again."'))
      .toEqual([['Mary Fell', 'I ask the opponents of the bill to think again.']]);
  });

  it('takes a name after "par la voix du porte-parole" as the antecedent of "qui"', () => {
    expect(attributed('fr', "Les États-Unis ont réagi par la voix du porte-parole du département d'État, John Kirk, qui indique qu'il ne voit « aucune raison de changer d'avis »."))
      .toEqual([['John Kirk', "aucune raison de changer d'avis"]]);
  });

  it('names a British peer with the title: "Lord Alli"', () => {
    expect(attributed('en', 'Lord Alli said that "my life and many others will be better today."'))
      .toEqual([['Lord Alli', 'my life and many others will be better today.']]);
  });

  it('reads a compound of role words as a role: "le journaliste-économiste Christian Chavagne"', () => {
    expect(attributed('fr', 'Pour le journaliste-économiste Christian Chavagne, avec ces déclarations « le président construit une bataille ».'))
      .toEqual([['Christian Chavagne', 'le président construit une bataille']]);
  });

  it('keeps a capitalised article inside a sentence with the name after it: "Pour L\'Opinion", "Le Canard enchaîné"', () => {
    expect(attributed('fr', "Pour L'Opinion, il s'agit d'une « intrusion scandaleuse du syndicat »."))
      .toEqual([["L'Opinion", 'intrusion scandaleuse du syndicat']]);
    expect(attributed('fr', 'Dans son édition de mercredi, Le Canard enchaîné rapporte que la fille avait commencé « un stage payé ».'))
      .toEqual([['Le Canard enchaîné', 'un stage payé']]);
  });

  it('gives a verb after a relative clause between commas to the clause\'s antecedent, nobody when it is a common noun', () => {
    expect(attributed('en', 'Phil Chan died in hospital.',
      "While Chan's colleagues declined to comment, a staff member at Shangri-La's Rasa Resort, who witnessed Chan being taken away, stated, \"It all happened very quickly.\""))
      .toEqual([[null, 'It all happened very quickly.']]);
  });
});

describe('rules from the tenth held-out set\'s misses', () => {
  it('reads a name after an article as no person, so "he" goes past it to the person', () => {
    expect(attributed('en', 'On Wednesday, film director Steven Spiel withdrew as adviser to the 2008 Summer Olympics in Beijing, China.',
      '"Conscience will not allow me to continue," he said.'))
      .toEqual([['Steven Spiel', 'Conscience will not allow me to continue,']]);
  });

  it('reads a name that is a place as no first name of a person: "in Beijing, China" and "Beijing Olympics"', () => {
    expect(extractQuotes(ingestText('t.txt', 'Row after Spiel quits Beijing Olympics\n\nFilm director Steven Spiel withdrew as adviser in Beijing, China. "Conscience will not allow me," he said.', { lang: 'en' }))
      .quotes.map((q) => q.speaker)).toEqual(['Steven Spiel']);
  });

  it('never credits a social network: "Sur la page Facebook de X" names where, not who', () => {
    expect(attributed('fr', 'Sur Facebook, on pouvait lire : « Merci pour tout, à l\'infini et au-delà ».'))
      .toEqual([[null, "Merci pour tout, à l'infini et au-delà"]]);
  });

  it('names a body by the words an acronym is spelled out as', () => {
    expect(attributed('fr', "Un porte-parole de l'entreprise RTE (Réseau de Transport d'Électricité) a expliqué que « la fréquence demeure basse »."))
      .toEqual([["Réseau de Transport d'Électricité", 'la fréquence demeure basse']]);
  });

  it('credits the name an apposition describes, not a name inside the description', () => {
    expect(attributed('fr', 'Lee Unkrich, réalisateur de Toy Story 3 et Coco, a écrit sur Twitter : « Tellement triste de cette nouvelle »'))
      .toEqual([['Lee Unkrich', 'Tellement triste de cette nouvelle']]);
  });

  it('keeps a person named as a modifier after an article a person: "the Kohail brothers"', () => {
    expect(attributed('en', 'Mohamed Kohail faces death. The case of the Kohail brothers drew protests.', '"I was tortured to sign a confession," he said.'))
      .toEqual([['Mohamed Kohail', 'I was tortured to sign a confession,']]);
  });
});

describe('rules from the eleventh held-out set\'s misses', () => {
  it('reads a role word closing a lone first name as a surname: "Terence Fan"', () => {
    expect(attributed('en', 'AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who said "It is a scenario we have seen before."'))
      .toEqual([['Terence Fan', 'It is a scenario we have seen before.']]);
  });

  it('skips an opening participial clause when it looks for the sentence\'s subject', () => {
    expect(attributed('en', 'Sharing an incident of watching the Grammys before they were famous, Tyler Josephs said Josh Dunn proposed a bet.',
      'In his acceptance speech, he said, "Anyone from anywhere can do anything."'))
      .toEqual([['Tyler Josephs', 'Anyone from anywhere can do anything.']]);
  });

  it('reads the name after a verb set after a comma as its subject: "…, indique la NASA."', () => {
    expect(attributed('fr', 'Le télescope servira à « sonder les origines de notre univers », indique la NASA.',
      '« Une fois la date de lancement fixée, nous fournirons une estimation des coûts »'))
      .toEqual([['NASA', 'sonder les origines de notre univers'], ['NASA', 'Une fois la date de lancement fixée, nous fournirons une estimation des coûts']]);
  });
});

describe('rules from the thirteenth held-out set\'s misses', () => {
  it('reads a compound ending in a role word as a role: "le vice-procureur Laurent Labadie"', () => {
    expect(attributed('fr', 'Selon le vice-procureur Laurent Labadi, « quelqu’un est descendu avec un gâteau et a chuté dans l’escalier ».'))
      .toEqual([['Laurent Labadi', 'quelqu’un est descendu avec un gâteau et a chuté dans l’escalier']]);
  });

  it('reads a lone name with an age in apposition as a person\'s, even opening its sentence', () => {
    expect(attributed('en', '40-year-old Adam Nur describes breaking free from a car. Syakrani, 24, says he survived by clinging to containers.',
      '"The authorities should have closed the bridge," he said.'))
      .toEqual([['Syakrani', 'The authorities should have closed the bridge,']]);
  });

  it('credits nobody named for "one nuclear official said", not a holder of that role named before', () => {
    expect(attributed('en', 'Kan Ito, a government official, visited the plant on Monday.',
      '"Our estimate shows it is about ten percent of Chernobyl," one nuclear official said.'))
      .toEqual([[null, 'Our estimate shows it is about ten percent of Chernobyl,']]);
  });
});
