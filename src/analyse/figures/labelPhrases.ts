/**
 * The pieces a figure's label is built from, read off its clause: the verb that governs the
 * figure, the adverbs around it, its subject, the complement after the figure. Each reader
 * stops at the clause's edge (punctuation, a clause word, another figure it must not cross).
 */
import { isElided, STRONG_BREAKS, textOf, WEAK_BREAKS, wordCount } from './labelText.js';
import type { Lexicon } from './lexicon.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import type { Token } from './tokenize.js';

export interface Clause {
  source: string;
  tokens: Token[];
  lex: Lexicon;
  sentence: [number, number];
  /** Tokens of the other figures a phrase must not run into (amounts; years and counts may be crossed). */
  blocked: Set<number>;
  /** Tokens of all the other figures: any other number is a reference ("posts 250 and 251") and ends a phrase. */
  figureTokens: Set<number>;
}

/** A run of tokens read from the clause, first to last. */
export type Run = number[];

const CAPITALISED = /^\p{Lu}/u;
const VOWEL_START = /^[aeiouyhàâäéèêëîïôöùûüœæ]/iu;
/** Longest subject, object or noun phrase a rule reads, in tokens. */
const MAX_PHRASE_TOKENS = 9;

export const token = (c: Clause, k: number): Token | undefined =>
  k >= c.sentence[0] && k <= c.sentence[1] ? c.tokens[k] : undefined;

/** Punctuation, clause words ("qui", "and") and blocked figures end a phrase. */
export function endsPhrase(c: Clause, k: number): boolean {
  const t = token(c, k);
  if (!t) return true;
  if (t.kind === 'number' && !c.figureTokens.has(k)) return true;
  return STRONG_BREAKS.has(t.text) || WEAK_BREAKS.has(t.text) || t.text === '.' || c.lex.labelClauseWords.has(t.lower) || c.blocked.has(k);
}

/** A determiner opening a noun phrase; "des" after a noun is "de" + "les" ("la chute des ventes"). */
export function isDeterminer(c: Clause, k: number): boolean {
  const lower = token(c, k)?.lower ?? '';
  if (!c.lex.label.determiners.has(lower)) return false;
  if (!c.lex.label.ambiguousDeterminers.has(lower)) return true;
  const before = token(c, k - 1);
  return !before || before.kind !== 'word' || c.lex.stopWords.has(before.lower) || isVerbAt(c, k - 1);
}

export const lemmaAt = (c: Clause, k: number): string | undefined => c.lex.label.verbForms.get(token(c, k)?.lower ?? '');

/** A verb form used as a verb: after a determiner it is a noun ("une chute", "a rise"). */
export const isVerbAt = (c: Clause, k: number): boolean =>
  lemmaAt(c, k) !== undefined && !c.lex.label.determiners.has(token(c, k - 1)?.lower ?? '');

export function isAdverb(c: Clause, k: number): boolean {
  const t = token(c, k);
  if (t?.kind !== 'word') return false;
  const { adverbs, adverbSuffix } = c.lex.label;
  return adverbs.has(t.lower) || (adverbSuffix !== '' && t.text === t.lower && t.lower.endsWith(adverbSuffix) && t.lower.length > 4);
}

/** Tokens from `from` while `keep` holds and the phrase does not end, nearest first. */
export function runFrom(c: Clause, from: number, step: 1 | -1, keep: (k: number) => boolean = () => true): Run {
  const out: Run = [];
  for (let k = from; out.length < MAX_PHRASE_TOKENS && !endsPhrase(c, k) && keep(k); k += step) out.push(k);
  return step === 1 ? out : out.reverse();
}

export const text = (c: Clause, run: Run) => textOf(c.source, c.tokens, run);

/** A run without the function words at its end ("dans la startup de" -> "dans la startup"). */
export function trimEnd(c: Clause, run: Run): Run {
  let end = run.length;
  while (end > 0 && (c.lex.labelEdgeStopWords.has(c.tokens[run[end - 1]!]!.lower) || c.tokens[run[end - 1]!]!.kind === 'symbol')) end--;
  return run.slice(0, end);
}

/**
 * A phrase and its shorter readings, cut before each inner preposition ("dans la startup
 * dirigée par Sam Altman", "dans la startup dirigée"), longest first: a label too long for
 * all of it keeps a whole part.
 */
export function cuts(c: Clause, run: Run): string[] {
  const out: string[] = [];
  for (let end = run.length; end > 0; end--) {
    if (end < run.length && !c.lex.labelComplementWords.has(c.tokens[run[end]!]!.lower)) continue;
    const kept = trimEnd(c, run.slice(0, end));
    if (kept.length > 0) out.push(text(c, kept));
  }
  return out;
}

