/**
 * Scoring of the analyser against hand-written gold files (`<id>.gold.json`, described in
 * tests/fixtures/corpus/SOURCES.md): quotations with their speakers, and figures.
 *
 * Quotations (issue 4): a found quotation matches a gold one when the longest common run of their
 * words (case, accents and punctuation folded) covers at least 80 % of the gold quotation's words
 * and half of the found one's. Found quotations matching `other_quoted` count neither way. Speaker
 * accuracy is the share of matched quotations whose speaker equals the gold speaker once folded,
 * or contains it (or the reverse) when both have two words or more.
 *
 * Figures (issue 5): a found figure matches a gold one when its span overlaps an occurrence of the
 * gold `surface` (or of one of `other_surfaces`) and its value is within 1 %; for money, `percent`,
 * `year` and `date` the unit must agree too. Found figures overlapping `ignored_numbers`, and
 * repeats of an already matched figure, count neither way.
 */
import { foldWords, longestCommonRun } from '../../src/analyse/quotes/foldWords.js';

export interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: 'full' | 'fragment';
  note?: string;
}

export interface GoldFigure {
  surface: string;
  other_surfaces?: string[];
  value: number | [number, number] | string;
  unit: string;
  key: boolean;
}

export interface Gold {
  id: string;
  lang: string;
  quotes: GoldQuote[];
  other_quoted: { text: string; type: string; speaker?: string | null }[];
  figures: GoldFigure[];
  ignored_numbers: { surface: string; reason: string }[];
}

export interface FoundQuote {
  text: string;
  speaker: string | null;
  /** Chosen for the quote sidebar (what an editor reads first). */
  sidebar?: boolean;
}

