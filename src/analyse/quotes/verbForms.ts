/** Surface forms of speech verbs, generated from the infinitives kept in the language data. */

/** French first-group verb (-er) → the forms an attribution uses: present, past, imperfect, participles. */
export function frenchFirstGroupForms(infinitive: string): string[] {
  const stem = infinitive.replace(/^(?:s'|se )/u, '').slice(0, -2);
  // Before a hard vowel, c and g keep their sound: annonça, interrogea.
  const hard = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  // An e or é in the last syllable opens to è before a mute ending: révèle, martèle, célèbre;
  // not before a doubled consonant or a cluster that already closes the syllable: regrette, proteste.
  const open = stem.replace(/[eé]([^aeiouyéèê](?:[rl])?)$/u, (m, c: string) => (c.length === 2 && c[0] === c[1] ? m : `è${c}`));
  return [
    `${open}e`, `${open}ent`, `${hard}a`, `${hard}ait`, `${hard}aient`, `${stem}èrent`,
    `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`, `${hard}ant`,
  ];
}

/** English regular verb → base, third person, past and -ing forms. */
export function englishRegularForms(base: string): string[] {
  if (/[^aeiou]y$/u.test(base)) {
    const stem = base.slice(0, -1);
    return [base, `${stem}ies`, `${stem}ied`, `${base}ing`];
  }
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  const third = /(?:s|sh|ch|x|z)$/u.test(base) ? `${base}es` : `${base}s`;
  return [base, third, `${base}ed`, `${base}ing`];
}

export interface VerbLexicon {
  regular: string[];
  irregular: Record<string, string[]>;
}

/** Every surface form of the verbs of one language, lower-case. */
export function speechVerbForms(lang: string, verbs: VerbLexicon): Set<string> {
  const expand = lang === 'fr' ? frenchFirstGroupForms : englishRegularForms;
  const forms = new Set<string>();
  for (const v of verbs.regular) for (const f of expand(v)) forms.add(f);
  for (const list of Object.values(verbs.irregular)) for (const f of list) forms.add(f);
  return forms;
}
