/**
 * Who said a quotation, read from the reporter's words around it (one sentence, quotations
 * masked): an incise after it, a speech verb or "selon/according to" before it, a colon.
 * Each rule returns the mention of the speaker, or UNNAMED when the words go to someone the
 * article does not name ("the statement read", "a déclaré un témoin"); resolving a mention to a
 * person is `people.ts`'s job.
 */
import type { LangData } from './langData.js';
import { pronounMention, QUOTE_TOKEN, type Mention } from './mentions.js';
import type { Token } from './tokens.js';

/** One sentence in the reporter's words: its tokens (a quotation is one QUOTE_TOKEN) and mentions. */
export interface Frame {
  tokens: Token[];
  mentions: Mention[];
}

/** The quotation is credited, but to words that name nobody: no other rule may guess. */
export const UNNAMED = 'unnamed';
export type Speaker = Mention | typeof UNNAMED | null;

const DASHES = new Set([',', '-', '–', '—', '(']);

const mentionAt = (f: Frame, i: number): Mention | undefined => f.mentions.find((m) => m.first === i);

/** `i` moved past determiners: "la porte-parole" starts at "porte-parole"; "Le Parisien" keeps its own. */
function skipDeterminers(f: Frame, i: number, data: LangData): number {
  let j = i;
  while (f.tokens[j] && data.determiners.has(f.tokens[j]!.lower) && !mentionAt(f, j)) j += 1;
  return j;
}

/** `i` moved past auxiliaries, "s'est" included. */
function skipAuxiliaries(f: Frame, i: number, data: LangData): number {
  let j = i;
  while (f.tokens[j] && data.auxiliaries.has(f.tokens[j]!.lower)) j += 1;
  return j;
}

/**
 * The mention at `i` past its determiner, or the name after a descriptor the role list lacks:
 * "la rectrice Odile Marin", "the fisherman Owen Hale".
 */
function mentionAfterDescriptor(f: Frame, i: number, data: LangData): Mention | undefined {
  const j = skipDeterminers(f, i, data);
  const direct = mentionAt(f, j);
  if (direct) return direct;
  const descriptive = (t: Token | undefined) => t?.word === true && !t.capital && !data.sentenceStarters.has(t.lower) &&
    !data.prepositions.has(t.lower) && !data.auxiliaries.has(t.lower) && !data.speechVerbs.has(t.lower);
  for (let k = j; k < j + 2 && descriptive(f.tokens[k]); k += 1) {
    const named = mentionAt(f, k + 1);
    if (named?.name) return named;
  }
  return undefined;
}

/** The role ending a noun phrase at `i` after its article and up to two adjectives: "one nuclear safety official". */
function describedRole(f: Frame, i: number, data: LangData): Mention | undefined {
  if (!data.determiners.has(f.tokens[i]?.lower ?? '')) return undefined;
  return f.mentions.find((m) => m.kind === 'role' && m.first > i + 1 && m.first <= i + 3 &&
    f.tokens.slice(i + 1, m.first).every((t) => t.word && !t.capital && !data.speechVerbs.has(t.lower)));
}

/** Whether `i` starts a short common-noun phrase ("the statement", "un témoin"). */
function isUnnamedPhrase(f: Frame, i: number, data: LangData): boolean {
  const t = f.tokens[i];
  return t !== undefined && data.determiners.has(t.lower) && f.tokens[i + 1]?.word === true && !mentionAt(f, i + 1);
}

/**
 * `i` moved past a prepositional phrase that stands between an inverted verb and its subject:
 * « … », a déclaré à l'AFP Jean Dupont / estime dans un communiqué le ministre.
 */
function skipPrepositionalPhrase(f: Frame, i: number, data: LangData): number {
  const t = f.tokens[i];
  if (!t || !data.prepositions.has(t.lower) || mentionAt(f, skipDeterminers(f, i, data))) return i;
  const object = skipDeterminers(f, i + 1, data);
  const named = mentionAt(f, object);
  if (named) return named.last;
  let j = object;
  while (j < object + 2 && f.tokens[j]?.word && !f.tokens[j]!.capital && !data.determiners.has(f.tokens[j]!.lower)) j += 1;
  return j;
}

