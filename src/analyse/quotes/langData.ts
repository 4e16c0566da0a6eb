/** Word lists and patterns per language, loaded from `data/<lang>.json` and indexed for lookup. */
import en from './data/en.json' with { type: 'json' };
import fr from './data/fr.json' with { type: 'json' };
import { speechVerbForms, type VerbLexicon } from './verbForms.js';

export type Gender = 'f' | 'm';

/** The shape of `data/<lang>.json`. */
interface RawLangData {
  lang: string;
  speechVerbs: VerbLexicon;
  gerundSuffix: string;
  absoluteMarkers: string[];
  auxiliaries: string[];
  adverbs: string[];
  negations: string[];
  passiveMarkers: string[];
  agentPrepositions: string[];
  copulas: string[];
  indefiniteDeterminers: string[];
  raisingWords: string[];
  sourceIntroducers: string[];
  titleIntroducers: string[];
  pronouns: { person: string[]; group: string[]; any: string[]; thing: string[] };
  invertedPronouns: string[];
  bodyPronouns: string[];
  latterPronouns: string[];
  relativePronouns: string[];
  determiners: string[];
  placePrepositions: string[];
  prepositions: string[];
  contractedPrepositions: string[];
  roleWords: string[];
  roleModifiers: string[];
  groupRoles: string[];
  spokesRoles: string[];
  kinRoles: string[];
  honorifics: string[];
  genders: Record<Gender, string[]>;
  organisationWords: string[];
  nameParticles: string[];
  regnalTitles: string[];
  mediaNames: string[][];
  mediaWords: string[];
  platforms: string[];
  sentenceStarters: string[];
  abbreviations: string[];
  nameConnectors: string[];
  nameBreakers: string[];
  clauseSubjects: string[];
  conjunctions: string[];
  objectPronouns: string[];
  nameAdjectiveSuffixes: string[];
  documentWords: string[];
  ownerPrepositions: string[];
  readingPrepositions: string[];
  roleSynonyms: string[][];
}

