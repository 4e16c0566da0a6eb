/**
 * Mentions of people and organisations in the reporter's own words (quotations masked): names
 * (capitalised runs), roles ("le CTO de Microsoft"), both in apposition ("Jeff Rathke, the State
 * Department spokesperson"; "du CTO Kevin Scott"), and pronouns.
 */
import type { Gender, LangData } from './langData.js';
import type { Token } from './tokens.js';

export interface Mention {
  start: number;
  end: number;
  /** Token indexes `[first, last)` in the token list the mention was found in. */
  first: number;
  last: number;
  kind: 'name' | 'role' | 'pronoun';
  /** The name as written ("Kevin Scott", "Korean Central News Agency"), when there is one. */
  name: string | null;
  /** Acronym given in parentheses after the name: "(KCNA)". */
  acronym: string | null;
  /** The role as written, without determiner: "CTO de Microsoft". */
  role: string | null;
  /** The role word itself, lower-case: "cto", "porte-parole". */
  roleHead: string | null;
  /** Lower-case content words of the role's complement: ["microsoft"], ["fédération"]. */
  roleOf: string[];
  /** The organisation named in the role, as written: "Met Office" in "a spokesperson for the Met Office". */
  org: string | null;
  /** A one-word name opening its sentence, which may be an ordinary word ("Local resident …"). */
  initial: boolean;
  /** A one-word name set beside another place ("in Evanston, Illinois"): a place unless the article names a person so. */
  place: boolean;
  /** A name after an article ("the Vancouver Whitecaps", "the 2008 Summer Olympics"): a team, an event, a thing, no person. */
  determined: boolean;
  /** A name with an age in apposition ("Syakrani, 24,"): a person's, however short. */
  aged: boolean;
  /** A role after an indefinite article ("one nuclear official"): someone the article has not named. */
  indefinite: boolean;
  /** Preceded by an honorific (M., Mrs.): certainly a person. */
  honorific: boolean;
  /**
   * Capitalised mid-sentence right before a speech verb ("…," Water said; Roux a précisé): a name,
   * like a titled one, since only the sentence start capitalises a common word.
   */
  speechSubject: boolean;
  /** The gender its words give ("Mme", "la directrice", "she"), when they give one. */
  gender: Gender | null;
  /** Lower-case pronoun for pronoun mentions. */
  pronoun: string | null;
  /**
   * For a plural role tied to something ("the report's authors", "les auteurs de l'étude"), the
   * phrase as written, determiner in lower case: the article credits that group and names it so.
   */
  group: string | null;
}

/** Stand-in token for a masked quotation: it stops every name and role. */
export const QUOTE_TOKEN = '\u0000quote';

const COMPLEMENT = new Set(['de', 'du', 'des', "d'", 'of', 'for', 'at']);