function skipAdverbs(f: Frame, i: number, data: LangData): number {
  let j = i;
  while (f.tokens[j] && (data.adverbs.has(f.tokens[j]!.lower) || f.tokens[j]!.text === ',') && j < i + 4) j += 1;
  return j;
}

/** "dit-elle", "ajoute-t-il", "a-t-il" → [verb or auxiliary, pronoun], else null. */
function inverted(t: Token, data: LangData): [string, string] | null {
  const m = /^(.+?)(?:-t)?-(\p{L}+)$/u.exec(t.lower);
  return m && data.invertedPronouns.has(m[2]!) ? [m[1]!, m[2]!] : null;
}

/** Tokens after which a clause may start. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', '–', '—']);

/**
 * A source introducer ("selon", "according to") at `i`: its length in tokens, or 0. One that is
 * also a plain preposition introduces a source only where a clause starts ("Pour lui, « … »",
 * "Mais pour X, …"): in "elle travaillait pour lui « … »" it is the preposition.
 */
function introducerAt(f: Frame, i: number, data: LangData): number {
  const phrase = data.sourceIntroducers.find((p) => p.every((w, k) => f.tokens[i + k]?.lower === w));
  if (!phrase) return 0;
  const before = f.tokens[i - 1];
  const clauseStart = !before || CLAUSE_BREAKS.has(before.text) || data.conjunctions.has(before.lower);
  return phrase.length === 1 && data.prepositions.has(phrase[0]!) && !clauseStart ? 0 : phrase.length;
}

/**
 * The speaker named by a source introducer at `i`: the first name in the phrase that follows (up
 * to a comma), else its role. A possessive is skipped: in "quoting North Korea's news agency
 * KCNA" the agency speaks, not the country. A phrase naming nobody, a common noun after its
 * determiner ("selon les enquêteurs", "d'après les informations confiées à l'AFP"), credits
 * someone unnamed: the agency or paper that relayed the words did not say them.
 */
