/**
 * The per-language rules, kept as data (data/fr.json, data/en.json), compiled once into lookups:
 * multi-word entries become token sequences so they can be matched against article tokens.
 */
import fr from './data/fr.json' with { type: 'json' };
import en from './data/en.json' with { type: 'json' };
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
  /** French writes the first of the month as an ordinal: "1er avril". */
  ordinalFirstDay: boolean;
  units: Record<string, string[]>;
  fractions: Record<string, string>;
  rangeJoin: string;
  qualifiers: Record<Qualifier, string>;
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
  scales: Map<string, number>;
  attachedScales: Map<string, number>;
  scaleLinks: Set<string>;
  currencies: Phrases<string>;
  percentWords: Phrases<true>;
  durations: Map<string, string>;
  timesWords: Set<string>;
  multiplierWords: Map<string, number>;
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
  rangeOpeners: Map<string, string>;
  moreWords: Phrases<true>;
  identifierWords: Set<string>;
  timeOfDayBefore: Set<string>;
  timeOfDayUnits: Phrases<true>;
  adjectivesBeforeNoun: Set<string>;
  stopWords: Set<string>;
  nouns: Phrases<string>;
  labelEdgeStopWords: Set<string>;
  labelClauseWords: Set<string>;
  labelComplementWords: Set<string>;
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
    // Scales are case-sensitive ("M" million, "m" metre in French).
    scales: new Map(Object.entries(d.scales)),
    attachedScales: new Map(Object.entries(d.attachedScales as Record<string, number>)),
    scaleLinks: new Set(d.scaleLinks),
    currencies: phrases(Object.entries(d.currencies)),
    percentWords: listPhrases(d.percentWords),
    durations: lowerMap(d.durations),
    timesWords: new Set(d.timesWords),
    multiplierWords: lowerMap(d.multiplierWords as Record<string, number>),
    measures: phrases(Object.entries(d.measures)),
    qualifiersBefore: phrases(Object.entries(d.qualifiersBefore) as [string, Qualifier][]),
    qualifiersAfter: phrases(Object.entries(d.qualifiersAfter) as [string, Qualifier][]),
    periodWords: new Set(d.periodWords),
    relativeAfter: listPhrases(d.relativeAfter),
    months: lowerMap(d.months),
    weekdays: new Set(d.weekdays),
    ordinalSuffixes: new Set(d.ordinalSuffixes),
    rangeConnectors: new Set(d.rangeConnectors),
    rangeOpeners: new Map(Object.entries(d.rangeOpeners)),
    moreWords: listPhrases(d.moreWords),
    identifierWords: new Set(d.identifierWords),
    timeOfDayBefore: new Set(d.timeOfDayBefore),
    timeOfDayUnits: listPhrases(d.timeOfDayUnits),
    adjectivesBeforeNoun: new Set(d.adjectivesBeforeNoun),
    stopWords: new Set(d.stopWords),
    nouns: phrases(Object.entries(d.nouns)),
    labelEdgeStopWords: new Set(d.label.edgeStopWords),
    labelClauseWords: new Set(d.label.clauseWords),
    labelComplementWords: new Set(d.label.complementWords),
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
