/**
 * The per-language rules, kept as data (data/fr.json, data/en.json), compiled once into lookups:
 * multi-word entries become token sequences so they can be matched against article tokens.
 */
import fr from './data/fr.json' with { type: 'json' };
import en from './data/en.json' with { type: 'json' };
import { pastParticiple, verbForms } from './inflectVerb.js';
import { tokenize } from './tokenize.js';
import type { Qualifier } from '../Analysis.js';

type LanguageData = typeof fr;

/** Phrases as lower-case token sequences, longest first, each with what it stands for. */
export type Phrases<T> = { words: string[]; value: T }[];

export interface FormatData {
  scaleSymbols: Record<string, string>;
  nounLink: string;
  /** The link before a vowel ("d'habitants"). */
  nounLinkElided: string;
  ordinals: Record<string, string>;
  /** Before a rank's number: "No. 3", "n° 3". */
  rankPrefix: string;
  /** French writes the first of the month as an ordinal: "1er avril". */
  ordinalFirstDay: boolean;
  units: Record<string, string[]>;
  fractions: Record<string, string>;
  rangeJoin: string;
  qualifiers: Record<Qualifier, string>;
}

/** A verb's action as a noun ("investir" -> "investissement", "increase" -> "increase" + "in"). */
export interface Nominal {
  noun: string;
  /** The preposition before the action's object or subject ("hausse des prix", "increase in sales"). */
  link: string;
}

/** The data that turns a figure's clause into a noun phrase (see describeFigure). */
export interface LabelRules {
  /** Every recognised form of a listed verb -> its base form. */
  verbForms: Map<string, string>;
  nominals: Map<string, Nominal>;
  /** The nouns of `nominals`: "la suppression de 3 000 emplois" already names an action. */
  nominalNouns: Set<string>;
  /** Base form -> past participle ("supprimé", "evacuated"), masculine singular. */
  participle: (lemma: string) => string;
  /** Adverbs around the verb -> the adjective they become ([masculine, feminine] in French); "" drops them. */
  adverbs: Map<string, string[]>;
  /** Any word with this ending is an adverb ("reportedly"); none in French, where -ment also ends nouns. */
  adverbSuffix: string;
  adjectiveAfterNoun: boolean;
  auxiliaries: Set<string>;
  /** Prepositions between a verb (and its object) and the figure: "increase … by 50 percent", "démarré en 2010". */
  verbLinks: Set<string>;
  conjunctions: Set<string>;
  purposeWords: Phrases<true>;
  deadlineWords: Phrases<true>;
  heads: { duration: string; deadline: string; share: string; amount: string; age: string };
  shareLinks: Phrases<true>;
  partitives: Phrases<true>;
  possessives: Set<string>;
  comparatives: Phrases<true>;
  /** Prepositions of time: a complement they open ("after they were found") says when, not what. */
  timeComplements: Set<string>;
  /** Determiner of a noun phrase -> the words linking a count to it ("un modèle" -> "paramètres du modèle"). */
  determiners: Map<string, string>;
  /** Determiners that after a noun are a contracted preposition ("la chute des ventes"). */
  ambiguousDeterminers: Set<string>;
  defaultLink: string;
  agentWord: string;
}