function introducedSpeaker(f: Frame, i: number, data: LangData): Speaker {
  const n = introducerAt(f, i, data);
  if (!n) return null;
  let end = i + n;
  while (f.tokens[end] && f.tokens[end]!.text !== ',' && f.tokens[end]!.text !== QUOTE_TOKEN) end += 1;
  const phrase = f.mentions.filter((m) => m.first >= i + n && m.first < end &&
    (m.kind !== 'pronoun' || m.first === i + n) && !/'s$/u.test(f.tokens[m.last - 1]!.text));
  const found = phrase.find((m) => m.name) ?? phrase[0];
  if (found && found.first === skipDeterminers(f, i + n, data)) return found;
  return isUnnamedPhrase(f, i + n, data) ? UNNAMED : found ?? null;
}

/** Longest stretch of reporter's words a role description may run before its holder's name. */
const MAX_DESCRIPTION = 16;

/**
 * The name that closes the clause of a role description, after a comma: "explique le chercheur
 * principal et professeur de psychiatrie à l'université, Ana Lima." A long description comes
 * before the name so the sentence ends on it; nothing but the description may stand between.
 */
function closingApposition(f: Frame, role: Mention, data: LangData): Mention | undefined {
  const name = f.mentions.find((m) => m.first > role.last && m.first <= role.last + MAX_DESCRIPTION && m.kind === 'name' &&
    f.tokens[m.first - 1]?.text === ',' && m.name!.includes(' ') && !f.tokens[m.last]?.word);
  const between = name ? f.tokens.slice(role.last, name.first) : [];
  return between.some((t) => t.text === QUOTE_TOKEN || data.speechVerbs.has(t.lower) || data.auxiliaries.has(t.lower)) ? undefined : name;
}

/**
 * The incise after the quotation at token `q`: « … », a écrit Nadella / dit-elle / a-t-il
 * déclaré / indique le ministre; "…," said Smith / Smith said / he added; « … », selon X.
 */
export function inciseAfter(f: Frame, q: number, data: LangData): Speaker {
  let i = q + 1;
  while (f.tokens[i] && DASHES.has(f.tokens[i]!.text) && i < q + 3) i += 1;
  const t = f.tokens[i];
  if (!t) return null;
  const inv = inverted(t, data);
  if (inv && (data.speechVerbs.has(inv[0]) || data.auxiliaries.has(inv[0]))) {
    const verb = f.tokens[skipAdverbs(f, i + 1, data)];
    if (data.speechVerbs.has(inv[0]) || (verb && data.speechVerbs.has(verb.lower))) return pronounMention(f.tokens, i, i + 1, inv[1], data);
    return null;
  }
  // « … » par un ami d'enfance / "…" by his lawyer: the agent of the passive the quotation completes.
  if (data.agentPrepositions.has(t.lower)) {
    const agent = mentionAt(f, skipDeterminers(f, i + 1, data));
    if (agent && agent.kind !== 'pronoun') return agent;
    if (isUnnamedPhrase(f, i + 1, data)) return UNNAMED;
  }
  // "…" — Jane Doe.
  const signed = /[–—]/u.test(f.tokens[i - 1]?.text ?? '') ? mentionAt(f, i) : undefined;
  if (signed?.name && !f.tokens[signed.last]?.word) return signed;
  const v = data.auxiliaries.has(t.lower) ? skipAdverbs(f, skipAuxiliaries(f, i, data), data) : i;
  // "…", telling the BBC he was …: a participle's subject is the sentence's, the name after it its object.
  if (f.tokens[v] && data.speechVerbs.has(f.tokens[v]!.lower)) {
    if (f.tokens[v]!.lower.endsWith(data.gerundSuffix)) return null;
    const at = skipPrepositionalPhrase(f, skipAdverbs(f, v + 1, data), data);
    const subject = mentionAfterDescriptor(f, at, data);
    if (subject) return subject.name ? subject : closingApposition(f, subject, data) ?? subject;
    return isUnnamedPhrase(f, at, data) ? UNNAMED : null;
  }
  // « … », soupire Claire: any verb in the inverted position, when a name follows and ends the clause.
  const named = !t.capital && t.word && !data.determiners.has(t.lower) && !data.prepositions.has(t.lower)
    ? mentionAt(f, skipDeterminers(f, i + 1, data)) : undefined;
  if (named?.name && (!f.tokens[named.last]?.word)) return named;
  // "…," Smith said / "…," the statement read / "…," one nuclear official said.
  const before = mentionAfterDescriptor(f, i, data) ?? describedRole(f, i, data);
  const unnamedEnd = !before && isUnnamedPhrase(f, i, data) ? i + 2 : -1;
  const subjectEnd = before ? before.last : unnamedEnd;
  if (subjectEnd >= 0) {
    const w = skipAdverbs(f, skipAuxiliaries(f, subjectEnd, data), data);
    if (f.tokens[w] && data.speechVerbs.has(f.tokens[w]!.lower)) return before ?? UNNAMED;
  }
  return introducedSpeaker(f, i, data);
}

/**
 * The speaker of a reporter's incise inside a quotation's own marks, its verb before its
 * subject as an incise has it: "« J'entretiens avec lui une relation de confiance, confiait
 * Hamon en 2010. J'écoute ses conseils. »". `f` holds the quotation's words.
 */
export function inciseWithin(f: Frame, data: LangData): Mention | null {
  for (let c = 1; c < f.tokens.length - 1; c += 1) {
    if (f.tokens[c]!.text !== ',') continue;
    const next = f.tokens[c + 1]!;
    const inv = inverted(next, data);
    const verb = f.tokens[skipAdverbs(f, skipAuxiliaries(f, c + 1, data), data)];
    const verbFirst = inv ? data.speechVerbs.has(inv[0]) || data.auxiliaries.has(inv[0]) : verb !== undefined && !verb.capital && data.speechVerbs.has(verb.lower);
    const speaker = verbFirst ? inciseAfter(f, c - 1, data) : null;
    if (speaker && speaker !== UNNAMED) return speaker;
  }
  return null;
}

/** Whether the verb at `v` is negated or passive: "n'a pas dit", "was told". */
function isNegatedOrPassive(f: Frame, v: number, data: LangData): boolean {
  const before = f.tokens.slice(Math.max(0, v - 3), v).map((t) => t.lower);
  if (before.some((w) => data.negations.has(w))) return true;
  const verb = f.tokens[v]!.lower;
  return !verb.endsWith(data.gerundSuffix) && before.slice(-2).some((w) => data.passiveMarkers.has(w));
}

/**
 * A speech verb in lower case ("The Huffington Post" holds no verb), neither negated nor passive,
 * nor a word of a name ("Le Canard enchaîné"), nor a noun after its article ("the claim that").
 */
function isSpeechVerb(f: Frame, v: number, data: LangData): boolean {
  const t = f.tokens[v]!;
  return !t.capital && data.speechVerbs.has(t.lower) && !isNegatedOrPassive(f, v, data) && !f.mentions.some((m) => v >= m.first && v < m.last) &&
    !data.determiners.has(f.tokens[v - 1]?.lower ?? '');
}

/** Whether the mention is the object of a preposition ("à Hood", "par l'État", "to the press"). */
export function isPrepositional(f: Frame, m: Mention, data: LangData): boolean {
  return prepositionBefore(f, m, data) >= 0;
}

/**
 * Index of the preposition whose object the mention is, past its determiners, possessors and
 * the objects coordinated before it ("during Prime Minister's Questions", "in the company's
 * annual report", "by the President and the First Lady"), or -1.
 */
function prepositionBefore(f: Frame, m: Mention, data: LangData): number {
  let i = m.first - 1;
  for (;;) {
    while (i >= 0 && data.determiners.has(f.tokens[i]!.lower) && !data.contractedPrepositions.has(f.tokens[i]!.lower)) i -= 1;
    const coordinated = i > 0 && data.conjunctions.has(f.tokens[i]!.lower) ? f.mentions.find((x) => x.last === i) : undefined;
    if (coordinated) {
      i = coordinated.first - 1;
      continue;
    }
    if (i < 0 || !/\p{L}'s$/u.test(f.tokens[i]!.text)) break;
    i = f.mentions.find((x) => x.last === i + 1)?.first ?? i;
    i -= 1;
  }
  return i >= 0 && data.prepositions.has(f.tokens[i]!.lower) ? i : -1;
}

/**
 * The mention a prepositional phrase qualifies, when `m` is that phrase's object: "John Smith"
 * for "Oxford University" in "John Smith of Oxford University" or "Smith, of the police,".
 */
function qualifiedBy(f: Frame, m: Mention, data: LangData): Mention | undefined {
  const p = prepositionBefore(f, m, data);
  if (p < 0) return undefined;
  const end = f.tokens[p - 1]?.text === ',' ? p - 1 : p;
  return f.mentions.find((x) => x.last === end && x.kind !== 'pronoun');
}

/** Longest description of a person's body, between the person and the body's name: "of the British gay rights organization,". */
const MAX_AFFILIATION = 8;

/**
 * The person whose affiliation names a body in apposition, when `m` is that body: "Ben
 * Summerskill of the British gay rights organization, Stonewall, said". The words between the
 * person and the body describe the body, with no verb among them.
 */
function affiliatedPerson(f: Frame, m: Mention, data: LangData): Mention | undefined {
  if (!m.roleHead || !data.organisationWords.has(m.roleHead)) return undefined;
  const person = [...f.mentions].reverse().find((x) => x.last < m.first && data.ownerPrepositions.has(f.tokens[x.last]?.lower ?? ''));
  if (!person || person.kind !== 'name' || m.first - person.last > MAX_AFFILIATION) return undefined;
  return isDescription(f.tokens.slice(person.last + 1, m.first), data, true) ? person : undefined;
}

/**
 * Whether a name only qualifies the noun after it ("the Cruise video", "a Trump rally"): it
 * refers to nobody in the sentence, so no pronoun later stands for it. A clitic or a negation
 * after it opens the verb it is the subject of: "Le Monde y voit", "Le Monde n'a pas".
 */
export function isModifier(f: Frame, m: Mention, data: LangData): boolean {
  const [before, after] = [f.tokens[m.first - 1], f.tokens[m.last]];
  return m.kind === 'name' && m.last - m.first === 1 && before !== undefined && data.determiners.has(before.lower) &&
    after !== undefined && after.word && !after.capital && !data.speechVerbs.has(after.lower) && !data.auxiliaries.has(after.lower) &&
    !data.objectPronouns.has(after.lower) && !data.negations.has(after.lower);
}

/** Whether a source introducer ends right before the mention: "selon X", "d'après X", "according to X". */
export function isIntroduced(f: Frame, m: Mention, data: LangData): boolean {
  return data.sourceIntroducers.some((p) => p.length <= m.first && introducerAt(f, m.first - p.length, data) === p.length);
}

/** The subject of the sentence: its first mention that is neither inside a prepositional phrase nor a modifier nor a source. */
export function sentenceSubject(f: Frame, before: number, data: LangData): Mention | null {
  const from = participialClauseEnd(f, data);
  return f.mentions.find((m) => m.first >= from && m.last <= before && !isPrepositional(f, m, data) && !isModifier(f, m, data) &&
    !isIntroduced(f, m, data)) ?? null;
}

/**
 * Where a sentence's main clause starts after an opening participial clause, whose names are
 * its objects: "Sharing an incident of watching the Grammys, Tyler Joseph said". 0 without one.
 */
function participialClauseEnd(f: Frame, data: LangData): number {
  // "According to X, …" introduces a source, no participial clause.
  if (!f.tokens[0]?.lower.endsWith(data.gerundSuffix) || f.mentions.some((m) => m.first === 0) || introducerAt(f, 0, data)) return 0;
  const comma = f.tokens.findIndex((t) => t.text === ',');
  return comma < 0 ? 0 : comma + 1;
}

/**
 * The subject of the sentence before token `v`; with none, the speaker of the incise of an earlier
 * quotation, whose subject comes after its verb: "« … », déplore-t-il, estimant que …",
 * "\"…,\" said Ruto; \"…\"", "« … », a-t-il expliqué, avant d'ajouter : « … »".
 */
function subjectBefore(f: Frame, v: number, data: LangData): Speaker {
  const subject = sentenceSubject(f, v, data);
  if (subject) return subject;
  const quote = f.tokens.slice(0, v).map((t) => t.text).lastIndexOf(QUOTE_TOKEN);
  return quote >= 0 ? inciseAfter(f, quote, data) : null;
}

/** Lower-case words (adjectives) a document's noun phrase may hold before its noun: "a leaked internal letter". */
const MAX_DOCUMENT_ADJECTIVES = 2;

/**
 * The author of a document that is the subject of the speech verb at `v`, where written words
 * are credited to whoever wrote them: "The Home Office letter reads", "PC World's recent analysis
 * of its traffic concluded", "A statement from Acme said", "Le communiqué de Vinci précise". The
 * document's noun phrase must open the clause, with only determiners, its author and two
 * adjectives before the noun; a document with no author named there ("A letter seen by the BBC
 * says") gives null.
 */
function documentOwner(f: Frame, v: number, data: LangData): Mention | null {
  let from = v - 1;
  while (from > 0 && ![',', ';', ':', QUOTE_TOKEN].includes(f.tokens[from - 1]!.text)) from -= 1;
  const d = f.tokens.findIndex((t, i) => i >= from && i < v && data.documentWords.has(t.lower) && !t.capital);
  if (d < 0) return null;
  const owners = f.mentions.filter((m) => m.first >= from && m.last <= d);
  const inOwner = (i: number) => owners.some((m) => i >= m.first && i < m.last);
  const loose = f.tokens.slice(from, d).filter((t, i) => !inOwner(from + i) && !data.determiners.has(t.lower));
  // An auxiliary makes the words before the document a clause of their own: "Roche a ressorti une citation de X".
  // A capital opening the sentence is no name's: "One post by him read".
  const named = (t: Token) => t.capital && t !== f.tokens[0];
  if (owners.length > 1 || loose.length > MAX_DOCUMENT_ADJECTIVES || loose.some((t) => !t.word || named(t) || data.auxiliaries.has(t.lower))) return null;
  if (owners[0]) return owners[0].name ? owners[0] : null;
  if (!data.ownerPrepositions.has(f.tokens[d + 1]?.lower ?? '')) return null;
  // "One post by him read": the author may be a pronoun, for the person named before.
  return f.mentions.find((m) => m.first === skipDeterminers(f, d + 2, data) && (m.name || m.kind === 'pronoun')) ?? null;
}

/**
 * The mention a relative pronoun at `r` refers to: the one right before it, a comma between or
 * not ("le ministre, qui a déclaré", "a statement by Ann Lee, who said"). The object of a
 * preposition is its antecedent only after a document, whose author it names ("une citation de X
 * qui disait"), or after a noun for no one ("par la voix du porte-parole John Kirby, qui indique");
 * after someone ("le fils de Jean Roux, qui a dit") the pronoun may refer to either noun.
 */
function antecedent(f: Frame, r: number, data: LangData): Mention | undefined {
  const end = f.tokens[r - 1]?.text === ',' ? r - 1 : r;
  const m = f.mentions.find((x) => x.last === end && x.kind !== 'pronoun');
  // "a staff member at Shangri-La's Rasa Sentosa Resort, who": a possession is no one.
  if (!m || /\p{L}'s$/u.test(f.tokens[m.first - 1]?.text ?? '')) return undefined;
  const p = prepositionBefore(f, m, data);
  if (p < 0) return m;
  const noun = f.tokens[p - 1];
  const someone = noun !== undefined && (noun.capital || data.roleWords.has(noun.lower) || f.mentions.some((x) => x.last === p));
  return qualifiedBy(f, m, data) ?? (data.documentWords.has(noun?.lower ?? '') || (m.kind === 'name' && noun?.word && !someone) ? m : undefined);
}

/**
 * The named author of a document the sentence reads from: "Dans un communiqué de la mairie, on
 * apprend que …", "« … », peut-on lire dans le rapport de X", "in a statement from Acme". Words
 * quoted there, or right after it, are the document's.
 */
export function documentRead(f: Frame, data: LangData): Mention | null {
  for (let i = 0; i < f.tokens.length; i += 1) {
    if (!data.readingPrepositions.has(f.tokens[i]!.lower)) continue;
    const d = skipDeterminers(f, i + 1, data);
    if (!data.documentWords.has(f.tokens[d]?.lower ?? '') || !data.ownerPrepositions.has(f.tokens[d + 1]?.lower ?? '')) continue;
    const owner = mentionAfterDescriptor(f, d + 2, data);
    if (owner?.name) return owner;
  }
  return null;
}

/**
 * Whether the sentence opens with a common noun as its subject, before token `before`: a
 * document ("La première version du texte mettait en avant la « … »") or anyone the article does
 * not name ("Les parents se disputaient souvent, « … »", "L'entourage de X se refuse à « … »").
 * Its words are not those of whoever spoke last.
 */
export function opensWithCommonNoun(f: Frame, before: number, data: LangData): boolean {
  const i = skipDeterminers(f, 0, data);
  const t = f.tokens[i];
  return i > 0 && i < before && t !== undefined && t.word && !t.capital && !mentionAt(f, i) && !data.adverbs.has(t.lower);
}

/**
 * The name opening the sentence when the verb at `v` follows its apposition, whose closing comma
 * the reporter forgot: "Jarret Brachman, consultant to the US government on terrorism said". The
 * apposition holds no verb, conjunction or relative pronoun, so it opens no clause of its own.
 */
function unclosedApposition(f: Frame, v: number, data: LangData): Mention | undefined {
  const name = f.mentions[0];
  if (!name || name.first !== 0 || name.kind !== 'name' || v - name.last > MAX_DESCRIPTION) return undefined;
  const from = appositionStart(f, name);
  return from >= 0 && isDescription(f.tokens.slice(from, v), data) ? name : undefined;
}

/**
 * Where the apposition of a name mention goes on, or -1 if none opened: after a comma that
 * follows it, or right after it when the mention already took in a role past a comma
 * ("Jarret Brachman, consultant …").
 */
function appositionStart(f: Frame, m: Mention): number {
  if (f.tokens[m.last]?.text === ',') return m.last + 1;
  return f.tokens.slice(m.first, m.last).some((t) => t.text === ',') ? m.last : -1;
}

/**
 * Whether words only describe someone: no verb or relative pronoun opens a clause among them, nor
 * a conjunction unless `coordinated` ("an ichthyologist and museum officer").
 */
const isDescription = (words: Token[], data: LangData, coordinated = false): boolean => words.every((t) => t.word &&
  t.text !== QUOTE_TOKEN && !data.speechVerbs.has(t.lower) && !data.auxiliaries.has(t.lower) && !data.relativePronouns.has(t.lower) &&
  (coordinated || !data.conjunctions.has(t.lower)));

/**
 * The name an apposition describes when the mention before the verb only ends that description:
 * a role ("Dr. Tan Heok Hui, an ichthyologist and Lee Kong Chian Museum operations officer,
 * stated") or a name inside it ("Lee Unkrich, réalisateur de Toy Story 3 et Coco, a écrit"). A
 * description opens with a lower-case word; two names side by side are no description.
 */
function describedName(f: Frame, end: Mention, data: LangData): Mention | undefined {
  const name = [...f.mentions].reverse().find((m) => m.last < end.first && m.kind === 'name' && appositionStart(f, m) >= 0);
  if (!name || end.first - name.last > MAX_DESCRIPTION) return undefined;
  const description = f.tokens.slice(appositionStart(f, name), end.first);
  if (end.kind !== 'role' && (description.length === 0 || description[0]!.capital)) return undefined;
  return isDescription(description, data, true) ? name : undefined;
}

/**
 * The subject of the speech verb at `v`: the mention right before it, with only auxiliaries,
 * adverbs and negations between ("Scott a écrit", "Il a ensuite déclaré"), or commas around an
 * apposition ("Jeff Rathke, the spokesperson, said", "Margaret Hill, 72, said"). A document speaks
 * for its author when the clause names one; else a common noun right before it names nobody
 * ("the report said"). After a comma that closes something else
 * ("Smith, who leads the team, said"), after a coordinator ("and told"), and for a participle
 * ("affirmant", "adding"), the subject of the sentence; with no name in the sentence, nobody
 * named. A participle after "with" has its own subject ("with one resident writing"), as has one
 * right after the name that opens its clause ("…, the latter adding"). After a relative pronoun,
 * its antecedent.
 */
function subjectOf(f: Frame, v: number, data: LangData): Speaker {
  const glue = (t: Token) => /^\p{N}+$/u.test(t.text) || data.auxiliaries.has(t.lower) || data.adverbs.has(t.lower) ||
    data.negations.has(t.lower) || data.objectPronouns.has(t.lower) || data.raisingWords.has(t.lower);
  const adjacentTo = (k: number) => f.mentions.find((m) => m.last === k + 1 && !data.objectPronouns.has(m.pronoun ?? ''));
  if (f.tokens[v]!.lower.endsWith(data.gerundSuffix)) {
    // "with one poster writing", "with Smith adding": the participle has a subject of its own.
    const own = [v - 3, v - 2].find((p) => f.tokens[p] && data.absoluteMarkers.has(f.tokens[p]!.lower) &&
      f.tokens.slice(p + 1, v).every((t) => t.word && t.text !== QUOTE_TOKEN));
    if (own !== undefined) return adjacentTo(v - 1) ?? UNNAMED;
    // "…, ce dernier expliquant que", "Smith adding that": a name right before the participle,
    // opening its clause, is its subject.
    const opener = adjacentTo(v - 1);
    if (opener && (opener.first === 0 || f.tokens[opener.first - 1]!.text === ',')) return opener;
    // With no name before it, the verb's subject is a common noun: "One poster admitted …, writing".
    return subjectBefore(f, v, data) ?? UNNAMED;
  }
  const owner = documentOwner(f, v, data);
  if (owner) return owner;
  let k = v - 1;
  // A name's last word is never glue: "Le Journal du dimanche affirme" ends on a weekday.
  while (k >= 0 && glue(f.tokens[k]!) && !adjacentTo(k)) k -= 1;
  const adjacent = adjacentTo(k);
  // "A letter seen by Sky News says", "Smith, speaking in Washington, said": the object of a
  // preposition is never the verb's subject, unless it qualifies a name ("Smith of the police said").
  if (adjacent) {
    const holder = qualifiedBy(f, adjacent, data) ?? affiliatedPerson(f, adjacent, data);
    return holder ?? (isPrepositional(f, adjacent, data) ? subjectBefore(f, v, data) ?? UNNAMED : adjacent);
  }
  const previous = f.tokens[k];
  // "… and told the police": a verb coordinated with an earlier one shares the sentence's subject.
  if (previous && data.conjunctions.has(previous.lower)) return subjectBefore(f, v, data) ?? UNNAMED;
  if (previous && data.relativePronouns.has(previous.lower)) return antecedent(f, k, data) ?? UNNAMED;
  if (previous?.word && previous.text !== QUOTE_TOKEN) return unclosedApposition(f, v, data) ?? UNNAMED;
  const apposition = [...f.mentions].reverse().find((m) => m.last <= v && !isPrepositional(f, m, data));
  const between = apposition ? f.tokens.slice(apposition.last, v) : [];
  if (apposition && between.every((t) => t.text === ',' || glue(t))) {
    return affiliatedPerson(f, apposition, data) ?? describedName(f, apposition, data) ?? apposition;
  }
  const relative = relativeClauseBefore(f, k, data);
  if (relative >= 0) return antecedent(f, relative, data) ?? UNNAMED;
  return subjectBefore(f, v, data) ?? UNNAMED;
}

/**
 * The relative pronoun opening a clause set between commas that ends at the comma `k`, else -1:
 * in "a staff member at the resort, who witnessed Chan being taken away, stated" the verb's
 * subject is the pronoun's antecedent, not a name inside the clause.
 */
function relativeClauseBefore(f: Frame, k: number, data: LangData): number {
  if (f.tokens[k]?.text !== ',') return -1;
  for (let r = k - 1; r > 0 && k - r <= MAX_DESCRIPTION; r -= 1) {
    const t = f.tokens[r]!;
    if (t.text === QUOTE_TOKEN || (t.text === ',' && !data.relativePronouns.has(f.tokens[r + 1]?.lower ?? ''))) return -1;
    if (data.relativePronouns.has(t.lower) && f.tokens[r - 1]?.text === ',') return r;
  }
  return -1;
}

/**
 * The agent of a speech verb in the passive at `v`: "described by the Washington Post as « … »",
 * "qualifiée par Le Monde de « … »". Whoever the words describe, the agent chose them.
 */
function passiveAgent(f: Frame, v: number, data: LangData): Mention | null {
  const t = f.tokens[v]!;
  if (t.capital || !data.speechVerbs.has(t.lower) || !data.agentPrepositions.has(f.tokens[v + 1]?.lower ?? '')) return null;
  return mentionAt(f, skipDeterminers(f, v + 2, data)) ?? null;
}

/**
 * The speaker named before the quotation at token `q`, within its sentence and after any earlier
 * quotation: the closer of a speech verb's subject ("Scott a écrit qu'il était « … »",
 * "X a déclaré : « … »", "Heald said, \"…\"") and a source ("selon X, « … »", "according to X");
 * else, after a colon, the subject of the sentence.
 */
export function speakerBefore(f: Frame, q: number, data: LangData): Speaker {
  let from = q - 1;
  while (from >= 0 && f.tokens[from]!.text !== QUOTE_TOKEN) from -= 1;
  for (let i = q - 1; i > from; i -= 1) {
    const agent = passiveAgent(f, i, data);
    if (agent) return agent;
    if (isSpeechVerb(f, i, data)) {
      const subject = subjectOf(f, i, data);
      if (subject) return subject;
    }
    const source = introducedSpeaker(f, i, data);
    if (source) return source;
  }
  return f.tokens[q - 1]?.text === ':' ? sentenceSubject(f, q - 1, data) : null;
}

/** The speaker of a sentence with a speech verb and no quotation: "Heald noted the findings …". */
export function speechSubject(f: Frame, data: LangData): Speaker {
  for (let v = 0; v < f.tokens.length; v += 1) {
    if (!isSpeechVerb(f, v, data)) continue;
    // "…, indique la NASA.": a verb after a comma with a name closing the sentence has it for subject.
    const after = mentionAt(f, skipDeterminers(f, v + 1, data));
    const inverted = f.tokens[v - 1]?.text === ',' && after !== undefined && !f.tokens[after.last]?.word ? after : undefined;
    const subject = inverted ?? subjectOf(f, v, data) ?? after ?? null;
    if (subject) return subject;
  }
  return null;
}
