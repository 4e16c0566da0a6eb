/**
 * The paragraph typesetter the page flow uses: `prepare` builds a paragraph's items once
 * (French spacing, no-break ties, hyphenation, measuring); `breakLines` breaks what remains
 * from any cursor at any width, optimally, with fallbacks that never fail and never drop text.
 */
import { glyphCount, measureText } from '../fonts.js';
import type { ParagraphSpec, PreparedParagraph, SetLine } from './Paragraph.js';
import { frenchSpacing } from './frenchSpacing.js';
import { smartQuotes } from './smartQuotes.js';
import { hyphenatorFor } from './hyphenate.js';
import { buildItems, respace, styledText, FILL, FORCED, HYPHEN_PENALTY, type Item } from './items.js';
import { breakItems, lineRatios, lineStart, type BreakItem, type BreakParams } from './knuthPlass.js';
import { boxFlex, setLine, type Segment } from './justify.js';
import { hangAfter, PROTRUSION } from './protrusion.js';
import { tieSpaces } from './ties.js';

export interface Typesetter {
  prepare(spec: ParagraphSpec): PreparedParagraph;
  breakLines(p: PreparedParagraph, from: number, width: number): SetLine[];
}

interface Prepared extends PreparedParagraph {
  readonly items: Item[];
}

/**
 * A cursor is a position (an item index and a character offset inside that item's box, so that
 * a word too long for any line can be split and resumed: position = item · CURSOR_BASE + offset)
 * and the number of hyphenated lines just before it, so that the cap on hyphenated lines in a
 * row holds when the flow resumes in another column: cursor = position · RUN_SLOTS + run.
 */
const CURSOR_BASE = 2 ** 20;
/** Hyphenated-run lengths a cursor tells apart: more than the cap (BREAKING.maxFlaggedRun). */
const RUN_SLOTS = 4;

/**
 * Badness above which a line counts as loose: word spaces past 1.7 × their width (ratio 1.4,
 * badness ≈ 275), typo-measure's bar for the 95th percentile.
 */
const LOOSE_BADNESS = 275;
/**
 * A loose line costs more extra than two hyphenated lines in a row with their penalties (10⁶ +
 * 2 × 400²) or a last-resort break (900²): hyphenation, even a short ladder, is the lesser evil
 * than gaps past 1.7 × the space (see BreakParams.looseDemerits). Where no breaking avoids a
 * loose line, badness still ranks them.
 */
const LOOSE_DEMERITS = 2e6;
/** Worst line the breaker accepts before the fallbacks (TeX's "infinitely bad" less one). */
const TOLERANCE = 9_999;
/** Rating stretch for ragged lines (left, right, centred): TeX's ragged-right 3 em. */
const RAGGED_STRETCH_EM = 3;
/** Cost of splitting a word with no hyphenation point that is wider than the line (URLs). */
const SPLIT_PENALTY = 5_000;

const BREAKING: Omit<BreakParams, 'width' | 'tolerance' | 'backgroundStretch' | 'startFlaggedRun'> = {
  looseBadness: LOOSE_BADNESS,
  looseDemerits: LOOSE_DEMERITS,
  linePenalty: 10,
  // Two hyphenated lines in a row cost as much as a line with gaps near 2 × the space (badness
  // ≈ 1000), loose-line demerits aside: a ladder only where it saves a loose line. A third is
  // forbidden.
  consecutiveFlaggedDemerits: 1_000_000,
  // A hyphen on the second-to-last line leaves a word's end alone on the last ("asso- / ciations."):
  // it costs twice a hyphen's own demerits, TeX's proportion (\finalhyphendemerits 5000 for
  // \hyphenpenalty 50).
  finalFlaggedDemerits: 2 * HYPHEN_PENALTY ** 2,
  fitnessDemerits: 10_000,
  maxFlaggedRun: 2,
  looseness: 0,
};