export interface LangData {
  lang: string;
  speechVerbs: Set<string>;
  gerundSuffix: string;
  /** Prepositions that give a participle a subject of its own: "with one resident saying". */
  absoluteMarkers: Set<string>;
  auxiliaries: Set<string>;
  adverbs: Set<string>;
  negations: Set<string>;
  passiveMarkers: Set<string>;
  /** The preposition of a passive's agent: "décrite par Le Monde comme", "described by the Post as". */
  agentPrepositions: Set<string>;
  /** Forms of "to be": a subject they join to a quotation is described, not speaking. */
  copulas: Set<string>;
  /** "one official said", "un responsable a déclaré": a role after one names someone new, not a holder named before. */
  indefiniteDeterminers: Set<string>;
  /** Words of a raising phrase between a subject and its speech verb: "X is reported to have said", "was quoted as saying". */
  raisingWords: Set<string>;
  /** Multi-word phrases ("according to", "d'après") as lower-case word lists. */
  sourceIntroducers: string[][];
  titleIntroducers: Set<string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  anyPronouns: Set<string>;
  /** Pronouns that never stand for a person: "it said" is a body's, not the last speaker's if a person. */
  thingPronouns: Set<string>;
  /** Pronouns that follow an inverted verb: dit-elle, a-t-il. */
  invertedPronouns: Set<string>;
  /** Personal pronouns that may stand for a body too, by its noun's gender: "l'association … a-t-elle déclaré". */
  bodyPronouns: Set<string>;
  /** Phrases that stand for the last person named: "ce dernier", "the latter". */
  latterPhrases: string[][];
  /** The same phrases as one string each, as their mentions carry them. */
  latterPronouns: Set<string>;
  /** Relative pronouns that open a clause about the mention before them: "X, qui a déclaré". */
  relativePronouns: Set<string>;
  determiners: Set<string>;
  /** Prepositions that name where: after one, "Arkansas, Fayetteville" is a place and the next. */
  placePrepositions: Set<string>;
  prepositions: Set<string>;
  /**
   * Prepositions fused with an article ("au", "du"): among the determiners too, but always a
   * preposition ("chercheur au CNRS"); "des" is not, being also the plural indefinite article.
   */
  contractedPrepositions: Set<string>;
  /** Role words ("cto", "prime minister") as lower-case word lists, by first word, longest first. */
  roleWords: Map<string, string[][]>;
  /** Words that qualify a role before it ("associate professor", "ancien ministre"): part of the role phrase. */
  roleModifiers: Set<string>;
  /** Plural roles ("authors", "chercheurs"), among the role words: a group credited as one. */
  groupRoles: Set<string>;
  spokesRoles: Set<string>;
  /** Relatives, friends, neighbours, witnesses: people the news often quotes without naming ("sa mère", "a neighbour"). */
  kinRoles: Set<string>;
  honorifics: Set<string>;
  /**
   * Words that tell a person's grammatical gender: pronouns, honorifics, French articles, role
   * words with a feminine form ("directrice", "spokeswoman"). A pronoun agrees with its person.
   */
  genders: Map<string, Gender>;
  organisationWords: Set<string>;
  /** Lower-case particles inside a person's name: "Marc Ladreit de Lacharrière", "Ursula von der Leyen". */
  nameParticles: Set<string>;
  /** Titles that are part of the name they precede when capitalised: "Pope Francis", "Queen Rania". */
  regnalTitles: Set<string>;
  /**
   * News media, whose names hold an article and lower-case words ("Le Canard enchaîné", "Le
   * Journal du dimanche") that no capitalised run catches: each form, by its words past the
   * leading article ("canard enchaîné", "canard", "jdd"), gives the full name. Longest first.
   */
  mediaForms: { words: string[]; name: string }[];
  /** The full names of those media: bodies, never people. */
  mediaNames: Set<string>;
  /** Common nouns for a medium ("l'hebdomadaire", "le quotidien"): they stand for the one medium the article names. */
  mediaWords: Set<string>;
  /** Social networks: where words are posted ("Sur Twitter", "la page Facebook de X"), never who posts them. */
  platforms: Set<string>;
  sentenceStarters: Set<string>;
  abbreviations: Set<string>;
  nameConnectors: Set<string>;
  /**
   * Connectors that end a first name and surname instead of joining them to what follows: "Tom Lee
   * and Ann Ross", "Matt Ingram of The Globe". A coordinator does so only between two such names.
   */
  nameBreakers: Set<string>;
  /** Words that open a clause of its own ("personne ne sera…", "nobody has…"). */
  clauseSubjects: Set<string>;
  /** Words that tie a sentence to the one before ("Et", "But"): it reads less well alone. */
  conjunctions: Set<string>;
  /** Pronouns as objects: glue between subject and verb ("il lui a dit"), a source after "selon". */
  objectPronouns: Set<string>;
  /**
   * Endings of the lower-case adjectives that may close a body's name in a language that
   * capitalises only its first word: "Centre culturel islamique", "Assemblée nationale".
   */
  nameAdjective: RegExp | null;
  /** Written things that speak for their author: "the Home Office letter reads", "le communiqué de X". */
  documentWords: Set<string>;
  /** Prepositions that give a document its author: "a statement from X", "le communiqué de X". */
  ownerPrepositions: Set<string>;
  /** Prepositions that say where words are read: "dans le communiqué de X", "in a statement from X". */
  readingPrepositions: Set<string>;
  /** Role words that stand for one another: "le souverain" is the king named before. Word → its synonyms. */
  roleSynonyms: Map<string, string[]>;
}