function isStop(t: Token, data: LangData): boolean {
  return !t.word || data.prepositions.has(t.lower) || data.determiners.has(t.lower) ||
    data.speechVerbs.has(t.lower) || data.auxiliaries.has(t.lower) || isPronoun(t.lower, data) ||
    /^(?:que|qu'|qui|et|ou|and|or|that|which|who|whose|est|a|ont)$/u.test(t.lower);
}

function isPronoun(lower: string, data: LangData): boolean {
  return data.personPronouns.has(lower) || data.groupPronouns.has(lower) || data.anyPronouns.has(lower);
}

/**
 * Length in tokens of the role phrase starting at `i`, or 0. A lower-case organisation word
 * ("la fédération des banques", "news agency") describes its name the way a role does.
 */
function roleWordsAt(tokens: Token[], i: number, data: LangData): number {
  const t = tokens[i];
  for (const phrase of (t && data.roleWords.get(t.lower)) ?? []) {
    // A capitalised plural starts a body's name ("Doctors Without Borders"), not a group.
    if (t!.capital && data.groupRoles.has(phrase.join(' '))) continue;
    if (phrase.every((w, k) => tokens[i + k]?.lower === w)) return phrase.length;
  }
  // "journaliste-économiste", "vice-procureur": a compound ending in a role is a role.
  if (t && !t.capital && t.lower.includes('-') && data.roleWords.get(t.lower.split('-').at(-1)!)?.some((p) => p.length === 1)) return 1;
  // "One post by him read": a word for a body that also names a writing ("post") is the writing;
  // in French one right after "de" with no article qualifies the noun before it ("conférence de
  // presse"), as English puts it before ("press conference").
  const qualifier = COMPLEMENT.has(tokens[i - 1]?.lower ?? '') && data.lang === 'fr';
  return t && !t.capital && data.organisationWords.has(t.lower) && !data.documentWords.has(t.lower) && !qualifier ? 1 : 0;
}

/** A lower-case particle hyphenated to a capitalised name ("al-Assad", "bin-Salman"), as Arabic names write it. */
export function isParticleName(word: string, data: LangData): boolean {
  const particle = /^(\p{Ll}+)-\p{Lu}/u.exec(word);
  return particle !== null && data.nameConnectors.has(particle[1]!);
}

function isNameToken(t: Token, data: LangData): boolean {
  return (t.capital || isParticleName(t.text, data)) && t.word && t.text !== QUOTE_TOKEN && !data.honorifics.has(t.lower) && !t.text.endsWith("'");
}

/**
 * Whether a capitalised role word at `i` ends a name: English capitalises titles ("Governor Mark
 * Carney"); French capitalises a role only as an acronym (PDG), so "Force Ouvrière" is one name.
 * One that follows a lone first name and ends the run is a surname: "Terence Fan", "Gary Player".
 */
function roleBreaksName(tokens: Token[], i: number, data: LangData): boolean {
  const lone = (k: number) => isPersonalWord(tokens[k], data) && !tokens[k - 1]?.capital;
  const surname = lone(i - 1) && !(tokens[i + 1] && isNameToken(tokens[i + 1]!, data)) && /^\p{Lu}\p{Ll}/u.test(tokens[i]!.text);
  return roleWordsAt(tokens, i, data) > 0 && (data.lang !== 'fr' || /^\p{Lu}+$/u.test(tokens[i]!.text)) && !surname;
}

/** A capitalised word that could be a first name or surname: "Ingram", not "NASA", "Museum" or "Governor". */
function isPersonalWord(t: Token | undefined, data: LangData): boolean {
  return t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !data.organisationWords.has(t.lower) && !data.roleWords.has(t.lower);
}

/** Whether `[from, to)` is exactly two words that could be a first name and a surname. */
function isTwoWordName(tokens: Token[], from: number, to: number, data: LangData): boolean {
  return to - from === 2 && isPersonalWord(tokens[from], data) && isPersonalWord(tokens[from + 1], data);
}

/**
 * Whether the connector at `j` ends the person named from `i` ("Tom Lee and Ann Ross", "Matt
 * Ingram of The Globe"). A coordinator does so before another person: a first name and a
 * surname, or a title, bare or after one capitalised word ("George Bush and Irish Prime Minister").
 */
function breaksName(tokens: Token[], i: number, j: number, data: LangData): boolean {
  const t = tokens[j]!;
  // A particle joins a surname ("Charles de Gaulle"), never a first name and a surname: in
  // "les costumes Arnys de François Fillon" the name is the owner's.
  const ownerName = isTwoWordName(tokens, j + 1, j + 3, data) && !data.nameConnectors.has(tokens[j + 1]!.lower) && !tokens[j + 3]?.capital;
  if (data.nameParticles.has(t.lower) && !data.nameBreakers.has(t.lower) && ownerName) return true;
  if (!data.nameBreakers.has(t.lower) || !isTwoWordName(tokens, i, j, data)) return false;
  const titled = [j + 1, j + 2].some((k) => tokens[k]?.capital && roleWordsAt(tokens, k, data) > 0);
  return !data.conjunctions.has(t.lower) || titled || (isTwoWordName(tokens, j + 1, j + 3, data) && !tokens[j + 3]?.capital);
}

/** Whether a middle initial ("W." in "George W. Bush") starts at `j`, inside a name that goes on after it. */
function isMiddleInitial(tokens: Token[], j: number, data: LangData): boolean {
  return /^\p{Lu}$/u.test(tokens[j]!.text) && tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === tokens[j]!.end &&
    tokens[j + 2] !== undefined && isNameToken(tokens[j + 2]!, data) && !roleBreaksName(tokens, j + 2, data);
}

/**
 * Whether the coordinator at `j` is followed by a possessive, which opens a noun phrase of its
 * own: in "Carlos Lage and Cuba's health minister" Cuba is not part of Lage's name.
 */
function opensPossessive(tokens: Token[], j: number, data: LangData): boolean {
  return data.conjunctions.has(tokens[j]!.lower) && /\p{L}'s$/u.test(tokens[j + 1]!.text);
}

/** End (exclusive) of the capitalised run starting at `i`, or `i` when there is none. */
function capitalRunEnd(tokens: Token[], i: number, data: LangData): number {
  const first = tokens[i];
  // A role word never starts a name ("Premier ministre Édouard Philippe", "Shopkeeper Ann Patel"),
  // nor a preposition capitalised at the start of a sentence ("Sur Twitter"), but a particle ("De Gaulle").
  if (!first || !isNameToken(first, data) || data.sentenceStarters.has(first.lower) || roleWordsAt(tokens, i, data) ||
    (data.prepositions.has(first.lower) && !data.nameParticles.has(first.lower))) return i;
  let j = i + 1;
  if (/'s$/u.test(first.text)) return j;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isMiddleInitial(tokens, j, data)) {
      j += 2;
    } else if (isNameToken(t, data) && !roleBreaksName(tokens, j, data)) {
      j += 1;
      if (/'s$/u.test(t.text)) break;
    } else if ((data.nameConnectors.has(t.lower) || t.text === '&') && tokens[j + 1] && isNameToken(tokens[j + 1]!, data) &&
      !roleBreaksName(tokens, j + 1, data) && !breaksName(tokens, i, j, data) && !opensPossessive(tokens, j, data)) {
      j += 2;
    } else break;
  }
  return j;
}

/** The `(ACRONYM)` right after `i`, as [acronym, end], or null. */
function acronymAt(tokens: Token[], i: number): [string, number] | null {
  const [open, word, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (open?.text === '(' && close?.text === ')' && word && /^\p{Lu}[\p{Lu}\p{N}.-]+$/u.test(word.text)) return [word.text, i + 3];
  return null;
}

/** Longest spelled-out name in parentheses after an acronym. */
const MAX_EXPANSION = 8;

/** The name spelled out in parentheses right after an acronym, as [name, end]: "RTE (Réseau de Transport d'Électricité)". */
function expansionAt(source: string, tokens: Token[], i: number): [string, number] | null {
  if (tokens[i]?.text !== '(' || !tokens[i + 1]?.capital) return null;
  const close = tokens.slice(i + 2, i + 2 + MAX_EXPANSION).findIndex((t) => t.text === ')');
  if (close < 0) return null;
  const end = i + 2 + close;
  return tokens.slice(i + 1, end).every((t) => t.word) ? [text(source, tokens, i + 1, end), end + 1] : null;
}

interface RolePhrase {
  end: number;
  head: string;
  of: string[];
  org: string | null;
}

/**
 * Where the body named in the capitalised run `[from, to)` of the complement of the role at
 * `role` ends: a title runs into its holder's name in "Minister of Education Stefania Giannini",
 * "le ministre de l'Intérieur Paul Martin", so a run of three words or more that ends in a first
 * name and a surname names the body, then the person. English capitalises a title only before a
 * name, so "the director of the Natural History Museum" names a body only; French capitalises
 * only the first word of a body's name. Whatever the case of the title, an organisation word
 * ends the body's name before two to four words that could name a person: "director of
 * operations for the Iraqi Armed Forces Hussein Rashid Mohammed".
 */
function titledBodyEnd(tokens: Token[], role: number, from: number, to: number, data: LangData): number {
  const personal = (a: number) => to - a >= 2 && to - a <= 4 && tokens.slice(a, to).every((t) => isPersonalWord(t, data));
  const afterBody = tokens.slice(from, to - 2).findIndex((t) => data.organisationWords.has(t.lower)) + from + 1;
  if (afterBody > from && personal(afterBody)) return afterBody;
  const name = to - 2;
  const titled = data.lang === 'fr' || tokens[role]!.capital;
  return titled && name - from >= 1 && isTwoWordName(tokens, name, to, data) && !data.nameConnectors.has(tokens[name - 1]!.lower) ? name : to;
}

/**
 * End of the lower-case adjectives that close the body's name ending at `i`, in a language that
 * capitalises only its first word: "le président du Centre culturel islamique, Ali Said".
 */
function nameAdjectivesEnd(tokens: Token[], i: number, data: LangData): number {
  let j = i;
  while (j < i + 3 && tokens[j] && tokens[j]!.word && !tokens[j]!.capital && data.nameAdjective?.test(tokens[j]!.lower) && !isStop(tokens[j]!, data)) j += 1;
  return j;
}

/**
 * A role word with up to two modifiers before it ("USI associate professor"; without them the
 * apposition "Hilary Braysmith, USI associate professor of art history," falls apart), up to two
 * adjectives after it and chained complements: "directeur technique de Microsoft".
 */
function rolePhraseAt(source: string, tokens: Token[], i: number, data: LangData): RolePhrase | null {
  let r = i;
  // A modifier that opens a role of its own is that role: "premier ministre", not "ministre".
  while (r < i + 2 && tokens[r] && !tokens[r]!.capital && data.roleModifiers.has(tokens[r]!.lower) &&
    !roleWordsAt(tokens, r, data)) r += 1;
  const n = roleWordsAt(tokens, r, data);
  if (!n) return null;
  let head = tokens.slice(r, r + n).map((t) => t.lower).join(' ');
  let j = r + n;
  // "news agency", "directeur général", "Detective Sergeant": the last of consecutive role words
  // heads the phrase; a capitalised one follows only a capitalised one; one lower-case word may
  // qualify the next ("the Scottish government health secretary").
  const chains = (k: number) => !tokens[k]!.capital || tokens[k - 1]!.capital;
  const qualified = (k: number) => tokens[k] && tokens[k]!.word && !tokens[k]!.capital && !isStop(tokens[k]!, data) && roleWordsAt(tokens, k + 1, data) > 0 &&
    !tokens[k + 1]!.capital ? k + 1 : k;
  for (let at = qualified(j), more = roleWordsAt(tokens, at, data); more && chains(at); at = qualified(j), more = roleWordsAt(tokens, at, data)) {
    head = tokens.slice(at, at + more).map((t) => t.lower).join(' ');
    j = at + more;
  }
  for (let adj = 0; adj < 2 && tokens[j] && !tokens[j]!.capital && !isStop(tokens[j]!, data) && tokens[j + 1] && COMPLEMENT.has(tokens[j + 1]!.lower); adj += 1) j += 1;
  // "Science & Technology Facilities Council britannique": one trailing adjective after the role.
  const of: string[] = [];
  let org: [number, number] | null = null;
  let spelled: string | null = null;
  while (tokens[j] && COMPLEMENT.has(tokens[j]!.lower)) {
    let k = j + 1;
    if (tokens[k] && data.determiners.has(tokens[k]!.lower)) k += 1;
    const capitals = capitalRunEnd(tokens, k, data);
    const named = titledBodyEnd(tokens, r, k, capitals, data);
    const run = named === capitals && capitals > k ? nameAdjectivesEnd(tokens, capitals, data) : capitals;
    const body = named === capitals ? run : named;
    if (run > k && !org) org = [k, body];
    let end = body;
    if (run === k) {
      while (end < k + 2 && tokens[end] && !tokens[end]!.capital && !isStop(tokens[end]!, data)) end += 1;
      // "la fédération PS", "du syndicat CGT": an acronym after an organisation word names it, not
      // a holder; spelled out after it, "l'entreprise RTE (Réseau de Transport d'Électricité)".
      if (end > k && data.organisationWords.has(tokens[end - 1]!.lower) && /^\p{Lu}{2,}$/u.test(tokens[end]?.text ?? '')) {
        const expansion = expansionAt(source, tokens, end + 1);
        spelled ??= expansion?.[0] ?? null;
        org ??= [end, end + 1];
        end = expansion?.[1] ?? end + 1;
      }
    }
    if (end === k) break;
    for (let m = k; m < end; m += 1) if (tokens[m]!.word) of.push(tokens[m]!.lower);
    j = end;
    if (body < run) break;
  }
  return { end: j, head, of, org: spelled ?? (org && tokens.slice(org[0], org[1]).map((t) => t.text).join(' ')) };
}

function text(source: string, tokens: Token[], from: number, to: number): string {
  return source.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/'s$/u, '');
}

/** The pronoun at tokens `[first, last)`, with the gender its word gives: "elle", "ce dernier", "dit-elle"'s "elle". */
export function pronounMention(tokens: Token[], first: number, last: number, pronoun: string, data: LangData): Mention {
  return { ...blank(first, tokens), kind: 'pronoun', pronoun, gender: data.genders.get(pronoun) ?? null, last, end: tokens[last - 1]!.end };
}

function blank(first: number, tokens: Token[]): Omit<Mention, 'kind' | 'last' | 'end'> {
  return {
    start: tokens[first]!.start, first, name: null, acronym: null, role: null, roleHead: null,
    roleOf: [], org: null, initial: false, place: false, honorific: false, speechSubject: false, gender: null, pronoun: null, group: null, determined: false, aged: false, indefinite: false,
  };
}

/**
 * Where a name starts in the run `[from, to)`: in French a capitalised nationality may precede it
 * after a determiner ("l'Espagnol Rafael Nadal"), while names of bodies capitalise only their
 * first word ("la Banque centrale européenne"), so a run of three or more after a determiner
 * starts with a descriptor.
 */
function descriptorEnd(tokens: Token[], at: number, from: number, to: number, data: LangData): number {
  const afterDeterminer = at > 0 && data.determiners.has(tokens[at - 1]!.lower);
  const words = tokens.slice(from, to).filter((t) => t.capital).length;
  return data.lang === 'fr' && afterDeterminer && words >= 3 ? from + 1 : from;
}

/** The phrase naming a group role tied to something, with the determiner before it, else null. */
function groupPhrase(tokens: Token[], i: number, m: Mention, data: LangData): string | null {
  if (m.kind !== 'role' || !data.groupRoles.has(m.roleHead!) || m.roleOf.length === 0) return null;
  const determiner = tokens[i - 1] && data.determiners.has(tokens[i - 1]!.lower) ? tokens[i - 1]!.lower : '';
  return `${determiner}${determiner && !determiner.endsWith("'") ? ' ' : ''}${m.role}`;
}

/**
 * Whether the role at `from` is a capitalised title that belongs to the one-word name after it:
 * a pope or a monarch is named "Pope Francis", "King Abdullah", never by the bare given name.
 */
function isRegnalName(tokens: Token[], from: number, role: RolePhrase, nameEnd: number, data: LangData): boolean {
  return role.end === from + 1 && tokens[from]!.capital && data.regnalTitles.has(role.head) && nameEnd === role.end + 1;
}

/**
 * The gender the words of a group give its person: the honorific ("Mme Roux"), else the role word
 * ("la directrice", "spokeswoman"), else the French article before an epicene role ("la ministre").
 */
function groupGender(tokens: Token[], i: number, honorific: boolean, roleHead: string | null, data: LangData): Gender | null {
  if (honorific) return data.genders.get(tokens[i]!.lower) ?? null;
  if (!roleHead) return null;
  const before = tokens[i - 1];
  const article = before && data.determiners.has(before.lower) ? data.genders.get(before.lower) : undefined;
  return data.genders.get(roleHead) ?? article ?? null;
}

/**
 * Where the name a role describes starts, after the role ending at `i`: right there ("le
 * président Emmanuel Macron"), or past adjectives a language puts after the noun and a
 * capitalised article that belongs to the name: "le président américain Donald Trump", "le
 * journal parodique Le Gorafi", "the newspaper The Guardian".
 */
function appositiveNameStart(tokens: Token[], i: number, data: LangData): number {
  let j = i;
  while (j < i + 2 && tokens[j]?.word && !tokens[j]!.capital && !isStop(tokens[j]!, data) && data.nameAdjective?.test(tokens[j]!.lower)) j += 1;
  const from = pastNameArticle(tokens, j, data);
  return from > i && capitalRunEnd(tokens, from, data) > from ? j : i;
}

/** `i` past a capitalised article inside a sentence, which is part of the name after it: "Le Gorafi", "The Guardian". */
function pastNameArticle(tokens: Token[], i: number, data: LangData): number {
  return i > 0 && tokens[i]?.capital && data.determiners.has(tokens[i]!.lower) && tokens[i + 1]?.capital ? i + 1 : i;
}

/**
 * End of the party or body a French role names by its acronym right after it ("le candidat LR",
 * "le député PS Jean Roux"): `i` past it. English puts such an acronym before the role.
 */
function roleAcronymEnd(tokens: Token[], i: number, data: LangData): number {
  return data.lang === 'fr' && /^\p{Lu}{2,5}$/u.test(tokens[i]?.text ?? '') ? i + 1 : i;
}

/** One nominal group at `i`: [honorific] [Org] [role [of …]] [Name] [(ACR)], or null. */
function groupAt(source: string, tokens: Token[], i: number, data: LangData): Mention | null {
  let j = i;
  const honorific = data.honorifics.has(tokens[j]!.lower);
  if (honorific) j += 1;
  // An honorific closing the sentence ("… selon Mme") names nobody.
  if (!tokens[j]) return null;
  // "selon L'Opinion": inside a sentence, a capitalised article opens the name after it.
  const article = pastNameArticle(tokens, j, data);
  const capitalEnd = article > j && capitalRunEnd(tokens, article, data) > article ? capitalRunEnd(tokens, article, data) : capitalRunEnd(tokens, j, data);
  // "the report's authors": a common noun in the possessive is the role's complement.
  const possessor = capitalEnd === j && !tokens[j]!.capital && /\p{L}'s$/u.test(tokens[j]!.text) && roleWordsAt(tokens, j + 1, data) > 0;
  const prefixEnd = possessor ? j + 1 : capitalEnd;
  const role = rolePhraseAt(source, tokens, prefixEnd, data);
  const roleEnd = role ? roleAcronymEnd(tokens, role.end, data) : prefixEnd;
  // "a staff member at Shangri-La's Rasa Sentosa Resort": what follows a possessive is its possession, not the role's holder.
  const possessive = role !== null && /\p{L}'s$/u.test(tokens[roleEnd - 1]!.text);
  const nameFrom = role ? appositiveNameStart(tokens, roleEnd, data) : prefixEnd;
  const medium = role && !possessive ? mediumAt(tokens, pastNameArticle(tokens, nameFrom, data), data) : null;
  const nameEnd = possessive ? nameFrom : medium ? medium.last : role ? capitalRunEnd(tokens, pastNameArticle(tokens, nameFrom, data), data) : prefixEnd;
  const hasName = role ? nameEnd > nameFrom : prefixEnd > j;
  if (!role && !hasName) return null;
  let last = hasName ? nameEnd : roleEnd;
  const m: Mention = { ...blank(i, tokens), kind: hasName ? 'name' : 'role', last, end: 0, honorific, gender: groupGender(tokens, i, honorific, role?.head ?? null, data) };
  if (hasName) {
    const regnal = role !== null && isRegnalName(tokens, prefixEnd, role, nameEnd, data);
    m.name = medium?.name ?? (role ? text(source, tokens, regnal ? prefixEnd : nameFrom, nameEnd) : text(source, tokens, descriptorEnd(tokens, i, j, prefixEnd, data), prefixEnd));
    const acr = acronymAt(tokens, last);
    if (acr) [m.acronym, last] = acr;
    const expansion = /^\p{Lu}{2,}$/u.test(m.name) ? expansionAt(source, tokens, last) : null;
    if (expansion) [m.acronym, m.name, last] = [m.name, ...expansion];
  }
  if (role) {
    const acronym = roleEnd > role.end ? tokens[role.end]!.text : null;
    m.role = text(source, tokens, prefixEnd > j ? j : prefixEnd, roleEnd);
    m.roleHead = role.head;
    m.roleOf = [...(prefixEnd > j ? tokens.slice(j, prefixEnd).map((t) => t.lower.replace(/'s$/u, '')) : []), ...role.of, ...(acronym ? [acronym.toLowerCase()] : [])];
    m.org = capitalEnd > j ? text(source, tokens, j, capitalEnd) : acronym ?? role.org;
    m.group = groupPhrase(tokens, i, m, data);
  }
  // "Google said", "Febelfin a rappelé": a speech verb or an auxiliary after it makes it a name.
  const next = tokens[last];
  const verbNext = next !== undefined && (data.speechVerbs.has(next.lower) || data.auxiliaries.has(next.lower));
  m.initial = hasName && !role && !honorific && !verbNext && prefixEnd - j === 1 && !tokens.slice(0, i).some((t) => t.word);
  let v = last;
  while (tokens[v] && data.auxiliaries.has(tokens[v]!.lower)) v += 1;
  m.speechSubject = hasName && i > 0 && tokens[v] !== undefined && !tokens[v]!.capital && data.speechVerbs.has(tokens[v]!.lower);
  m.last = last;
  m.end = tokens[last - 1]!.end;
  return m;
}

/** Lower-case words a role in apposition may hold before its role word: "Ann Lee, an anti-abortion activist,". */
const MAX_APPOSITION_ADJECTIVES = 2;

/**
 * Whether only a comma and a determiner stand between token `from` and token `to`; before a
 * role (`adjectives`), also up to two lower-case words that qualify it: "Cora Lyle, a local
 * anti-abortion activist, said".
 */
function onlyCommaBetween(tokens: Token[], from: number, to: number, data: LangData, adjectives: boolean): boolean {
  const [comma, ...rest] = tokens.slice(from, to);
  const d = rest.findIndex((t) => !data.determiners.has(t.lower));
  const loose = d < 0 ? [] : rest.slice(d);
  const qualifying = adjectives && d === 1 && loose.length <= MAX_APPOSITION_ADJECTIVES &&
    loose.every((t) => t.word && !t.capital && !isStop(t, data));
  return comma?.text === ',' && rest.length <= 1 + MAX_APPOSITION_ADJECTIVES && (loose.length === 0 ? rest.length <= 1 : qualifying);
}

/** The token after a short parenthesis opening at `i` ("(Italian Episcopal Conference)"), else `i`. */
function afterParenthesis(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== '(') return i;
  const close = tokens.slice(i + 1, i + 8).findIndex((t) => t.text === ')');
  return close < 0 ? i : i + close + 2;
}

/** Longest complement a role may take before the comma of its holder's apposition: "à la présidentielle française". */
const MAX_ROLE_COMPLEMENT = 5;

/**
 * The comma closing a role's short complement that starts at `i` with a preposition ("le
 * candidat LR à la présidentielle française, François Fillon,"), else `i`: lower-case words only.
 */
function afterComplement(tokens: Token[], i: number, prev: Mention, data: LangData): number {
  if (prev.kind !== 'role' || !tokens[i] || !data.prepositions.has(tokens[i]!.lower)) return i;
  let k = i + 1;
  while (k <= i + MAX_ROLE_COMPLEMENT && tokens[k]?.word && !tokens[k]!.capital && (data.determiners.has(tokens[k]!.lower) || !isStop(tokens[k]!, data))) k += 1;
  return tokens[k]?.text === ',' ? k : i;
}

/** Whether a role is an organisation word ("the agency", "a blog post"): it names a body, not a person. */
const isBody = (m: Mention, data: LangData): boolean => data.organisationWords.has(m.roleHead!);

/** Whether a name mention is a first name and a surname, or follows an honorific. */
const isPerson = (tokens: Token[], m: Mention, data: LangData): boolean => m.honorific || isTwoWordName(tokens, m.first, m.last, data);

/**
 * Joins "Name, role," and "role, Name," into one mention carrying both, across a parenthesis that
 * spells out the first ("the head of the EBU (European Boxing Union), Ana Ruiz,"); mentions inside
 * that parenthesis stay on their own. A lone word opening the sentence stays doubtful with its
 * role: in "Later, Peter's teacher" it is an adverb. A body is no person's role: in "Writing in
 * a blog post, Ann Lee said" the comma ends an opening phrase. A role also joins a name right
 * after it that opens with a capitalised title, which no name may start with: "the port's
 * director General Omar Haddad".
 */
function mergeAppositions(mentions: Mention[], tokens: Token[], data: LangData): Mention[] {
  const out: Mention[] = [];
  let anchor = -1;
  for (const m of mentions) {
    const prev = out[anchor];
    const gapFrom = prev ? afterComplement(tokens, afterParenthesis(tokens, prev.last), prev, data) : 0;
    if (prev && m.last < gapFrom) {
      out.push(m);
      continue;
    }
    const comma = prev !== undefined && onlyCommaBetween(tokens, gapFrom, m.first, data, m.kind === 'role');
    const titled = prev !== undefined && prev.last === m.first && m.role !== null;
    // "Howard Schultz, président et chef de la direction de Starbucks,": a second role coordinated with the first.
    const coordinated = prev?.kind === 'name' && prev.role !== null && m.kind === 'role' && m.first === prev.last + 1 &&
      data.conjunctions.has(tokens[prev.last]!.lower);
    if (coordinated) {
      out[anchor] = { ...prev, last: m.last, end: m.end };
      continue;
    }
    // A plural role names a group, never one name's apposition: "confiées à l'AFP, les enquêteurs ont …".
    if (comma && prev.kind === 'name' && m.kind === 'role' && !data.groupRoles.has(m.roleHead!)) {
      // A name keeps its first role: "US citizen Susan Cole, the mother of a victim,".
      const role = prev.role ? prev : m;
      out[anchor] = { ...prev, role: role.role, roleHead: role.roleHead, roleOf: role.roleOf, org: role.org, gender: prev.gender ?? m.gender, last: m.last, end: m.end };
    } else if ((comma ? !m.role && !m.place : titled) && prev?.kind === 'role' && m.kind === 'name' && !(isBody(prev, data) && isPerson(tokens, m, data))) {
      out[anchor] = { ...prev, kind: 'name', name: m.name, acronym: m.acronym, honorific: m.honorific, speechSubject: m.speechSubject, gender: m.gender ?? prev.gender, initial: false, last: m.last, end: m.end };
    } else {
      out.push(m);
      anchor = out.length - 1;
    }
  }
  return out;
}

/**
 * Whether a one-word name is set beside a place named after "in", "of", "from", or is that
 * place: "in Evanston, Illinois", "at the University of Arkansas, Fayetteville", "in Beijing,
 * China". Such a word names a place, unless the article knows it as a person's name ("an
 * instructor in English, Warhol was"), so it holds no role before it. After a role word the
 * comma opens the role's holder instead: "the CEO of Orbis, Liu".
 */
function isPlaceApposition(tokens: Token[], m: Mention, data: LangData): boolean {
  if (m.kind !== 'name' || m.honorific || m.last - m.first !== 1) return false;
  const beside = tokens[m.first - 1]?.text === ',' && tokens[m.first - 2]?.capital;
  const before = tokens[m.last]?.text === ',' && tokens[m.last + 1]?.capital && !tokens[m.last + 2]?.capital;
  if (!beside && !before) return false;
  let p = beside ? m.first - 3 : m.first - 1;
  while (p >= 0 && data.determiners.has(tokens[p]!.lower)) p -= 1;
  return p >= 0 && data.placePrepositions.has(tokens[p]!.lower) && !data.roleWords.has(tokens[p - 1]?.lower ?? '');
}

/**
 * The news medium named at `i` ("Canard enchaîné" after "le", "du", "Le"), under its full name,
 * or null. Its first word must be capitalised, and the name must end there: "Presse Océan" is
 * not "La Presse".
 */
function mediumAt(tokens: Token[], i: number, data: LangData): Mention | null {
  if (!tokens[i]?.capital) return null;
  const form = data.mediaForms.find((f) => f.words.every((w, k) => tokens[i + k]?.lower === w) &&
    !(tokens[i + f.words.length] && isNameToken(tokens[i + f.words.length]!, data)));
  if (!form) return null;
  const last = i + form.words.length;
  return { ...blank(i, tokens), kind: 'name', name: form.name, last, end: tokens[last - 1]!.end };
}

/** A mention found past a capitalised article at `i`, widened to start at it: "Le Canard enchaîné". */
function withArticle(m: Mention | null, tokens: Token[], i: number): Mention | null {
  return m && m.first > i ? { ...m, first: i, start: tokens[i]!.start } : null;
}

/**
 * Whether a bare name follows a lower-case article, past a number: "the Vancouver Whitecaps", "the
 * 2008 Summer Olympics"; not one that qualifies the noun after it ("the Kohail brothers").
 */
function isDetermined(tokens: Token[], m: Mention, data: LangData): boolean {
  const next = tokens[m.last];
  if (m.kind !== 'name' || m.role || m.honorific || (next?.word && !next.capital && !isStop(next, data))) return false;
  const before = /^\p{N}+$/u.test(tokens[m.first - 1]?.text ?? '') ? m.first - 2 : m.first - 1;
  const t = tokens[before];
  return t !== undefined && !t.capital && data.determiners.has(t.lower) && !data.contractedPrepositions.has(t.lower);
}

/** Most adjectives between an article and its role: "one nuclear safety official". */
const MAX_ROLE_ADJECTIVES = 2;

/** Whether an indefinite article opens the noun phrase ending in the role at `first`, past its adjectives. */
function isIndefinite(tokens: Token[], first: number, data: LangData): boolean {
  let k = first - 1;
  while (k >= first - MAX_ROLE_ADJECTIVES && tokens[k]?.word && !tokens[k]!.capital && !data.determiners.has(tokens[k]!.lower) && !isStop(tokens[k]!, data)) k -= 1;
  return data.indefiniteDeterminers.has(tokens[k]?.lower ?? '');
}

/** Mentions in `tokens`, in order; offsets index the text the tokens come from (`source`). */
export function findMentions(source: string, tokens: Token[], data: LangData): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const latter = data.latterPhrases.find((p) => p.every((w, k) => tokens[i + k]?.lower === w));
    if (latter) {
      const last = i + latter.length;
      const pronoun = latter.join(' ');
      found.push(pronounMention(tokens, i, last, pronoun, data));
      i = last - 1;
      continue;
    }
    if (isPronoun(t.lower, data)) {
      found.push(pronounMention(tokens, i, i + 1, t.lower, data));
      continue;
    }
    const m = mediumAt(tokens, i, data) ?? withArticle(mediumAt(tokens, pastNameArticle(tokens, i, data), data), tokens, i) ?? groupAt(source, tokens, i, data);
    if (m) {
      // A social network is a place where words are posted: nobody speaks as "Twitter".
      m.place = isPlaceApposition(tokens, m, data) || (m.name !== null && data.platforms.has(m.name));
      m.determined = isDetermined(tokens, m, data);
      m.aged = m.kind === 'name' && tokens[m.last]?.text === ',' && /^\d{1,3}$/u.test(tokens[m.last + 1]?.text ?? '') && tokens[m.last + 2]?.text === ',';
      // An age makes a lone word opening a sentence a name: "Syakrani, 24, says".
      if (m.aged) m.initial = false;
      m.indefinite = m.kind === 'role' && isIndefinite(tokens, m.first, data);
      found.push(m);
      i = m.last - 1;
    }
  }
  return mergeAppositions(found, tokens, data);
}