/** A breakable item for one width, tied back to the position where its text starts. */
interface LineItem extends BreakItem {
  position: number;
  source: Item;
  /** The text of a box split because it is wider than the line. */
  text?: string;
}

const typesetters = new Map<string, Typesetter>();

export function typesetterFor(lang: string): Typesetter {
  let t = typesetters.get(lang);
  if (!t) {
    t = createTypesetter(lang);
    typesetters.set(lang, t);
  }
  return t;
}

function createTypesetter(lang: string): Typesetter {
  const hyphenator = hyphenatorFor(lang);
  const french = lang.split('-')[0] === 'fr';
  return {
    prepare(spec): Prepared {
      let styled = styledText(spec.runs);
      // Same length, one mark for one: the style runs keep their offsets.
      styled = { ...styled, text: smartQuotes(styled.text, lang) };
      if (french) styled = respace(styled, frenchSpacing);
      styled = respace(styled, (text) => tieSpaces(text.trim(), lang));
      const items = buildItems(styled, {
        runs: spec.runs,
        indent: spec.indent,
        tracking: spec.tracking,
        hyphenator: spec.hyphenate ? hyphenator : null,
      });
      return { spec, start: 0, items };
    },
    breakLines(p, from, width) {
      return breakPrepared(p as Prepared, from, width);
    },
  };
}

function breakPrepared(p: Prepared, from: number, width: number): SetLine[] {
  const justified = p.spec.align === 'justify';
  const size = p.spec.runs[0]?.size ?? 10;
  const line = lineItems(p, Math.floor(from / RUN_SLOTS), width, justified);
  if (line.length === 0) return [];
  let run = from % RUN_SLOTS;
  const share = p.spec.maxHyphenatedShare ?? HYPHENATED_SHARE;
  const breaks = budgetedBreaks(line, width, justified, size, run, share) ?? greedyBreaks(line, width);
  const lines: SetLine[] = [];
  let start = lineStart(line, -1);
  for (const at of breaks) {
    const end = line[at]!;
    const last = at === line.length - 1;
    const next = lineStart(line, at);
    const set = setLine(segments(line, start, at), {
      runs: p.spec.runs,
      width: last ? width : width + end.hang,
      justify: !justified ? 'none' : last ? 'fit' : 'fill',
      align: p.spec.align,
      tracking: p.spec.tracking,
    });
    const hyphenated = end.source.kind === 'penalty' && end.source.flagged;
    run = hyphenated ? Math.min(run + 1, RUN_SLOTS - 1) : 0;
    const position = next < line.length ? line[next]!.position : positionAt(p.items.length, 0);
    lines.push({ ...set, hyphenated, end: position * RUN_SLOTS + run, last });
    start = next;
  }
  return lines;
}

function positionAt(item: number, offset: number): number {
  return item * CURSOR_BASE + offset;
}

/**
 * Share of a paragraph's lines that may end hyphenated unless a spec says otherwise. Past it,
 * hyphens are made dearer step by step (InDesign's hyphen limit and house styles cap them the
 * same way): narrow columns of long French words otherwise end a quarter of their lines with a
 * hyphen.
 */
export const HYPHENATED_SHARE = 0.2;
/** Factors on hyphen penalties tried in turn while a paragraph is over its share. */
const DEARER_HYPHENS = [1.5, 2.25, 3.5];
/**
 * Loosest adjustment ratio fewer hyphens may cost: word spaces at 1.9 × their width, short of a
 * hole (2 ×). Past it, or past the loosest line the optimum already had, hyphens stay.
 */
const HYPHEN_SAVING_RATIO = 1.8;

