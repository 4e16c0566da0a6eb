/**
 * Regular verb inflection, so the label data lists verbs once, by their base form ("supprimer",
 * "evacuate"), and still recognises "supprime", "supprimé", "va supprimer", "evacuated",
 * "firing". Irregular forms are listed in the data (`label.verbForms`, `label.participles`).
 */

/** French endings by verb group: -er, -ir (finir), -re (vendre), added to the stem without the ending. */
const FRENCH_ENDINGS: Record<string, string[]> = {
  er: ['er', 'e', 'es', 'ent', 'é', 'ée', 'és', 'ées', 'ait', 'aient', 'ais', 'era', 'eront', 'erait', 'eraient', 'ant', 'ons', 'ez', 'a', 'èrent'],
  ir: ['ir', 'i', 'ie', 'is', 'ies', 'it', 'issent', 'issait', 'issaient', 'ira', 'iront', 'irait', 'iraient', 'issant', 'issons', 'issez', 'irent'],
  re: ['re', '', 's', 't', 'u', 'ue', 'us', 'ues', 'ent', 'ait', 'aient', 'ra', 'ront', 'rait', 'raient', 'ant', 'ons', 'ez', 'it', 'irent'],
};
const FRENCH_PARTICIPLE: Record<string, string> = { er: 'é', ir: 'i', re: 'u' };
const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|sh|ch|x|z|o)$/;

const frenchGroup = (lemma: string) => lemma.slice(-2);

function englishPast(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (CONSONANT_Y.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

function englishForms(lemma: string): string[] {
  const third = CONSONANT_Y.test(lemma) ? `${lemma.slice(0, -1)}ies` : SIBILANT.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const ing = lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, third, englishPast(lemma), ing];
}

function frenchForms(lemma: string): string[] {
  const endings = FRENCH_ENDINGS[frenchGroup(lemma)];
  if (!endings) return [lemma];
  const stem = lemma.slice(0, -2);
  return endings.map((e) => stem + e);
}

/** The forms of a verb a news text may use, base form included. */
export function verbForms(lang: string, lemma: string): string[] {
  return lang === 'fr' ? frenchForms(lemma) : englishForms(lemma);
}

/** The past participle, masculine singular in French ("supprimé", "evacuated"). */
export function pastParticiple(lang: string, lemma: string, irregular: Map<string, string>): string {
  const listed = irregular.get(lemma);
  if (listed) return listed;
  if (lang !== 'fr') return englishPast(lemma);
  const ending = FRENCH_PARTICIPLE[frenchGroup(lemma)];
  return ending ? lemma.slice(0, -2) + ending : lemma;
}
