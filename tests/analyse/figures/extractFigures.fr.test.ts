import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/ingest/ingest.js';
import { extractFigures } from '../../../src/analyse/figures/extractFigures.js';
import { figuresOf, summarise } from './figuresOf.js';

const fr = (body: string, date?: string) => summarise(figuresOf(body, 'fr', date));

describe('French figures', () => {
  it('reads thousands written with a space, a no-break space or a narrow no-break space', () => {
    expect(fr('La mairie a recruté 8 000 agents.')).toEqual(['8 000 agents = 8000 agents']);
    expect(fr('La mairie a recruté 8\u00a0000 agents.')).toEqual(['8\u00a0000 agents = 8000 agents']);
    expect(fr('La mairie a recruté 8\u202f000 agents.')).toEqual(['8\u202f000 agents = 8000 agents']);
    expect(fr('Le pays compte 1 200 000 habitants.')).toEqual(['1 200 000 habitants = 1200000 people']);
  });

  it('reads decimals with a comma or a period', () => {
    expect(fr('La dette atteint 1,5 milliard d\'euros.')).toEqual(["1,5 milliard d'euros = 1500000000 EUR"]);
    expect(fr('La dette atteint 1.5 milliard d’euros.')).toEqual(['1.5 milliard d’euros = 1500000000 EUR']);
  });

  it('reads percentages, signs and points', () => {
    expect(fr('Les ventes ont reculé de 15,2 % cette année.')).toEqual(['15,2 % = 15.2 percent']);
    expect(fr('Le titre a chuté (- 33 % sur le semestre).')).toEqual(['- 33 % = -33 percent']);
    expect(fr('Le chômage touche 9 pour cent des actifs.')).toEqual(['9 pour cent = 9 percent']);
    expect(fr('Le taux a gagné 2 points de pourcentage.')).toEqual(['2 points de pourcentage = 2 percent']);
  });

  it('reads ranges as [low, high]', () => {
    expect(fr('Entre 60 à 70 % des électeurs ont voté.')).toEqual(['60 à 70 % = [60,70] percent']);
    expect(fr('Le chantier durera de 8 à 10 ans.')).toEqual(['8 à 10 ans = [8,10] years']);
    expect(fr('On attend entre 5 et 10 millions de visiteurs.')).toEqual(['5 et 10 millions de visiteurs = [5000000,10000000] visitors']);
    expect(fr('Le club espère marquer un ou deux buts.')).toEqual(['un ou deux buts = [1,2] goals']);
    expect(fr('Il faudra 3 ou 4 semaines.')).toEqual(['3 ou 4 semaines = [3,4] weeks']);
  });

  it('reads number words and fractions', () => {
    expect(fr('Deux enfants et six femmes ont été secourus.')).toEqual(['Deux enfants = 2 children', 'six femmes = 6 women']);
    expect(fr('Vingt-cinq élèves sont absents.')).toEqual(['Vingt-cinq élèves = 25 pupils']);
    expect(fr('La moitié des salariés sont en grève.')).toEqual(['moitié = 0.5 fraction']);
    expect(fr('Près de la moitié des élèves ont voté, et plus de moitié des parents.')).toEqual([
      'moitié = 0.5 fraction (nearly)',
      'moitié = 0.5 fraction (more than)',
    ]);
    expect(fr('Un tiers des communes est concerné.')).toEqual(['Un tiers = 0.3333333333 fraction']);
    expect(fr('Deux tiers des communes sont concernées.')).toEqual(['Deux tiers = 0.6666666666 fraction']);
  });

  it('reads scales: mille, million(s), milliard(s), Md, M, k', () => {
    expect(fr('Le club compte trois mille supporters.')).toEqual(['trois mille supporters = 3000 supporters']);
    expect(fr('Un million de personnes ont défilé.')).toEqual(['Un million de personnes = 1000000 people']);
    expect(fr('Le groupe a levé 13 Md$ et 2,3 M€.')).toEqual(['13 Md$ = 13000000000 USD', '2,3 M€ = 2300000 EUR']);
    expect(fr('Le budget est de 450 k€.')).toEqual(['450 k€ = 450000 EUR']);
  });

  it('reads money in dollars, euros and pounds, words or symbols, either apostrophe', () => {
    expect(fr('Il a payé 3 millions d\'euros.')).toEqual(["3 millions d'euros = 3000000 EUR"]);
    expect(fr('Il a payé 3 millions d’euros.')).toEqual(['3 millions d’euros = 3000000 EUR']);
    expect(fr('Il a payé un milliard de dollars.')).toEqual(['un milliard de dollars = 1000000000 USD']);
    expect(fr('Le loyer coûte 700 livres sterling.')).toEqual(['700 livres sterling = 700 GBP']);
    expect(fr('Le billet vaut 25 € ou 30 $.')).toEqual(['25 € = 25 EUR', '30 $ = 30 USD']);
    expect(fr('La facture s’élève à 12 000 USD.')).toEqual(['12 000 USD = 12000 USD']);
    expect(fr('Le stade a coûté 40 millions de dollars néo-zélandais, soit NZ$40 millions.')).toEqual([
      '40 millions de dollars néo-zélandais = 40000000 NZD',
      'NZ$40 millions = 40000000 NZD',
    ]);
  });

  it('reads durations', () => {
    expect(fr('Les travaux ont duré 6 mois.')).toEqual(['6 mois = 6 months']);
    expect(fr('Il a attendu trois semaines.')).toEqual(['trois semaines = 3 weeks']);
    expect(fr('Il a vécu trois ans et demi à Lyon.')).toEqual(['trois ans et demi = 3.5 years']);
    expect(fr('Ils ont eu un an pour réussir.')).toEqual(['un an = 1 years']);
    expect(fr('Les deux dernières années ont été dures.')).toEqual(['deux dernières années = 2 years']);
  });

  it('reads the French counterparts of English compound adjectives as counts and durations', () => {
    expect(fr('Le ministère a publié un rapport de 131 pages.')).toEqual(['131 pages = 131 pages']);
    expect(fr('Un bébé de huit mois est malade.')).toEqual(['huit mois = 8 months']);
  });

  it('reads "l’un des…" as a pronoun, not a count', () => {
    expect(fr("L'un des deux frères est parti ; l’une des plus grandes villes.")).toEqual(['deux frères = 2 frères']);
  });

  it('reads an age in apposition to a name or after "âgé de", in years', () => {
    expect(fr('Anna Berg, 58 ans, a témoigné.')).toEqual(['58 ans = 58 years']);
    expect(fr('Le conducteur, âgé de 27 ans, est indemne.')).toEqual(['27 ans = 27 years']);
  });

  it('reads multiples before their comparison or after "multiplié par"; "une fois" is no figure', () => {
    expect(fr('La production a été multipliée par 6 et vaut quatre fois celle de 2001.')).toEqual([
      '6 = 6 times',
      'quatre fois = 4 times',
      '2001 = 2001 year',
    ]);
    expect(fr('Il a gagné une fois de plus et perdu trois fois.')).toEqual(['trois fois = 3 times']);
  });

  it('reads a rank after "numéro" or "n°", not after a name', () => {
    expect(fr('Le club est numéro 4 du classement, et son président le numéro deux du parti.')).toEqual([
      'numéro 4 = 4 rank',
      'numéro deux = 2 rank',
    ]);
    expect(fr('La salle numéro 4 est fermée.')).toEqual([]);
  });

  it('reads a bare count whose noun a word before it implies', () => {
    expect(fr('Le séisme a frappé la ville, tuant 8 et blessant plus de 20 ; le bilan s’élève à 30.')).toEqual([
      '8 = 8 people',
      '20 = 20 people (more than)',
      '30 = 30 people',
    ]);
    expect(fr('Un jury de douze, nommé en mai, a tranché.')).toEqual(['douze = 12 members']);
  });

  it('reads a proportion as a fraction, not as a count', () => {
    expect(fr('Un électeur sur quatre est resté chez lui.')).toEqual(['Un électeur sur quatre = 0.25 fraction']);
    expect(fr('Près de 3 sur 4 approuvent.')).toEqual(['3 sur 4 = 0.75 fraction (nearly)']);
  });

  it('reports a day and month it leaves out when the article has no date to give the year', () => {
    const undated = extractFigures(ingestText('t.txt', 'Titre\n\nLe vote a eu lieu le 3 juillet.', { lang: 'fr' }));
    expect(undated.figures).toEqual([]);
    expect(undated.diagnostics.map((d) => [d.code, d.source?.line])).toEqual([['figure.date-without-year', 3]]);
    expect(undated.diagnostics[0]!.message).toContain('"3 juillet"');
    const dated = extractFigures(ingestText('t.txt', 'Titre\n\n26 juin 2012. - Paris\n\nLe vote a eu lieu le 3 juillet.', { lang: 'fr' }));
    expect([dated.figures.length, dated.diagnostics.length]).toEqual([1, 0]);
  });

  it('reads years and dates, completing the year from the article date', () => {
    expect(fr('La loi a été votée en 2019.')).toEqual(['2019 = 2019 year']);
    expect(fr('L’usine fermera d’ici à 2014.')).toEqual(['2014 = 2014 year']);
    expect(fr('Le contrat a été signé le 12 juin 2019.')).toEqual(['12 juin 2019 = "2019-06-12" date']);
    expect(fr('La séance a eu lieu le 3 juillet.', '12 juillet 2012')).toEqual(['3 juillet = "2012-07-03" date']);
    expect(fr('Le décret date du 1er janvier 2020.')).toEqual(['1er janvier 2020 = "2020-01-01" date']);
    expect(fr('Le vote est prévu en mars 2021.')).toEqual(['mars 2021 = "2021-03" date']);
  });

  it('reads counts with the counted noun as an English unit, or the noun itself', () => {
    expect(fr('PSA va supprimer 8 000 emplois.')).toEqual(['8 000 emplois = 8000 jobs']);
    expect(fr('Un modèle de 340 millions de paramètres.')).toEqual(['340 millions de paramètres = 340000000 parameters']);
    expect(fr('Cinq grandes banques sont visées.')).toEqual(['Cinq grandes banques = 5 banks']);
    expect(fr('On a arrêté deux Polonais.')).toEqual(['deux Polonais = 2 people']);
    expect(fr('La ville a planté 40 platanes.')).toEqual(['40 platanes = 40 platanes']);
  });

  it('keeps qualifiers out of the surface', () => {
    expect(fr('Il a fallu environ 6 mois.')).toEqual(['6 mois = 6 months (about)']);
    expect(fr('Ils ont volé près de 3 millions d\'euros.')).toEqual(["3 millions d'euros = 3000000 EUR (nearly)"]);
    expect(fr('Ils ont piraté plus de 13 000 comptes.')).toEqual(['13 000 comptes = 13000 accounts (more than)']);
    expect(fr('Google avait BERT depuis au moins six mois.')).toEqual(['six mois = 6 months (at least)']);
    expect(fr('Il supprime pas moins de 8 000 postes.')).toEqual(['8 000 postes = 8000 jobs (at least)']);
    expect(fr('Il reste moins de 20 jours.')).toEqual(['20 jours = 20 days (less than)']);
  });

  it('gives a bare number the unit of its sentence’s last count or amount', () => {
    expect(fr('Une aide de 1,5 M€ et un fonds de 15 millions.')).toEqual(['1,5 M€ = 1500000 EUR', '15 millions = 15000000 EUR']);
    expect(fr('Il y avait 87 000 électeurs, soit 2 000 de plus.')).toEqual(['87 000 électeurs = 87000 voters', '2 000 de plus = 2000 voters']);
  });

  it('leaves out what is not a figure', () => {
    expect(fr('Le feu est parti vers 17 h 30 hier.')).toEqual([]);
    expect(fr('Un modèle et une urgence ont suivi l’un des projets.')).toEqual([]);
    expect(fr('Microsoft a copié le BERT-large de Google sous Windows 95.')).toEqual([]);
    expect(fr('Voir l’article 12 et la page 3.')).toEqual([]);
    expect(fr('La réunion commence à 15 h 30, ou à 16 heures.')).toEqual([]);
    expect(fr('1. Le premier point.')).toEqual([]);
    expect(fr('Plusieurs années et des dizaines de personnes.')).toEqual([]);
    expect(fr('Les années 1990 ont vu naître la 3D.')).toEqual([]);
  });

  it('never reads the dateline, captions or the trailer', () => {
    const figures = figuresOf('Le texte compte 12 pages.\n\nSource-145', 'fr', '26 juin 2012. - Il pleut');
    expect(summarise(figures)).toEqual(['12 pages = 12 pages']);
  });
});
