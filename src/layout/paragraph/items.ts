/**
 * A paragraph as Knuth–Plass items, built once per paragraph: boxes (word fragments, natural
 * widths), glue (breakable word spaces) and penalties (hyphenation points, the paragraph end).
 * No-break spaces stay inside boxes: they never stretch and never break.
 */
import { glyphCount, measureText } from '../fonts.js';
import { NBSP } from './frenchSpacing.js';
import type { StyledRun } from './Paragraph.js';
import type { HyphenPoint, Hyphenator, PointKind } from './hyphenate.js';
import { isNumberTie } from './ties.js';

export interface BoxItem {
  kind: 'box';
  /** Index of the run whose style the text is set in (-1 for the indent). */
  run: number;
  text: string;
  /** Natural width, tracking included. */
  width: number;
}

export interface GlueItem {
  kind: 'glue';
  run: number;
  width: number;
  stretch: number;
  shrink: number;
}

export interface PenaltyItem {
  kind: 'penalty';
  run: number;
  /** Width added when the line breaks here: the drawn hyphen. */
  width: number;
  cost: number;
  /** A hyphenated line end (drawn or at a compound's own hyphen), for the consecutive-hyphen rules. */
  flagged: boolean;
  /** Draw a "-" at the line end when breaking here. */
  hyphen: boolean;
}

export type Item = BoxItem | GlueItem | PenaltyItem;

/** Penalty costs at or beyond these forbid or force a break (TeX's ±10000). */
export const FORBIDDEN = 10_000;
export const FORCED = -10_000;

/**
 * Word space stretch and shrink as fractions of the space. Stretch is TeX's for Computer Modern
 * (½) and stays moderate because letter spacing takes part of it (see justify.ts). Shrink goes
 * a little past TeX's ⅓, to 0.6 of a space: in columns of 35 characters a slightly tight line
 * reads better than the loose line or the extra hyphen it spares (measured on the corpus and the
 * held-out articles: fewer hyphenated lines and no loose line in the seed, gap p95 unchanged).
 */
export const SPACE_STRETCH = 0.5;
export const SPACE_SHRINK = 0.4;
/**
 * Cost of a hyphenation point, about that of a line with gaps at 1.8 × the space: hyphenation
 * only happens where it saves a loose line (typo-measure counts every hyphenated line end; the
 * bar is ≤ 20 %, and narrow columns otherwise reach 25 %).
 */
export const HYPHEN_PENALTY = 400;
/**
 * Breaking after a compound's own hyphen is cheaper: no hyphen is added, the word is whole. Not
 * much cheaper: typo-measure counts it as a hyphenated line all the same.
 */
export const EXPLICIT_HYPHEN_PENALTY = 300;
/**
 * A last-resort break (inside a name, inside a compound's part) costs about as much as a line
 * with gaps past 2× the space, loose-line demerits aside: taken only where the alternative is a
 * loose line (typeset.ts).
 */
export const LAST_RESORT_HYPHEN_PENALTY = 900;

/**
 * Breaking a number from what it counts ("8 000 | postes") is worse than any hyphen and than a
 * loose line: the breaker takes it only where keeping the tie would leave gaps past about 2.2 ×
 * the space (2000² ≈ a line of badness 1400 plus the loose-line demerits, typeset.ts).
 */
export const NUMBER_TIE_PENALTY = 2_000;

const POINT_PENALTY: Record<PointKind, number> = {
  syllable: HYPHEN_PENALTY,
  compound: EXPLICIT_HYPHEN_PENALTY,
  lastResort: LAST_RESORT_HYPHEN_PENALTY,
};
/** Stretch of the last line's fill glue: any shortfall is absorbed by it (ragged last line). */
export const FILL = 1e5;

/** Spaces that break and stretch; no-break spaces (U+00A0, U+202F, U+2007, U+2060) do neither. */
const BREAKING_SPACE = /[^\S\u00A0\u202F\u2007\u2060]/;
const NO_BREAK_SPACE = /[\u00A0\u202F\u2007\u2060]/;
/** Marks that belong to the word after a space (no line ends with them). */
const OPENING = /[«“‘([{]$/;
/** Marks that belong to the word before a space (no line starts with them). */
const CLOSING = /^[»”’)\]}:;!?,.…%]/;

/** Paragraph text with the index of the run each UTF-16 unit belongs to. */
export interface StyledText {
  text: string;
  runs: Int32Array;
}

export function styledText(runs: StyledRun[]): StyledText {
  const text = runs.map((r) => r.text).join('');
  const runOf = new Int32Array(text.length);
  let at = 0;
  runs.forEach((r, i) => {
    runOf.fill(i, at, at + r.text.length);
    at += r.text.length;
  });
  return { text, runs: runOf };
}

const WHITESPACE = /\s/;

/**
 * Applies a text rewrite that only inserts, removes or replaces spaces (French spacing, ties):
 * other characters keep their run, a space takes the run of the character before it.
 */
export function respace(styled: StyledText, rewrite: (text: string) => string): StyledText {
  const text = rewrite(styled.text);
  const runs = new Int32Array(text.length);
  let i = 0;
  let run = styled.runs[0] ?? 0;
  for (let o = 0; o < text.length; o++) {
    const ch = text[o]!;
    if (!WHITESPACE.test(ch)) {
      while (i < styled.text.length && styled.text[i] !== ch) i++;
      if (i < styled.text.length) run = styled.runs[i++]!;
    }
    runs[o] = run;
  }
  return { text, runs };
}

