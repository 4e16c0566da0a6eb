/**
 * A figure's label as a noun phrase saying what it measures, built from its own clause by
 * small rules, each general to news prose: the verb governing the figure made a noun
 * ("investir initialement 1 Md $ dans son partenaire, OpenAI" -> "investissement initial dans
 * OpenAI"), a count with what happened to it ("evacuated about 80 people in the town of
 * Yeoncheon" -> "people evacuated in the town of Yeoncheon"), a duration with its purpose
 * ("6 mois pour former le modèle" -> "temps pour former le modèle"), an age with its person
 * ("Thomas Sam, 42," -> "age of Thomas Sam"). Null when no rule applies.
 */
import { MAX_WORDS } from './labelText.js';
import {
  adjectivesOf, complementAfter, cuts, endsPhrase, fit, isAdverb, isDeterminer, isVerbAt, joinWords, lemmaAt, linked, phraseBefore,
  runFrom, sentenceCase, skipBackOverVerbGroup, skipPhrase, subjectBefore, text, token, trimEnd, withAdjectives,
  type Clause, type Run,
} from './labelPhrases.js';
import { readQuantity } from './readQuantity.js';
import type { FoundFigure } from './readFigure.js';

/** What a figure's label may name it by. */
interface Described {
  figure: FoundFigure;
  /** The counted noun as written ("asylum seekers"), for counts. */
  noun: string | null;
}

const OPENING_QUOTES = new Set(['«', '“', '"']);
const CLOSING_QUOTES = new Set(['»', '”', '"']);

/**
 * The counted noun as the article writes it, after the number and its scale ("340 millions de
 * paramètres" -> "paramètres"). "200 more" names none: English reuses the unit, itself English.
 */
function countedNoun(c: Clause, f: FoundFigure): string | null {
  if (f.kind !== 'count') return null;
  const q = readQuantity(c.tokens, f.first, c.lex);
  if (!q || q.last >= f.last) return null;
  const link = q.scaled && c.lex.scaleLinks.has(c.tokens[q.last + 1]?.lower ?? '') ? 1 : 0;
  const start = q.last + 1 + link;
  if (skipPhrase(c, start, c.lex.moreWords) > start) return c.lex.lang === 'en' ? f.unit : null;
  return text(c, Array.from({ length: f.last - start + 1 }, (_, i) => start + i));
}

/** The verb governing a figure before it, with what stands between. */
interface Governor {
  lemma: string;
  at: number;
  /** Adverbs around the verb ("investir initialement", "a maintenant investi"). */
  adverbs: Run;
  /** The preposition before the figure ("by 50 percent", "en 2019"), if any. */
  link: number | null;
  /** The verb's object between it and that preposition ("world food needs"). */
  object: Run;
}

/**
 * The verb whose object or complement holds the figure, looking back from it: adverbs,
 * one preposition, a coordinated figure ("by either 49 percent or by 27 percent") and,
 * after a preposition, the verb's object may stand between.
 */
function governingVerb(c: Clause, before: number, givenLink: number | null = null): Governor | null {
  const adverbs: Run = [];
  const object: Run = [];
  let link = givenLink;
  for (let k = before; token(c, k); k--) {
    const t = c.tokens[k]!;
    const lemma = lemmaAt(c, k);
    if (lemma) {
      const group = skipBackOverVerbGroup(c, k - 1);
      return { lemma, at: k, adverbs: [...adverbs, ...group.adverbs], link, object: object.reverse() };
    }
    const gap = object.length === 0;
    const skippable = isAdverb(c, k) || t.text === ',' || c.lex.label.conjunctions.has(t.lower) || c.blocked.has(k);
    if (gap && c.lex.label.verbLinks.has(t.lower)) link ??= k;
    else if (gap && skippable) {
      if (isAdverb(c, k)) adverbs.push(k);
    } else if (link !== null && !endsPhrase(c, k) && object.length < MAX_WORDS) object.push(k);
    else return null;
  }
  return null;
}

/** The language's "of" ("de", "d'", "of") at `k`. */
function isOf(c: Clause, k: number): boolean {
  const link = c.lex.label.defaultLink;
  const lower = token(c, k)?.lower;
  return lower === link || lower === `${link.charAt(0)}'`;
}

/** "6 mois pour former le modèle" -> "temps pour former le modèle"; "within 48 hours" -> "deadline to …". */
function durationLabel(c: Clause, f: FoundFigure): string | null {
  const { purposeWords, deadlineWords, heads } = c.lex.label;
  const purpose = skipPhrase(c, f.outerLast + 1, purposeWords);
  if (purpose > f.outerLast + 1) {
    const run = trimEnd(c, runFrom(c, purpose, 1));
    return run.length > 0 ? fit(MAX_WORDS, heads.duration, cuts(c, run)) : null;
  }
  const deadline = phraseBefore(c, f.outerFirst - 1, deadlineWords);
  const verb = deadline === null ? null : governingVerb(c, deadline - 1, deadline);
  return verb ? fit(MAX_WORDS, joinWords(heads.deadline, verb.lemma), cuts(c, verb.object)) : null;
}

