/**
 * The people (and organisations) an article names, built from its mentions: full names, the
 * surnames and acronyms that stand for them, their roles; and the resolution of a later mention
 * (surname, role, pronoun) back to one of them.
 */
import type { Gender, LangData } from './langData.js';
import { isParticleName, type Mention } from './mentions.js';

export interface Entity {
  /** The fullest form the article gives: "Kevin Scott". */
  name: string;
  aliases: Set<string>;
  roles: string[];
  roleHeads: Set<string>;
  /** Lower-case words of the roles' complements: "microsoft" for "CTO de Microsoft". */
  roleOf: Set<string>;
  person: boolean;
  /** Named only beside another place ("University of Arkansas, Fayetteville"): never anyone's mention. */
  place: boolean;
  /** Named in the headline: the article's subject, for whom a surname shared with a relative stands. */
  headline: boolean;
  /** The genders its mentions give: one, none, or both when the article's words disagree. */
  genders: Set<Gender>;
  /** A person the article describes and never names ("la mère du suspect"): whom a pronoun may stand for, nobody's words to credit. */
  unnamed?: true;
}

export interface Registry {
  entities: Entity[];
  /** Each resolved mention outside quotations, in article order, for pronouns. */
  timeline: { at: number; entity: Entity; sentence: number; subject: boolean; complement: boolean }[];
}

const words = (name: string): string[] => name.split(/[\s]+/u);