/** The optimal breaking, with fewer hyphens where it has too many and fewer opens no hole. */
function budgetedBreaks(line: LineItem[], width: number, justified: boolean, size: number, run: number, share: number): number[] | null {
  let best = optimalBreaks(line, width, justified, size, run);
  if (!best || withinHyphenShare(line, best, share)) return best;
  const background = backgroundStretch(justified, size);
  const loosest = (breaks: number[]) => Math.max(...lineRatios(line, breaks, width, background));
  const limit = Math.max(HYPHEN_SAVING_RATIO, loosest(best));
  for (const factor of DEARER_HYPHENS) {
    const dearer = line.map((it) => (it.flagged ? { ...it, cost: it.cost * factor } : it));
    const breaks = optimalBreaks(dearer, width, justified, size, run);
    if (!breaks || loosest(breaks) >= limit) break;
    if (hyphenatedLines(line, breaks) < hyphenatedLines(line, best)) best = breaks;
    if (withinHyphenShare(line, best, share)) break;
  }
  return best;
}

function hyphenatedLines(line: LineItem[], breaks: number[]): number {
  return breaks.filter((at) => line[at]!.flagged).length;
}

function withinHyphenShare(line: LineItem[], breaks: number[], share: number): boolean {
  return hyphenatedLines(line, breaks) <= share * breaks.length;
}

function backgroundStretch(justified: boolean, size: number): number {
  return justified ? 0 : RAGGED_STRETCH_EM * size;
}

/**
 * K–P at the normal tolerance, then at any badness, then without the hyphen-run cap; `run`
 * hyphenated lines precede the first line (in the previous column).
 */
function optimalBreaks(line: LineItem[], width: number, justified: boolean, size: number, run: number): number[] | null {
  const passes: Partial<BreakParams>[] = [
    { tolerance: TOLERANCE },
    // A line past the tolerance (somewhere in the paragraph) does not lift the cap elsewhere; a
    // third hyphen in a row only where no breaking at all keeps to it; any line beats losing text.
    { tolerance: Infinity },
    { tolerance: Infinity, maxFlaggedRun: Infinity },
  ];
  for (const pass of passes) {
    const breaks = breakItems(line, { ...BREAKING, width, backgroundStretch: backgroundStretch(justified, size), startFlaggedRun: run, ...pass } as BreakParams);
    if (breaks) return breaks;
  }
  return null;
}

/**
 * Last resort when even one box is wider than the line (a zero or tiny width): as much as fits
 * on each line, and at least one box, so that no text is ever lost.
 */
function greedyBreaks(line: LineItem[], width: number): number[] {
  const breaks: number[] = [];
  let used = 0;
  let boxes = 0;
  for (let i = 0; i < line.length; i++) {
    const it = line[i]!;
    if (it.kind === 'box') {
      if (boxes > 0 && used + it.width > width) {
        const at = lastBreakBefore(line, i, breaks[breaks.length - 1] ?? -1);
        if (at >= 0) {
          breaks.push(at);
          i = lineStart(line, at) - 1;
          used = 0;
          boxes = 0;
          continue;
        }
      }
      used += it.width;
      boxes++;
    } else if (it.kind === 'glue' && boxes > 0) used += it.width;
  }
  breaks.push(line.length - 1);
  return breaks;
}

function lastBreakBefore(line: LineItem[], i: number, after: number): number {
  for (let j = i - 1; j > after; j--) {
    const it = line[j]!;
    if ((it.kind === 'penalty' && it.cost < 10_000) || (it.kind === 'glue' && line[j - 1]?.kind === 'box')) return j;
  }
  return -1;
}

const NO_FLEX = { stretch: 0, shrink: 0 } as const;

/**
 * The paragraph's items from position `from` on, as the line breaker sees them at `width`: boxes flex by
 * letter spacing and glyph expansion (justified text only), boxes wider than the line are split.
 */