interface Word {
  text: string;
  run: number;
}

/** Between two words: a breakable word space, or a number tie that breaks only at a high cost. */
type Gap = 'space' | 'tie';

/** Words (runs of non-breaking characters in one style) and the gaps between them. */
function words({ text, runs }: StyledText): (Word | Gap)[] {
  const out: (Word | Gap)[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start >= 0) out.push({ text: text.slice(start, end), run: runs[start]! });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const gap: Gap | null = BREAKING_SPACE.test(text[i]!) ? 'space' : isNumberTie(text, i) ? 'tie' : null;
    if (gap) {
      flush(i);
      if (out.length > 0 && typeof out[out.length - 1] !== 'string') out.push(gap);
    } else if (start < 0) start = i;
    else if (runs[i] !== runs[start]) {
      flush(i);
      start = i;
    }
  }
  flush(text.length);
  if (typeof out[out.length - 1] === 'string') out.pop();
  return out;
}

export interface ItemContext {
  runs: StyledRun[];
  indent: number;
  tracking: number;
  hyphenator: Hyphenator | null;
}

export function buildItems(styled: StyledText, ctx: ItemContext): Item[] {
  const items: Item[] = [];
  if (ctx.indent > 0) items.push({ kind: 'box', run: -1, text: '', width: ctx.indent });
  const ws = words(styled);
  // A loop, not a callback: a closure made per paragraph loses its optimised code at each full
  // garbage collection of a batch's worker, and was compiled again and again.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (typeof w !== 'string') {
      pushWord(items, w, ctx);
      continue;
    }
    const before = ws[i - 1] as Word;
    const after = ws[i + 1] as Word;
    if (w === 'tie') {
      // The glue follows a penalty, not a box, so only the penalty is a breakpoint; it never stretches.
      const run = ctx.runs[before.run]!;
      items.push({ kind: 'penalty', run: before.run, width: 0, cost: NUMBER_TIE_PENALTY, flagged: false, hyphen: false });
      items.push({ kind: 'glue', run: before.run, width: measureText(run.file, run.size, NBSP), stretch: 0, shrink: 0 });
      continue;
    }
    const space = wordSpace(ctx.runs[before.run]!, ctx.runs[after.run]!);
    // A space next to an opening or closing mark is kept from breaking, like a no-break space.
    if (OPENING.test(before.text) || CLOSING.test(after.text)) {
      items.push({ kind: 'penalty', run: before.run, width: 0, cost: FORBIDDEN, flagged: false, hyphen: false });
    }
    items.push({ kind: 'glue', run: before.run, width: space, stretch: space * SPACE_STRETCH, shrink: space * SPACE_SHRINK });
  }
  items.push({ kind: 'penalty', run: 0, width: 0, cost: FORBIDDEN, flagged: false, hyphen: false });
  items.push({ kind: 'glue', run: 0, width: 0, stretch: FILL, shrink: 0 });
  items.push({ kind: 'penalty', run: 0, width: 0, cost: FORCED, flagged: false, hyphen: false });
  return items;
}

/**
 * The space between two words: the wider of their faces' spaces, so that a space between runs
 * of different sizes ("environ" small, "6 mois" large) still reads as a space beside the larger.
 */
function wordSpace(before: StyledRun, after: StyledRun): number {
  const space = measureText(before.file, before.size, ' ');
  return before === after ? space : Math.max(space, measureText(after.file, after.size, ' '));
}

/** A word's boxes, split at its hyphenation points, with a penalty at each. */
function pushWord(items: Item[], word: Word, ctx: ItemContext): void {
  const run = ctx.runs[word.run]!;
  const points = ctx.hyphenator ? breakPoints(word.text, ctx.hyphenator) : [];
  const widthOf = (text: string) => measureText(run.file, run.size, text) + glyphCount(run.file, text) * ctx.tracking;
  let from = 0;
  let fromWidth = 0;
  for (const { at, kind } of [...points, { at: word.text.length, kind: 'syllable' as const }]) {
    const prefix = word.text.slice(0, at);
    // Fragment widths are differences of prefix widths, so the fragments of an unbroken word add
    // up to its shaped width exactly (kerning and ligatures across fragment boundaries included).
    const width = widthOf(prefix);
    items.push({ kind: 'box', run: word.run, text: word.text.slice(from, at), width: width - fromWidth });
    if (at < word.text.length) {
      const explicit = kind === 'compound';
      items.push({ kind: 'penalty', run: word.run, width: explicit ? 0 : widthOf('-'), cost: POINT_PENALTY[kind], flagged: true, hyphen: !explicit });
    }
    from = at;
    fromWidth = width;
  }
}

/**
 * Hyphenation points of a word, hyphenating each part between its no-break spaces, except a part
 * tied to what precedes it by U+00A0 ("M. Dupont"): a tie keeps both on one line.
 */
function breakPoints(text: string, hyphenator: Hyphenator): HyphenPoint[] {
  const points: HyphenPoint[] = [];
  let offset = 0;
  let tied = false;
  for (const part of text.split(NO_BREAK_SPACE)) {
    if (!tied) for (const p of hyphenator(part)) points.push({ at: offset + p.at, kind: p.kind });
    offset += part.length + 1;
    tied = text[offset - 1] === NBSP;
  }
  return points;
}