/** "46 percent of previously heat-attributed damage" -> "share of previously heat-attributed damage". */
function shareLabel(c: Clause, f: FoundFigure): string | null {
  const after = f.outerLast + 1;
  const start = skipPhrase(c, after, c.lex.label.shareLinks);
  if (start === after || token(c, start)?.kind !== 'word') return null;
  const run = runFrom(c, after, 1);
  return run.length > start - after ? fit(MAX_WORDS, c.lex.label.heads.share, cuts(c, run)) : null;
}

/**
 * A figure that is the subject of its clause: a count says what happened to it ("Quatre
 * personnes ont été arrêtées" -> "personnes arrêtées", "8000 migrants may be currently at
 * sea" -> "migrants at sea"), an amount too ("montant volé dans les banques belges").
 */
function predicateLabel(c: Clause, d: Described): string | null {
  const { figure: f, noun } = d;
  const { auxiliaries, verbForms } = c.lex.label;
  // "Un navire de 300 passagers a coulé": a figure after "de"/"of" completes a noun, it is not the subject.
  if (isOf(c, f.outerFirst - 1)) return null;
  let k = skipPhrase(c, f.outerLast + 1, c.lex.label.partitives);
  let auxiliary = false;
  for (; token(c, k) && (auxiliaries.has(c.tokens[k]!.lower) || isAdverb(c, k)); k++) auxiliary ||= auxiliaries.has(c.tokens[k]!.lower);
  const lemma = verbForms.get(token(c, k)?.lower ?? '');
  if (!lemma && !auxiliary) return null;
  const predicate = trimEnd(c, runFrom(c, k, 1));
  if (predicate.length === 0) return null;
  if (noun) return fit(MAX_WORDS, noun, cuts(c, predicate));
  if (f.kind !== 'money' || !lemma) return null;
  return fit(MAX_WORDS, joinWords(c.lex.label.heads.amount, c.lex.label.participle(lemma)), complementAfter(c, k + 1));
}

/** The title a thing is given in quotation marks later in its clause ("intitulé « Réflexions sur OpenAI »"). */
function quotedTitle(c: Clause, from: number): string | null {
  let k = from;
  while (token(c, k) && !OPENING_QUOTES.has(c.tokens[k]!.text) && !endsPhrase(c, k)) k++;
  if (!OPENING_QUOTES.has(token(c, k)?.text ?? '')) return null;
  let close = k + 1;
  while (token(c, close) && !CLOSING_QUOTES.has(c.tokens[close]!.text)) close++;
  return token(c, close) && close - k <= MAX_WORDS ? text(c, Array.from({ length: close - k + 1 }, (_, i) => k + i)) : null;
}

/**
 * "NOUN de FIGURE": the figure measures the noun phrase before it. An action keeps its noun
 * ("la suppression de 3 000 emplois" -> "suppression d'emplois"); a count belongs to the thing
 * ("un modèle de 340 millions de paramètres" -> "paramètres du modèle"); anything else is named
 * by a phrase of two words at least, and by its title if it has one ("fil de discussion
 * « Réflexions sur OpenAI »").
 */
function nounOfLabel(c: Clause, d: Described): string | null {
  const { figure: f, noun } = d;
  if (!isOf(c, f.outerFirst - 1)) return null;
  const { determiners } = c.lex.label;
  let determiner: string | null = null;
  const phrase = runFrom(c, f.outerFirst - 2, -1, (k) => {
    if (determiner !== null || lemmaAt(c, k) !== undefined) return false;
    if (isDeterminer(c, k)) determiner = c.tokens[k]!.lower;
    return true;
  });
  if (determiner === null || phrase.length < 2) return null;
  const named = phrase.slice(1);
  const head = c.tokens[named[0]!]!.lower;
  const complement = complementAfter(c, f.outerLast + 1);
  if (c.lex.label.nominalNouns.has(head)) return fit(MAX_WORDS, text(c, named), noun ? [linked(c, c.lex.label.defaultLink, noun)] : [], complement);
  if (noun) return fit(MAX_WORDS, joinWords(noun, determiners.get(determiner)!, text(c, named)), complement);
  const title = quotedTitle(c, f.outerLast + 1);
  if (named.length < 2 && !title) return null;
  return fit(MAX_WORDS, text(c, named), title ? [title] : [], complement);
}

/**
 * The figure as the object or complement of a verb: the verb's action as a noun, with the
 * adjectives of its adverbs, and what it applies to: the object ("increase in world food
 * needs"), or for a verb without one the subject ("start of the broadcasts"), or the
 * complement after the figure ("investissement initial dans OpenAI"). A count says what
 * happened to it: English "people evacuated in the town of Yeoncheon", French "suppression
 * d'emplois en France" (French participles would need the noun's gender).
 */