/** Whether a name (with its mention) reads as a person rather than an organisation or place. */
function looksPersonal(m: Mention, data: LangData): boolean {
  if (m.honorific || m.aged) return true;
  if (m.determined) return false;
  if (data.mediaNames.has(m.name!)) return false;
  if (m.roleHead && !data.organisationWords.has(m.roleHead)) return true;
  const parts = words(m.name!);
  const capitalised = (w: string) => /^\p{Lu}[\p{Ll}'-]/u.test(w) || isParticleName(w, data);
  // A particle joins two capitalised words: "Marc Ladreit de Lacharrière".
  const particle = (w: string, k: number) => k > 0 && k < parts.length - 1 && data.nameParticles.has(w);
  return parts.length >= 2 && parts.length <= 4 && !m.acronym && capitalised(parts[0]!) && capitalised(parts.at(-1)!) &&
    parts.every((w, k) => (capitalised(w) || particle(w, k)) && !data.organisationWords.has(w.toLowerCase()));
}

/** The people with a full name whose word picked by `part` is `name`. */
function peopleWith(entities: Entity[], name: string, part: (full: string[]) => string): Entity[] {
  return entities.filter((e) => e.person && words(e.name).length > 1 && part(words(e.name)) === name);
}

/**
 * The entity a name stands for: itself, an alias, its acronym; a lone word, the one person whose
 * surname it is, else the one person whose first name it is (a child, a victim: "Gloria",
 * "Daniel"), with or without its particle ("Maliki" for Nouri al-Maliki). Of two people with
 * that surname, the one the headline names, the article being about that one ("Sarah Brady
 * dies", then "Brady said" beside her husband James Brady); else the one named first, whom the
 * article introduces before the relatives it names by first name ("Mohamed Kohail", then "Sultan").
 */
function findByName(entities: Entity[], name: string): Entity | undefined {
  const exact = entities.find((e) => e.name === name || e.aliases.has(name));
  if (exact || words(name).length > 1) return exact;
  // "Maliki" for Nouri al-Maliki: a surname is also named without its hyphenated particle.
  const surnamed = peopleWith(entities, name, (w) => (w.at(-1) === name ? name : w.at(-1)!.replace(/^\p{Ll}+-(?=\p{Lu})/u, '')));
  const candidates = surnamed.length > 0 ? surnamed : peopleWith(entities, name, (w) => w[0]!);
  const headlined = candidates.filter((e) => e.headline);
  return headlined.length === 1 ? headlined[0] : candidates[0];
}

/** Levenshtein distance between two words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * The one person whose surname a lone surname misspells or shortens ("Ms Bauchtman" for Lydia
 * Buchtmann, "Mr Fitzgerld", "…," Water said for Kathryn Waters): same initial, one edit per four
 * letters. Only a word certainly a person's name, after a title or as the mid-sentence subject of a
 * speech verb, is read as a typo: elsewhere a near miss may be another word.
 */
function misspelledSurname(entities: Entity[], name: string): Entity | undefined {
  const near = (surname: string) => surname[0] === name[0] &&
    editDistance(surname.toLowerCase(), name.toLowerCase()) <= Math.floor(Math.max(surname.length, name.length) / 4);
  const candidates = entities.filter((e) => e.person && words(e.name).length > 1 && near(words(e.name).at(-1)!));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Gives the mention's role to the entity; its synonyms too, so that "the monarch" finds the king. */
function addRole(e: Entity, m: Mention, data: LangData): void {
  if (!m.role || !m.roleHead) return;
  if (!e.roles.includes(m.role)) e.roles.push(m.role);
  for (const head of [m.roleHead, ...data.roleSynonyms.get(m.roleHead) ?? []]) e.roleHeads.add(head);
  for (const w of m.roleOf) e.roleOf.add(w);
}

function newEntity(m: Mention, data: LangData): Entity {
  const e: Entity = {
    name: m.name!, aliases: new Set(m.acronym ? [m.acronym] : []), roles: [], roleHeads: new Set(),
    roleOf: new Set(), person: !m.place && looksPersonal(m, data), place: m.place, headline: false, genders: new Set(m.gender ? [m.gender] : []),
  };
  addRole(e, m, data);
  // "L'hebdomadaire affirme" after "Le Canard enchaîné": a medium holds the nouns for a medium.
  if (data.mediaNames.has(e.name)) for (const w of data.mediaWords) e.roleHeads.add(w);
  return e;
}

/**
 * How early a name mention enters the registry: names of several words first, then lone words
 * that carry a role or an acronym, then bare lone words; so that a surname met before its full
 * name still maps to it, even with a title ("Former UN head Annan" in a headline, "Kofi Annan"
 * in the body).
 */
function registryRank(m: Mention): number {
  if (words(m.name!).length > 1) return 0;
  return m.role !== null || m.acronym !== null ? 1 : 2;
}

/**
 * Entities of an article from its name mentions (in order within each rank of `registryRank`);
 * those of `headline` mark whom the headline names.
 */
export function buildRegistry(mentions: Mention[], data: LangData, headline: ReadonlySet<Mention>): Entity[] {
  const entities: Entity[] = [];
  const named = mentions.filter((m) => m.name);
  // Named once after an article ("the Summer Olympics") or after a place: no person, whatever its other mentions look like.
  const things = new Set<Entity>();
  for (const m of [0, 1, 2].flatMap((rank) => named.filter((x) => registryRank(x) === rank))) {
    const known = findByName(entities, m.name!) ?? ((m.honorific || m.speechSubject) && words(m.name!).length === 1 ? misspelledSurname(entities, m.name!) : undefined);
    if (!known) {
      // A lone capitalised word opening a sentence is a name only if the article uses it elsewhere.
      if (!m.initial) entities.push({ ...newEntity(m, data), headline: headline.has(m) });
      if (!m.initial && m.determined) things.add(entities.at(-1)!);
      continue;
    }
    if (m.determined) things.add(known);
    if (headline.has(m)) known.headline = true;
    if (m.name !== known.name) known.aliases.add(m.name!);
    if (m.acronym) known.aliases.add(m.acronym);
    if (looksPersonal(m, data)) known.person = true;
    if (m.gender) known.genders.add(m.gender);
    addRole(known, m, data);
  }
  // "in Beijing, China": a place's name opens no person's name ("Beijing Olympics").
  for (const m of named.filter((x) => x.place)) for (const e of entities) if (words(e.name).length > 1 && words(e.name)[0] === m.name) things.add(e);
  for (const e of things) if (e.roles.length === 0) e.person = false;
  // "a spokesperson for the Met Office": later "the spokesperson" speaks for the Met Office.
  for (const m of mentions.filter((x) => x.kind === 'role' && x.org && data.spokesRoles.has(x.roleHead!))) {
    const body = findByName(entities, m.org!) ?? orgEntity(m.org!);
    if (!entities.includes(body)) entities.push(body);
    body.roleHeads.add(m.roleHead!);
  }
  // "the report's authors": the group speaks as one, and "the authors" later is the same group.
  for (const m of mentions.filter((x) => x.group)) {
    const group = findByName(entities, m.group!) ?? orgEntity(m.group!);
    if (!entities.includes(group)) entities.push(group);
    addRole(group, m, data);
  }
  return entities;
}

/**
 * The person a relative, a friend or a witness the article does not name stands for, when
 * that role is a sentence's subject ("La mère du suspect a confié", "A neighbour said"), else
 * null. Other roles ("le candidat de …") may be someone named, whom the article did not link.
 */
export function unnamedPerson(m: Mention, data: LangData): Entity | null {
  if (m.kind !== 'role' || !data.kinRoles.has(m.roleHead!)) return null;
  return { ...orgEntity(m.role!), person: true, unnamed: true, genders: new Set(m.gender ? [m.gender] : []) };
}

/** An entity that is no person: a body, or a group credited as one. */
function orgEntity(name: string): Entity {
  return { name, aliases: new Set(), roles: [], roleHeads: new Set(), roleOf: new Set(), person: false, place: false, headline: false, genders: new Set() };
}

/** Whether an entity is a body that speaks (a medium, an organisation, a group credited as one), not a person, a place or a thing. */
export function isBody(e: Entity, data: LangData): boolean {
  if (e.person || e.place) return false;
  const acronym = [...e.aliases].some((a) => /^\p{Lu}{2,}$/u.test(a));
  return acronym || e.roleHeads.size > 0 || data.mediaNames.has(e.name) || words(e.name).some((w) => data.organisationWords.has(w.toLowerCase()));
}

/** The people a quotation names in its own words ("Andy Warhol was the center of …"): none of them said it. */
export function peopleNamedIn(entities: Entity[], mentions: Mention[]): Set<Entity> {
  const named = mentions.map((m) => m.name && findByName(entities, m.name));
  return new Set(named.filter((e): e is Entity => !!e && e.person));
}

/** Whether a mention stands for someone: a lone word opening a sentence must be known, a place is nobody. */
export function isMeaningful(entities: Entity[], m: Mention): boolean {
  const known = m.name ? findByName(entities, m.name) : undefined;
  return known ? !known.place : !m.initial;
}

/** The entity a role stands for: its holder ("le CTO de Microsoft"), or for a spokesperson, the body. */
function resolveRole(entities: Entity[], m: Mention, data: LangData): Entity | null {
  const head = m.roleHead!;
  // "one official said": someone new, unless a spokesperson, who speaks for the body named with them.
  if (m.indefinite && !data.spokesRoles.has(head)) return null;
  const holders = entities.filter((e) => e.roleHeads.has(head));
  // Every content word must agree: "candidat de Debout la France" is not "candidat de La France insoumise".
  const body = m.roleOf.filter((w) => !data.determiners.has(w) && !data.nameConnectors.has(w) && !data.prepositions.has(w));
  const sameBody = body.length ? holders.filter((e) => body.every((w) => e.roleOf.has(w))) : [];
  const holder = sameBody[0] ?? (holders.length === 1 ? holders[0] : undefined);
  if (holder) return holder;
  // "selon la commission des affaires familiales du patriarcat": a body the article describes
  // without a name speaks as itself, its description for a name.
  if (data.organisationWords.has(head) && body.length > 0) return findByName(entities, m.role!) ?? orgEntity(m.role!);
  if (!data.spokesRoles.has(head)) return null;
  if (m.org) return findByName(entities, m.org) ?? orgEntity(m.org);
  // "la porte-parole de la fédération": the federation speaks through her.
  for (const w of m.roleOf) {
    const body = entities.find((e) => e.name.toLowerCase() === w || e.roleHeads.has(w));
    if (body) return body;
  }
  return null;
}


/** Whether a person may be called by a pronoun of `gender`: "elle" is never a man the article calls "M." or "directeur". */
const agrees = (e: Entity, gender: Gender | null): boolean => !gender || e.genders.size !== 1 || e.genders.has(gender);

/**
 * The person a personal pronoun at `at` stands for: in the last sentence before it that names a
 * person, the subject if a person, else the last person named ("Roy a reçu Duval. Il a dit" → Roy).
 * When that sentence names people only as objects of prepositions and has no subject the article
 * names ("The politician was greeted by the President and the First Lady, Ann Roy. She said"),
 * the pronoun goes to the subject of the sentence before, whom the description names again.
 * People in `excluded`, and those the article gives another gender than the pronoun's, are passed over.
 */
function personBefore(registry: Registry, at: number, excluded: ReadonlySet<Entity>, gender: Gender | null): Entity | null {
  const named = registry.timeline.filter((x) => x.at < at && x.entity.person && !excluded.has(x.entity) && agrees(x.entity, gender));
  const last = named.at(-1);
  if (!last) return null;
  // The person among the sentence's subjects: in "According to Iraqi analyst Hazem Ali, Sadr is …" not the nationality.
  const subjectIn = (sentence: number) => named.find((x) => x.sentence === sentence && x.subject);
  const onlyComplements = named.every((x) => x.sentence !== last.sentence || x.complement);
  const earlier = onlyComplements ? named.filter((x) => x.sentence < last.sentence).at(-1)?.sentence ?? -1 : -1;
  const hasSubject = registry.timeline.some((x) => x.sentence === last.sentence && x.subject);
  const subject = subjectIn(last.sentence) ?? (hasSubject ? undefined : subjectIn(earlier));
  return subject && subject.entity.person && !excluded.has(subject.entity) ? subject.entity : last.entity;
}

/** The last person named before `at`, for "ce dernier", "the latter". */
function latterBefore(registry: Registry, at: number, excluded: ReadonlySet<Entity>, gender: Gender | null): Entity | null {
  return registry.timeline.filter((x) => x.at < at && x.entity.person && !excluded.has(x.entity) && agrees(x.entity, gender)).at(-1)?.entity ?? null;
}

/**
 * The entity a mention at offset `at` refers to. Pronouns: il/elle/he/she → a person named just
 * before, other than those in `excluded`; ce dernier/the latter → the last person named;
 * it/they/on → the last speaker, else the last entity named, never one person for ils/they.
 */
export function resolveMention(registry: Registry, m: Mention, at: number, lastSpeaker: Entity | null, data: LangData,
  excluded: ReadonlySet<Entity> = new Set()): Entity | null {
  if (m.kind === 'pronoun') {
    if (data.latterPronouns.has(m.pronoun!)) return latterBefore(registry, at, excluded, m.gender);
    if (data.personPronouns.has(m.pronoun!)) return personBefore(registry, at, excluded, m.gender);
    // "Ils", "they" never stand for one person: "Pour eux, « … ». Ils ajoutent" is not the last
    // speaker's; nor "it": after a person's words, "Jordan's news agency, Petra, … It says" is Petra's.
    const fits = (e: Entity | null | undefined) => !!e && !(e.person && (data.groupPronouns.has(m.pronoun!) || data.thingPronouns.has(m.pronoun!)));
    if (fits(lastSpeaker)) return lastSpeaker;
    const before = registry.timeline.filter((x) => x.at < at);
    const last = data.thingPronouns.has(m.pronoun!) ? before.filter((x) => fits(x.entity)).at(-1) : before.at(-1);
    return last && fits(last.entity) ? last.entity : null;
  }
  if (m.name) {
    return findByName(registry.entities, m.name) ?? (m.initial ? null : newEntity(m, data));
  }
  return resolveRole(registry.entities, m, data);
}