export interface Lexicon {
  lang: string;
  locale: string;
  numberWords: Map<string, number>;
  articleWords: Set<string>;
  fractions: Map<string, number>;
  fractionLeads: Set<string>;
  bareFractionFollowers: Set<string>;
  halfAfter: Phrases<true>;
  /** Between a part and its whole: "one in three", "un sur trois". */
  proportionLinks: Phrases<true>;
  /** English names what is counted after the whole ("one in three visits"); French before "sur" only. */
  proportionNounAfter: boolean;
  /** English puts a name or acronym before the counted noun ("345 Muslim pilgrims"); French names the people ("deux Polonais"). */
  namesBeforeNoun: boolean;
  scales: Map<string, number>;
  attachedScales: Map<string, number>;
  scaleLinks: Set<string>;
  currencies: Phrases<string>;
  percentWords: Phrases<true>;
  durations: Map<string, string>;
  /** Words before a number that make it an age: "aged 42", "âgée de 36 ans". */
  ageWords: Phrases<true>;
  /** The last part of a compound that makes it an age: "19-year-old". */
  ageSuffixes: Set<string>;
  timesWords: Set<string>;
  multiplierWords: Map<string, number>;
  /** Before the number of a multiple: "multiplied by". */
  timesBefore: Phrases<true>;
  /** After "three times", "twice": what makes them a multiple rather than a frequency. */
  multipleFollowers: Set<string>;
  measures: Phrases<string>;
  qualifiersBefore: Phrases<Qualifier>;
  qualifiersAfter: Phrases<Qualifier>;
  /** Hedges that before a duration name a period instead ("over 10 years"). */
  periodWords: Set<string>;
  /** Words after "a year" that make it a point in time ("a year ago"), not a duration. */
  relativeAfter: Phrases<true>;
  months: Map<string, number>;
  weekdays: Set<string>;
  ordinalSuffixes: Set<string>;
  rangeConnectors: Set<string>;
  /** "one or two points" is a range; "2014 or 2015" two years. */
  alternativeConnectors: Set<string>;
  rangeOpeners: Map<string, string>;
  moreWords: Phrases<true>;
  /** Words before a bare number that say what it counts: "wounding 238" (people), "a panel of twelve" (members). */
  impliedNouns: Phrases<string>;
  identifierWords: Set<string>;
  /** Words before a rank: "number 3", "#2", "numéro deux". */
  rankWords: Phrases<true>;
  timeOfDayBefore: Set<string>;
  timeOfDayUnits: Phrases<true>;
  adjectivesBeforeNoun: Set<string>;
  stopWords: Set<string>;
  nouns: Phrases<string>;
  /** Singular endings -> plural endings, longest first, and the suffix of every other noun. */
  plural: { endings: [string, string][]; suffix: string };
  labelEdgeStopWords: Set<string>;
  labelClauseWords: Set<string>;
  labelComplementWords: Set<string>;
  label: LabelRules;
  format: FormatData;
}

const DATA: Record<string, LanguageData> = { fr, en: en as unknown as LanguageData };

function phrases<T>(entries: [string, T][]): Phrases<T> {
  return entries
    .map(([text, value]) => ({ words: tokenize(text).map((t) => t.text), value }))
    .sort((a, b) => b.words.length - a.words.length);
}

const listPhrases = (list: string[]) => phrases(list.map((p) => [p, true as const]));
const lowerMap = <T>(record: Record<string, T>) => new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));

/** "investment in" -> investment + in; a nominal without its own preposition takes the default one. */
function nominal(text: string, defaultLink: string, prepositions: Set<string>): Nominal {
  const words = text.split(' ');
  const last = words[words.length - 1]!;
  return words.length > 1 && prepositions.has(last) ? { noun: words.slice(0, -1).join(' '), link: last } : { noun: text, link: defaultLink };
}

function labelRules(lang: string, d: LanguageData['label']): LabelRules {
  const prepositions = new Set(d.complementWords);
  const nominals = new Map(Object.entries(d.verbs).map(([verb, text]) => [verb, nominal(text, d.defaultLink, prepositions)]));
  const forms = new Map<string, string>();
  for (const verb of nominals.keys()) for (const form of verbForms(lang, verb)) forms.set(form, verb);
  for (const [form, verb] of Object.entries(d.verbForms)) forms.set(form, verb);
  const participles = new Map(Object.entries(d.participles));
  return {
    verbForms: forms,
    nominals,
    nominalNouns: new Set([...nominals.values()].map((n) => n.noun)),
    participle: (lemma) => pastParticiple(lang, lemma, participles),
    adverbs: new Map(Object.entries(d.adverbs)),
    adverbSuffix: d.adverbSuffix,
    adjectiveAfterNoun: d.adjectiveAfterNoun,
    auxiliaries: new Set(d.auxiliaries),
    verbLinks: new Set(d.verbLinks),
    conjunctions: new Set(d.conjunctions),
    purposeWords: listPhrases(d.purposeWords),
    deadlineWords: listPhrases(d.deadlineWords),
    heads: d.heads,
    shareLinks: listPhrases(d.shareLinks),
    partitives: listPhrases(d.partitives),
    possessives: new Set(d.possessives),
    comparatives: listPhrases(d.comparatives),
    timeComplements: new Set(d.timeComplements),
    determiners: new Map(Object.entries(d.determiners)),
    ambiguousDeterminers: new Set(d.ambiguousDeterminers),
    defaultLink: d.defaultLink,
    agentWord: d.agentWord,
  };
}