function verbLabel(c: Clause, d: Described): string | null {
  const { figure: f, noun } = d;
  const verb = governingVerb(c, f.outerFirst - 1);
  if (!verb) return null;
  const { noun: action, link } = c.lex.label.nominals.get(verb.lemma)!;
  const complement = complementAfter(c, f.outerLast + 1);
  if (noun && verb.link === null && c.lex.lang === 'en') {
    const subject = subjectBefore(c, verb.at);
    const agent = subject ? [joinWords(c.lex.label.agentWord, sentenceCase(c, text(c, subject)))] : [];
    return fit(MAX_WORDS, joinWords(noun, c.lex.label.participle(verb.lemma)), complement, agent);
  }
  const head = withAdjectives(c, action, adjectivesOf(c, verb.adverbs, action));
  if (noun) return fit(MAX_WORDS, head, [linked(c, link, noun)], complement);
  if (verb.link === null) return f.kind === 'year' || f.kind === 'date' ? null : fit(MAX_WORDS, head, complement);
  // An object that opens with a preposition is a complement of its own ("published in a paper").
  const prepositional = c.lex.labelComplementWords.has(token(c, verb.object[0]!)?.lower ?? '');
  const applied = verb.object.length > 0 ? verb.object : subjectBefore(c, verb.at);
  if (!applied) return null;
  const readings = cuts(c, applied).map((r) => (prepositional ? r : linked(c, link, sentenceCase(c, r))));
  return fit(MAX_WORDS, head, readings, complement);
}

/**
 * "une chute des ventes (15,2 % de moins pour le marché européen)": a figure in parentheses
 * measures the noun phrase before them, with its own complement.
 */
function parenthesisLabel(c: Clause, f: FoundFigure): string | null {
  // A year in parentheses dates what precedes it rather than measuring it.
  if (f.kind === 'year' || f.kind === 'date') return null;
  let open = f.outerFirst - 1;
  while (token(c, open) && c.tokens[open]!.text !== '(' && c.tokens[open]!.text !== ')') open--;
  if (token(c, open)?.text !== '(') return null;
  let found = false;
  const phrase = runFrom(c, open - 1, -1, (k) => !found && !isVerbAt(c, k) && !(found = isDeterminer(c, k)));
  if (!found || phrase.length === 0) return null;
  return fit(MAX_WORDS, text(c, phrase), complementAfter(c, f.outerLast + 1));
}

/** "Thomas Sam, 42," or "Marie Durand, âgée de 36 ans" -> "age of Thomas Sam", "âge de Marie Durand". */
function ageLabel(c: Clause, f: FoundFigure): string | null {
  const start = phraseBefore(c, f.outerFirst - 1, c.lex.ageWords) ?? f.outerFirst;
  const person = token(c, start - 1)?.text === ',' ? subjectBefore(c, start - 1) : null;
  return person ? fit(MAX_WORDS, c.lex.label.heads.age, [linked(c, c.lex.label.defaultLink, sentenceCase(c, text(c, person)))]) : null;
}

/** A figure compounded into an adjective ("131-page", "nine-month-old"): its last token holds or follows a dash. */
function isCompoundAdjective(c: Clause, f: FoundFigure): boolean {
  const last = c.tokens[f.last]!;
  return last.kind === 'word' && (last.text.includes('-') || (!last.spaced && c.tokens[f.last - 1]?.text === '-'));
}

/**
 * "The 131-page document was found on a street" -> "document found on a street"; "an 11-year
 * lull in the talks" -> "lull in the talks": a compound adjective measures the noun it
 * qualifies, named with what happened to it or its complement; "-old" gives its age ("age of son").
 */
function compoundLabel(c: Clause, f: FoundFigure): string | null {
  const at = f.outerLast + 1;
  const t = token(c, at);
  // "increased 18-fold prior to": a multiple qualifies the verb, not a noun.
  if (f.kind === 'times' || !isCompoundAdjective(c, f) || t?.kind !== 'word' || c.lex.stopWords.has(t.lower) || lemmaAt(c, at)) return null;
  const noun = text(c, [at]);
  if (f.kind === 'age') return joinWords(c.lex.label.heads.age, linked(c, c.lex.label.defaultLink, noun));
  const shifted: Described = { figure: { ...f, outerLast: at }, noun };
  return predicateLabel(c, shifted) ?? fit(MAX_WORDS, noun, complementAfter(c, at + 1));
}

/** The first rule that applies to the figure, or null. */
export function describeFigure(c: Clause, f: FoundFigure): string | null {
  const d: Described = { figure: f, noun: countedNoun(c, f) };
  const rules: (() => string | null)[] = [
    () => parenthesisLabel(c, f),
    () => compoundLabel(c, f),
    () => (f.kind === 'age' ? ageLabel(c, f) : null),
    () => (f.kind === 'duration' ? durationLabel(c, f) : null),
    () => (f.kind === 'percent' || f.kind === 'fraction' ? shareLabel(c, f) : null),
    () => (f.kind === 'count' || f.kind === 'money' ? predicateLabel(c, d) : null),
    () => nounOfLabel(c, d),
    // A duration after a verb is the time something took ("augmenté de 12 % en un an"), not its object.
    () => (f.kind === 'duration' ? null : verbLabel(c, d)),
  ];
  for (const rule of rules) {
    const label = rule();
    if (label) return label;
  }
  return null;
}
