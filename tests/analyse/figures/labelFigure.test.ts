import { describe, expect, it } from 'vitest';
import { figuresOf } from './figuresOf.js';

/** `surface — label` of each figure of a one-sentence article. */
const labels = (lang: 'fr' | 'en', body: string) => figuresOf(body, lang).map((f) => `${f.surface} — ${f.label}`);

describe('French figure labels', () => {
  it('names the governing verb’s action, its adverb as an adjective, and resolves a possessive to the name beside it', () => {
    expect(labels('fr', "Le groupe a investi initialement 2 milliards d'euros dans sa filiale, Alstom.")).toEqual([
      "2 milliards d'euros — investissement initial dans Alstom",
    ]);
    expect(labels('fr', "La ville a maintenant dépensé 3 millions d'euros.")).toEqual(["3 millions d'euros — dépense totale"]);
  });

  it('says what happened to a count, with its complement', () => {
    expect(labels('fr', 'Renault va supprimer 4 000 emplois en Espagne.')).toEqual(["4 000 emplois — suppression d'emplois en Espagne"]);
  });

  it('keeps the participle of a counted subject', () => {
    expect(labels('fr', 'Trois salariés ont été licenciés la semaine dernière.')).toEqual(['Trois salariés — salariés licenciés la semaine dernière']);
  });

  it('names an age by its person', () => {
    expect(labels('fr', 'Anna Berg, 58 ans, et son frère, âgé de 61 ans, ont témoigné.')).toEqual([
      "58 ans — âge d'Anna Berg",
      '61 ans — âge de son frère',
    ]);
  });

  it('gives a duration its purpose', () => {
    expect(labels('fr', 'Il a fallu deux ans pour construire le pont.')).toEqual(['deux ans — temps pour construire le pont']);
  });

  it('reads "NOUN de FIGURE": an action, the thing a count belongs to, a titled document', () => {
    expect(labels('fr', 'La commune annonce la fermeture de 12 écoles.')).toEqual(["12 écoles — fermeture d'écoles"]);
    expect(labels('fr', 'Un navire de 300 passagers a coulé.')).toEqual(['300 passagers — passagers du navire']);
    expect(labels('fr', 'Le rapport de 2021 intitulé « Climat et santé » a fait date.')).toEqual(['2021 — rapport « Climat et santé »']);
  });

  it('applies the action to the object before "de" and to the subject of a verb without one', () => {
    expect(labels('fr', 'Il a acheté un terrain de 40 hectares.')).toEqual(["40 hectares — achat d'un terrain"]);
    expect(labels('fr', 'Le prix du gaz a augmenté de 12 %.')).toEqual(['12 % — hausse du prix du gaz']);
    expect(labels('fr', "La production a démarré en 2015 dans l'usine de Lyon.")).toEqual(["2015 — début de la production dans l'usine de Lyon"]);
  });

  it('labels a figure in parentheses by the noun phrase before them', () => {
    expect(labels('fr', 'Le groupe subit une baisse des ventes (- 8 % pour la France).')).toEqual(['- 8 % — baisse des ventes pour la France']);
  });
});

describe('English figure labels', () => {
  it('names a compound adjective by the noun it qualifies, an age compound as an age', () => {
    expect(labels('en', 'Talks resumed after a 7-year pause in relations.')).toEqual(['7-year — pause in relations']);
    expect(labels('en', 'The 90-page report was published by the ministry.')).toEqual(['90-page — report published by the ministry']);
    expect(labels('en', 'Their six-month-old daughter fell ill.')).toEqual(['six-month-old — age of daughter']);
  });

  it('names an age by its person', () => {
    expect(labels('en', 'Anna Berg, 58, and her brother, aged 61, testified.')).toEqual(['58 — age of Anna Berg', '61 — age of her brother']);
  });

  it('names the action with its adjective and complement', () => {
    expect(labels('en', 'The company initially invested $2bn in its rival, Acme.')).toEqual(['$2bn — initial investment in Acme']);
    expect(labels('en', 'The council has now spent £4m on the bridge.')).toEqual(['£4m — total spending on the bridge']);
  });

  it('gives a count its participle, its complement and its agent; a time complement gives way', () => {
    expect(labels('en', 'Rescuers evacuated 300 residents from Ashford after the flood.')).toEqual([
      '300 residents — residents evacuated from Ashford by Rescuers',
    ]);
    expect(labels('en', 'The storm killed 15 people in the village.')).toEqual(['15 people — people killed in the village by the storm']);
  });

  it('keeps the predicate of a counted subject', () => {
    expect(labels('en', 'Five soldiers were killed near the border.')).toEqual(['Five soldiers — soldiers killed near the border']);
  });

  it('applies the action to the object before "by" and to the subject of a verb without one', () => {
    expect(labels('en', 'The firm cut its budget by 20 percent.')).toEqual(['20 percent — cut in its budget']);
    expect(labels('en', 'The festival began on June 3, 2015.')).toEqual(['June 3, 2015 — start of the festival']);
  });

  it('gives a duration its purpose or its deadline', () => {
    expect(labels('en', 'The ceasefire gives both sides 72 hours to withdraw their troops.')).toEqual(['72 hours — time to withdraw their troops']);
    expect(labels('en', 'Both sides must stop the shelling within 72 hours.')).toEqual(['72 hours — deadline to stop the shelling']);
  });

  it('reads a percentage of something as a share', () => {
    expect(labels('en', 'The survey found 40 percent of the voters in Ohio.')).toEqual(['40 percent — share of the voters in Ohio']);
  });

  it('falls back to the words around the figure when no rule applies', () => {
    expect(labels('en', 'He must leave the country within 30 days.')).toEqual(['30 days — he must leave the country']);
  });
});