const lower = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
/** Phrases cut into words the way the tokenizer cuts them: "d'après" → ["d'", "après"]. */
const phrases = (list: string[]): string[][] =>
  list.map((p) => p.toLowerCase().split(/\s+|(?<=^(?:[cdjlmnst]|qu)')/u)).sort((a, b) => b.length - a.length);

function byFirstWord(list: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of list) map.set(p[0]!, [...(map.get(p[0]!) ?? []), p]);
  return map;
}

const LEADING_ARTICLES = new Set(['le', 'la', 'les', "l'", 'the']);

/** Each form of each medium (full name first, then short forms), as words past its leading article. */
function mediaForms(media: string[][]): { words: string[]; name: string }[] {
  return media.flatMap(([name, ...short]) => phrases([name!, ...short])
    .map((words) => ({ words: LEADING_ARTICLES.has(words[0]!) ? words.slice(1) : words, name: name! })))
    .sort((a, b) => b.words.length - a.words.length);
}

/** Each word of each synonym group → the other words of its groups. */
function synonyms(groups: string[][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const g of groups) for (const w of g) map.set(w, [...new Set([...(map.get(w) ?? []), ...g.filter((x) => x !== w)])]);
  return map;
}

function index(raw: RawLangData): LangData {
  return {
    lang: raw.lang,
    speechVerbs: speechVerbForms(raw.lang, raw.speechVerbs),
    gerundSuffix: raw.gerundSuffix,
    absoluteMarkers: lower(raw.absoluteMarkers),
    auxiliaries: lower(raw.auxiliaries),
    adverbs: lower(raw.adverbs),
    negations: lower(raw.negations),
    passiveMarkers: lower(raw.passiveMarkers),
    agentPrepositions: lower(raw.agentPrepositions),
    copulas: lower(raw.copulas),
    indefiniteDeterminers: lower(raw.indefiniteDeterminers),
    raisingWords: lower(raw.raisingWords),
    sourceIntroducers: phrases(raw.sourceIntroducers),
    titleIntroducers: lower(raw.titleIntroducers),
    personPronouns: lower(raw.pronouns.person),
    groupPronouns: lower(raw.pronouns.group),
    anyPronouns: lower(raw.pronouns.any),
    thingPronouns: lower(raw.pronouns.thing),
    invertedPronouns: lower(raw.invertedPronouns),
    bodyPronouns: lower(raw.bodyPronouns),
    latterPhrases: phrases(raw.latterPronouns),
    latterPronouns: lower(raw.latterPronouns),
    relativePronouns: lower(raw.relativePronouns),
    determiners: lower(raw.determiners),
    placePrepositions: lower(raw.placePrepositions),
    prepositions: lower(raw.prepositions),
    contractedPrepositions: lower(raw.contractedPrepositions),
    roleWords: byFirstWord(phrases([...raw.roleWords, ...raw.groupRoles])),
    roleModifiers: lower(raw.roleModifiers),
    groupRoles: lower(raw.groupRoles),
    spokesRoles: lower(raw.spokesRoles),
    kinRoles: lower(raw.kinRoles),
    honorifics: lower(raw.honorifics),
    genders: new Map((['f', 'm'] as const).flatMap((g) => raw.genders[g].map((w) => [w.toLowerCase(), g] as const))),
    organisationWords: lower(raw.organisationWords),
    nameParticles: lower(raw.nameParticles),
    regnalTitles: lower(raw.regnalTitles),
    mediaForms: mediaForms(raw.mediaNames),
    mediaNames: new Set(raw.mediaNames.map((m) => m[0]!)),
    mediaWords: lower(raw.mediaWords),
    platforms: new Set(raw.platforms),
    sentenceStarters: lower(raw.sentenceStarters),
    abbreviations: lower(raw.abbreviations),
    nameConnectors: lower(raw.nameConnectors),
    nameBreakers: lower(raw.nameBreakers),
    clauseSubjects: lower(raw.clauseSubjects),
    conjunctions: lower(raw.conjunctions),
    objectPronouns: lower(raw.objectPronouns),
    documentWords: lower(raw.documentWords),
    ownerPrepositions: lower(raw.ownerPrepositions),
    readingPrepositions: lower(raw.readingPrepositions),
    roleSynonyms: synonyms(raw.roleSynonyms),
    nameAdjective: raw.nameAdjectiveSuffixes.length ? new RegExp(`(?:${raw.nameAdjectiveSuffixes.join('|')})s?$`, 'u') : null,
  };
}

const LANGS: Record<string, LangData> = { fr: index(fr), en: index(en) };

/** The data for a language; articles in other languages use the English lists. */
export function langData(lang: string): LangData {
  return LANGS[lang] ?? LANGS.en!;
}