export interface FoundFigure {
  start: number;
  end: number;
  value: number | [number, number] | string;
  unit: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface QuoteScore extends Counts {
  /** Matched quotations whose speaker is right. */
  speakerRight: number;
  /** Matched quotations given a speaker, and those of them whose speaker is right. */
  named: number;
  namedRight: number;
  /** Sidebar quotations, and those that are gold quotations with the right speaker. */
  sidebar: number;
  sidebarRight: number;
  /** Found quotations that matched nothing, and gold ones never found, for reading. */
  missed: GoldQuote[];
  spurious: FoundQuote[];
  wrongSpeaker: { found: FoundQuote; gold: GoldQuote }[];
}

export interface FigureScore extends Counts {
  missed: GoldFigure[];
  spurious: FoundFigure[];
}

const MIN_GOLD_COVER = 0.8;
const MIN_FOUND_COVER = 0.5;
const VALUE_TOLERANCE = 0.01;
/** Units whose meaning changes the value: these must agree. */
const STRICT_UNITS = /^(?:[A-Z]{3}|percent|year|date)$/u;

/** Whether a found quotation's words match a gold text by the 80 % / 50 % rule. */
export function quoteMatches(found: string, gold: string): boolean {
  const f = foldWords(found);
  const g = foldWords(gold);
  if (g.length === 0 || f.length === 0) return false;
  const run = longestCommonRun(f, g);
  return run >= MIN_GOLD_COVER * g.length && run >= MIN_FOUND_COVER * f.length;
}

/** Whether two speaker names agree once folded, or one contains the other (both two words or more). */
export function sameSpeaker(found: string | null, gold: string | null): boolean {
  if (found === null || gold === null) return found === gold;
  const f = foldWords(found);
  const g = foldWords(gold);
  if (f.join(' ') === g.join(' ')) return true;
  if (f.length < 2 || g.length < 2) return false;
  const contains = (a: string[], b: string[]) => longestCommonRun(a, b) === b.length;
  return contains(f, g) || contains(g, f);
}

export function scoreQuotes(found: FoundQuote[], gold: Gold): QuoteScore {
  const matched = new Set<number>();
  const score: QuoteScore = { tp: 0, fp: 0, fn: 0, speakerRight: 0, named: 0, namedRight: 0, sidebar: 0, sidebarRight: 0, missed: [], spurious: [], wrongSpeaker: [] };
  for (const f of found) {
    const g = gold.quotes.findIndex((q, i) => !matched.has(i) && quoteMatches(f.text, q.text));
    const right = g >= 0 && sameSpeaker(f.speaker, gold.quotes[g]!.speaker);
    if (f.sidebar) {
      score.sidebar += 1;
      if (right) score.sidebarRight += 1;
    }
    if (g >= 0) {
      matched.add(g);
      score.tp += 1;
      if (f.speaker !== null) score.named += 1;
      if (right && f.speaker !== null) score.namedRight += 1;
      if (right) score.speakerRight += 1;
      else score.wrongSpeaker.push({ found: f, gold: gold.quotes[g]! });
    } else if (!gold.other_quoted.some((o) => quoteMatches(f.text, o.text))) {
      score.fp += 1;
      score.spurious.push(f);
    }
  }
  score.missed = gold.quotes.filter((_, i) => !matched.has(i));
  score.fn = score.missed.length;
  return score;
}

/** Every `[start, end)` where one of `surfaces` occurs in `text` (apostrophes and spaces folded). */
export function occurrences(text: string, surfaces: string[]): [number, number][] {
  const fold = (s: string) => s.replace(/[’‘]/gu, "'").replace(/\s/gu, ' ');
  const hay = fold(text);
  const out: [number, number][] = [];
  for (const s of surfaces.map(fold)) {
    for (let i = hay.indexOf(s); i >= 0; i = hay.indexOf(s, i + 1)) out.push([i, i + s.length]);
  }
  return out;
}

const overlaps = (a: [number, number], f: FoundFigure) => f.start < a[1] && a[0] < f.end;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether a found value agrees with a gold one: numbers within 1 %, ranges end by end, dates equal. */
export function sameValue(found: FoundFigure['value'], gold: GoldFigure['value']): boolean {
  if (typeof gold === 'string' || typeof found === 'string') return String(found) === String(gold);
  if (Array.isArray(gold) || Array.isArray(found)) {
    return Array.isArray(gold) && Array.isArray(found) && close(found[0], gold[0]) && close(found[1], gold[1]);
  }
  return close(found, gold);
}

export function figureMatches(found: FoundFigure, gold: GoldFigure, text: string): boolean {
  const at = occurrences(text, [gold.surface, ...(gold.other_surfaces ?? [])]);
  if (!at.some((a) => overlaps(a, found))) return false;
  if (!sameValue(found.value, gold.value)) return false;
  return !STRICT_UNITS.test(gold.unit) || found.unit.toLowerCase() === gold.unit.toLowerCase();
}

export function scoreFigures(found: FoundFigure[], gold: Gold, text: string): FigureScore {
  const matched = new Set<number>();
  const ignored = occurrences(text, gold.ignored_numbers.map((n) => n.surface));
  const score: FigureScore = { tp: 0, fp: 0, fn: 0, missed: [], spurious: [] };
  for (const f of found) {
    const g = gold.figures.findIndex((x, i) => !matched.has(i) && figureMatches(f, x, text));
    if (g >= 0) {
      matched.add(g);
      score.tp += 1;
    } else if (ignored.some((a) => overlaps(a, f)) || gold.figures.some((x) => figureMatches(f, x, text))) {
      continue;
    } else {
      score.fp += 1;
      score.spurious.push(f);
    }
  }
  score.missed = gold.figures.filter((_, i) => !matched.has(i));
  score.fn = score.missed.length;
  return score;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1; an empty side counts as perfect (nothing to find, nothing wrong). */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface ArticleScore {
  id: string;
  quotes: QuoteScore;
  figures: FigureScore;
}

export function sum<T extends Counts>(scores: T[]): Counts {
  return scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
}

const pct = (x: number) => x.toFixed(2).padStart(5);

type QuoteTally = Counts & Pick<QuoteScore, 'speakerRight' | 'named' | 'namedRight' | 'sidebar' | 'sidebarRight'>;

function tallyQuotes(scores: QuoteScore[]): QuoteTally {
  const add = (key: 'speakerRight' | 'named' | 'namedRight' | 'sidebar' | 'sidebarRight') => scores.reduce((a, s) => a + s[key], 0);
  return { ...sum(scores), speakerRight: add('speakerRight'), named: add('named'), namedRight: add('namedRight'), sidebar: add('sidebar'), sidebarRight: add('sidebarRight') };
}

/**
 * The eval table: per article and in total, quote P/R/F1, speaker accuracy, the precision of the
 * speakers given (a wrong name is worse than none), sidebar quotes right of shown, figure P/R/F1.
 */
export function formatTable(scores: ArticleScore[]): string {
  const width = Math.max(5, ...scores.map((s) => s.id.length));
  const head = `${'article'.padEnd(width)}  quotes  P     R     F1    spk   spkP  side  | figures  P     R     F1`;
  const row = (id: string, q: QuoteTally, f: Counts) => {
    const qp = prf(q);
    const fp = prf(f);
    const ratio = (n: number, d: number) => (d === 0 ? '  -  ' : pct(n / d));
    const side = `${q.sidebarRight}/${q.sidebar}`.padStart(5);
    return `${id.padEnd(width)}  ${String(q.tp).padStart(2)}/${String(q.tp + q.fn).padStart(2)}  ${pct(qp.precision)} ${pct(qp.recall)} ${pct(qp.f1)} ${ratio(q.speakerRight, q.tp)} ${ratio(q.namedRight, q.named)} ${side} | ${String(f.tp).padStart(3)}/${String(f.tp + f.fn).padStart(3)}  ${pct(fp.precision)} ${pct(fp.recall)} ${pct(fp.f1)}`;
  };
  const lines = scores.map((s) => row(s.id, s.quotes, s.figures));
  const total = row('TOTAL', tallyQuotes(scores.map((s) => s.quotes)), sum(scores.map((s) => s.figures)));
  return [head, ...lines, '-'.repeat(head.length), total].join('\n');
}