function compile(lang: string, d: LanguageData): Lexicon {
  return {
    lang,
    locale: d.locale,
    numberWords: lowerMap(d.numberWords),
    articleWords: new Set(d.articleWords),
    fractions: lowerMap(d.fractions),
    fractionLeads: new Set(d.fractionLeads),
    bareFractionFollowers: new Set(d.bareFractionFollowers),
    halfAfter: listPhrases(d.halfAfter),
    proportionLinks: listPhrases(d.proportionLinks),
    proportionNounAfter: d.proportionNounAfter,
    namesBeforeNoun: d.namesBeforeNoun,
    // Scales are case-sensitive ("M" million, "m" metre in French).
    scales: new Map(Object.entries(d.scales)),
    attachedScales: new Map(Object.entries(d.attachedScales as Record<string, number>)),
    scaleLinks: new Set(d.scaleLinks),
    currencies: phrases(Object.entries(d.currencies)),
    percentWords: listPhrases(d.percentWords),
    durations: lowerMap(d.durations),
    ageWords: listPhrases(d.ageWords),
    ageSuffixes: new Set(d.ageSuffixes),
    timesWords: new Set(d.timesWords),
    multiplierWords: lowerMap(d.multiplierWords as Record<string, number>),
    timesBefore: listPhrases(d.timesBefore),
    multipleFollowers: new Set(d.multipleFollowers),
    measures: phrases(Object.entries(d.measures)),
    qualifiersBefore: phrases(Object.entries(d.qualifiersBefore) as [string, Qualifier][]),
    qualifiersAfter: phrases(Object.entries(d.qualifiersAfter) as [string, Qualifier][]),
    periodWords: new Set(d.periodWords),
    relativeAfter: listPhrases(d.relativeAfter),
    months: lowerMap(d.months),
    weekdays: new Set(d.weekdays),
    ordinalSuffixes: new Set(d.ordinalSuffixes),
    rangeConnectors: new Set(d.rangeConnectors),
    alternativeConnectors: new Set(d.alternativeConnectors),
    rangeOpeners: new Map(Object.entries(d.rangeOpeners)),
    moreWords: listPhrases(d.moreWords),
    impliedNouns: phrases(Object.entries(d.impliedNouns)),
    identifierWords: new Set(d.identifierWords),
    rankWords: listPhrases(d.rankWords),
    timeOfDayBefore: new Set(d.timeOfDayBefore),
    timeOfDayUnits: listPhrases(d.timeOfDayUnits),
    adjectivesBeforeNoun: new Set(d.adjectivesBeforeNoun),
    stopWords: new Set(d.stopWords),
    nouns: phrases(Object.entries(d.nouns)),
    plural: { endings: Object.entries(d.plural.endings).sort((a, b) => b[0].length - a[0].length), suffix: d.plural.suffix },
    labelEdgeStopWords: new Set(d.label.edgeStopWords),
    labelClauseWords: new Set(d.label.clauseWords),
    labelComplementWords: new Set(d.label.complementWords),
    label: labelRules(lang, d.label),
    format: d.format as FormatData,
  };
}

const compiled = new Map<string, Lexicon>();

/** The rules for a language; languages without data fall back to English. */
export function lexiconFor(lang: string): Lexicon {
  const key = lang in DATA ? lang : 'en';
  let lexicon = compiled.get(key);
  if (!lexicon) {
    lexicon = compile(key, DATA[key]!);
    compiled.set(key, lexicon);
  }
  return lexicon;
}