function lineItems(p: Prepared, from: number, width: number, justified: boolean): LineItem[] {
  const first = Math.floor(from / CURSOR_BASE);
  const out: LineItem[] = [];
  for (let i = first; i < p.items.length; i++) {
    const item = p.items[i]!;
    const offset = i === first ? from % CURSOR_BASE : 0;
    if (item.kind !== 'box') {
      // Ragged lines do not stretch, but the last line's fill does: it is left short at no cost.
      const flex = item.kind === 'glue' && (justified || item.stretch >= FILL) ? item : NO_FLEX;
      out.push({
        kind: item.kind,
        width: item.width,
        stretch: flex.stretch,
        shrink: flex.shrink,
        cost: item.kind === 'penalty' ? item.cost : 0,
        flagged: item.kind === 'penalty' && item.flagged,
        hang: justified ? hangAt(p, i) : 0,
        position: positionAt(i, 0),
        source: item,
      });
      continue;
    }
    const text = item.text.slice(offset);
    const boxWidth = offset > 0 ? boxTextWidth(p, item.run, text) : item.width;
    const pieces = boxWidth > width && text.length > 1 ? splitToFit(p, item.run, text, width) : [text];
    let at = offset;
    // A loop and named fields, not a forEach callback and a spread: this runs for every box of
    // every breaking, mostly before V8 optimises it, where a spread copies through the runtime.
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      if (k > 0) out.push({ kind: 'penalty', width: 0, stretch: 0, shrink: 0, cost: SPLIT_PENALTY, flagged: false, hang: 0, position: positionAt(i, at), source: item });
      const whole = pieces.length === 1 && offset === 0;
      const w = whole ? boxWidth : boxTextWidth(p, item.run, piece);
      const flex = justified ? boxFlex(w) : NO_FLEX;
      out.push({ kind: 'box', width: w, stretch: flex.stretch, shrink: flex.shrink, cost: 0, flagged: false, hang: 0, position: positionAt(i, at), source: item, text: piece === item.text ? undefined : piece });
      at += piece.length;
    }
  }
  // From inside the paragraph's end items (the flow resumed at the end), nothing remains.
  return out.some((it) => it.kind === 'box') ? out : [];
}

/** How far a line breaking at item `i` may hang past the measure: its last mark, or the drawn hyphen. */
function hangAt(p: Prepared, i: number): number {
  const item = p.items[i]!;
  if (item.kind === 'penalty' && item.hyphen) return PROTRUSION['-']! * item.width;
  const before = p.items[i - 1];
  if (item.kind === 'penalty' && item.cost <= FORCED) return 0;
  if (before?.kind !== 'box' || before.run < 0) return 0;
  const run = p.spec.runs[before.run]!;
  return hangAfter(before.text, run.file, run.size);
}

function boxTextWidth(p: Prepared, run: number, text: string): number {
  const r = p.spec.runs[run]!;
  return measureText(r.file, r.size, text) + glyphCount(r.file, text) * p.spec.tracking;
}

/** Splits `text` into chunks no wider than `width`, at character boundaries (at least one character each). */
function splitToFit(p: Prepared, run: number, text: string, width: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (chunk && boxTextWidth(p, run, chunk + ch) > width) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  chunks.push(chunk);
  return chunks;
}

/** The drawn content of line items [start, end]: words merged per style, a hyphen at a hyphenated end. */
function segments(line: LineItem[], start: number, end: number): Segment[] {
  const segs: Segment[] = [];
  for (let i = start; i <= end; i++) {
    const it = line[i]!;
    const src = it.source;
    if (it.kind === 'box') {
      const text = it.text ?? (src.kind === 'box' ? src.text : '');
      const prev = segs[segs.length - 1];
      if (src.kind === 'box' && src.run < 0) segs.push({ kind: 'indent', width: it.width });
      else if (prev?.kind === 'text' && src.kind === 'box' && prev.run === src.run && line[i - 1]?.kind !== 'glue') prev.text += text;
      else if (src.kind === 'box') segs.push({ kind: 'text', run: src.run, text });
    } else if (it.kind === 'glue' && i < end) {
      segs.push({ kind: 'space', width: it.width, stretch: it.stretch, shrink: it.shrink });
    } else if (i === end && src.kind === 'penalty' && src.hyphen && src.cost !== FORCED) {
      const prev = segs[segs.length - 1];
      if (prev?.kind === 'text') prev.text += '-';
    }
  }
  return segs;
}