/** Words joined by a space, except after an elision ("d'" + "emplois"). */
export function joinWords(...parts: string[]): string {
  return parts.filter(Boolean).reduce((acc, p) => (acc === '' ? p : /['’]$/.test(acc) ? acc + p : `${acc} ${p}`), '');
}

/** A preposition before a phrase: French "de" contracts with the article ("du modèle", "d'emplois"). */
export function linked(c: Clause, link: string, phrase: string): string {
  if (c.lex.lang !== 'fr' || link !== 'de') return joinWords(link, phrase);
  const [first = '', ...rest] = phrase.split(' ');
  const contracted: Record<string, string> = { le: 'du', les: 'des' };
  if (contracted[first.toLowerCase()]) return joinWords(contracted[first.toLowerCase()]!, ...rest);
  return VOWEL_START.test(phrase) ? `d'${phrase}` : `de ${phrase}`;
}

/**
 * The adjectives the adverbs of a run stand for ("initialement" -> "initial"), agreed with a
 * French noun: deverbal nouns in -e (suppression, baisse) are feminine, save those in -age.
 */
export function adjectivesOf(c: Clause, run: Run, noun: string): string[] {
  const feminine = c.lex.lang === 'fr' && noun.endsWith('e') && !noun.endsWith('age');
  return run
    .map((k) => c.lex.label.adverbs.get(c.tokens[k]!.lower))
    .filter((forms): forms is string[] => forms !== undefined)
    .map((forms) => (feminine ? (forms[1] ?? forms[0]!) : forms[0]!))
    .filter(Boolean);
}

/** The noun with its adjectives in the language's order ("investissement initial", "initial investment"). */
export function withAdjectives(c: Clause, noun: string, adjectives: string[]): string {
  return c.lex.label.adjectiveAfterNoun ? joinWords(noun, ...adjectives) : joinWords(...adjectives, noun);
}

/** The index after a data phrase at `k` ("de moins", "of them"), or `k` itself. */
export function skipPhrase(c: Clause, k: number, phrases: Parameters<typeof phraseAt>[2]): number {
  const m = token(c, k) ? phraseAt(c.tokens, k, phrases) : null;
  return m ? m.last + 1 : k;
}

/** The start of a data phrase ending at `k` ("within", "d'ici à"), or null. */
export function phraseBefore(c: Clause, k: number, phrases: Parameters<typeof phraseEndingAt>[2]): number | null {
  return token(c, k) ? (phraseEndingAt(c.tokens, k, phrases)?.first ?? null) : null;
}

/**
 * A name set beside a possessive object: "dans son partenaire désormais indispensable, OpenAI"
 * -> "OpenAI". The name runs from the comma after the phrase to the sentence's next break.
 */
function appositionName(c: Clause, after: number): Run | null {
  if (token(c, after)?.text !== ',') return null;
  const name = runFrom(c, after + 1, 1, (k) => CAPITALISED.test(c.tokens[k]!.text) || c.tokens[k]!.text === '-');
  const end = name.length > 0 ? name[name.length - 1]! + 1 : after + 1;
  const closes = !token(c, end) || endsPhrase(c, end);
  return name.length > 0 && name.length <= 4 && closes ? name : null;
}

/**
 * The complement after a figure: a prepositional phrase ("dans son usine de Rennes", "from
 * Yeoncheon"), comparatives skipped ("15,2 % de moins pour le marché européen"). A possessive
 * object named just after is replaced by the name ("dans OpenAI").
 */
export function complementAfter(c: Clause, from: number): string[] {
  const start = skipPhrase(c, from, c.lex.label.comparatives);
  const preposition = token(c, start)?.lower ?? '';
  if (!c.lex.labelComplementWords.has(preposition) || c.lex.label.timeComplements.has(preposition)) return [];
  const run = runFrom(c, start, 1, (k) => k === start || !c.lex.label.timeComplements.has(c.tokens[k]!.lower));
  const possessive = c.lex.label.possessives.has(token(c, start + 1)?.lower ?? '');
  const name = possessive && run.length > 0 ? appositionName(c, run[run.length - 1]! + 1) : null;
  if (name) return [joinWords(text(c, [start]), text(c, name))];
  return cuts(c, run);
}

/** The word before `k` past auxiliaries, negations and adverbs ("a maintenant investi" -> "a"). */
export function skipBackOverVerbGroup(c: Clause, k: number): { at: number; adverbs: Run } {
  const adverbs: Run = [];
  let j = k;
  for (; token(c, j) && (c.lex.label.auxiliaries.has(c.tokens[j]!.lower) || isAdverb(c, j)); j--) if (isAdverb(c, j)) adverbs.push(j);
  return { at: j, adverbs };
}

/**
 * The subject before a verb: a noun phrase back to its determiner or the clause's edge
 * ("the Indonesian Navy", "surface ozone", "La traque du boson de Higgs au CERN"). A pronoun
 * is no subject a label can use.
 */
export function subjectBefore(c: Clause, verbAt: number): Run | null {
  const { at } = skipBackOverVerbGroup(c, verbAt - 1);
  let reachedDeterminer = false;
  const run = runFrom(c, at, -1, (k) => {
    if (reachedDeterminer || lemmaAt(c, k) !== undefined) return false;
    reachedDeterminer = isDeterminer(c, k);
    return true;
  });
  const content = run.filter((k) => !c.lex.stopWords.has(c.tokens[k]!.lower) && !isElided(c.tokens[k]!));
  return content.length > 0 && run.length > 0 ? run : null;
}

/** Lower-case the first letter when it is only the sentence's capital ("The broadcasts" -> "the broadcasts"). */
export function sentenceCase(c: Clause, label: string): string {
  const first = label.split(/[\s']/)[0] ?? '';
  const lower = first.toLowerCase();
  const functionWord = c.lex.stopWords.has(lower) || c.lex.label.determiners.has(lower) || c.lex.labelEdgeStopWords.has(lower);
  return functionWord && first !== lower ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** The longest label: the head, then each tail in turn at its longest reading that still fits. */
export function fit(maxWords: number, head: string, ...tails: string[][]): string {
  let label = head;
  for (const readings of tails) {
    const fitting = readings.find((r) => wordCount(joinWords(label, r)) <= maxWords);
    if (fitting) label = joinWords(label, fitting);
  }
  return label;
}
