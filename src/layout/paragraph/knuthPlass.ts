/**
 * Optimal line breaking (Knuth & Plass, "Breaking paragraphs into lines", 1981) over
 * box/glue/penalty items at one line width: fitness classes, demerits for consecutive
 * hyphenated lines and for a hyphenated second-to-last line, looseness, and a hard cap on
 * hyphenated lines in a row. Returns null when no breaking meets the tolerance; the caller
 * then retries with looser settings.
 */

export interface BreakItem {
  kind: 'box' | 'glue' | 'penalty';
  width: number;
  /**
   * Boxes may stretch and shrink too (letter spacing, glyph scaling), but only up to ratio ±1:
   * beyond it, glue alone takes the rest, and lines are rated accordingly.
   */
  stretch: number;
  shrink: number;
  /** Penalties only. */
  cost: number;
  flagged: boolean;
  /** How far a line ending here may reach past the width (punctuation hanging in the margin). */
  hang: number;
}

export interface BreakParams {
  width: number;
  /** Largest badness (100·r³) a line may have. */
  tolerance: number;
  /** Badness above which a line counts as loose and costs `looseDemerits` more. */
  looseBadness: number;
  /**
   * Extra demerits of a loose line: one pass then does what TeX's two passes do (prefer any
   * breaking without loose lines) while still weighing how loose the unavoidable ones are.
   */
  looseDemerits: number;
  /** Stretch assumed on every line on top of its own, for rating only (TeX's \emergencystretch). */
  backgroundStretch: number;
  /** TeX's \linepenalty: favours fewer lines. */
  linePenalty: number;
  /** TeX's \doublehyphendemerits. */
  consecutiveFlaggedDemerits: number;
  /** TeX's \finalhyphendemerits: the second-to-last line ends with a hyphen. */
  finalFlaggedDemerits: number;
  /** TeX's \adjdemerits: neighbouring lines whose spacing differs by more than one class. */
  fitnessDemerits: number;
  /** Most flagged (hyphenated) lines allowed in a row. */
  maxFlaggedRun: number;
  /** Flagged lines in a row just before the first line (the paragraph resumed after them). */
  startFlaggedRun: number;
  /** Lines to add to (or, negative, remove from) the optimum, as far as possible. */
  looseness: number;
}

const FORBIDDEN = 10_000;
const FORCED = -10_000;
/** Badness of a line with nothing to stretch: worse than any line that can be spread. */
const NO_STRETCH_BADNESS = 1e7;
interface Node {
  /** Index of the break item (-1 for the paragraph start). */
  at: number;
  /** Index of the line's first item after this break (discardable items skipped). */
  next: number;
  line: number;
  fitness: number;
  flaggedRun: number;
  demerits: number;
  prev: Node | null;
}

/** Prefix sums of width, stretch and shrink: the line from a to b sums in O(1). */
interface Sums {
  width: Float64Array;
  stretch: Float64Array;
  shrink: Float64Array;
  glueStretch: Float64Array;
}

function prefixSums(items: BreakItem[]): Sums {
  const n = items.length;
  const s = { width: new Float64Array(n + 1), stretch: new Float64Array(n + 1), shrink: new Float64Array(n + 1), glueStretch: new Float64Array(n + 1) };
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    const counts = it.kind !== 'penalty';
    s.width[i + 1] = s.width[i]! + (counts ? it.width : 0);
    s.stretch[i + 1] = s.stretch[i]! + (counts ? it.stretch : 0);
    s.shrink[i + 1] = s.shrink[i]! + (counts ? it.shrink : 0);
    s.glueStretch[i + 1] = s.glueStretch[i]! + (it.kind === 'glue' ? it.stretch : 0);
  }
  return s;
}

/** A legal breakpoint: a penalty that is not forbidden, or glue right after a box. */
function isBreak(items: BreakItem[], i: number): boolean {
  const it = items[i]!;
  if (it.kind === 'penalty') return it.cost < FORBIDDEN;
  return it.kind === 'glue' && i > 0 && items[i - 1]!.kind === 'box';
}

/** First item of a line that follows a break at `at`: glue and penalties there are discarded. */
export function lineStart(items: BreakItem[], at: number): number {
  let i = at + 1;
  while (i < items.length && items[i]!.kind !== 'box' && !(items[i]!.kind === 'penalty' && items[i]!.cost === FORCED)) i++;
  return i;
}

/**
 * Adjustment ratio of the line [from, to) ending with item `to`. Called for every active break at
 * every breakpoint, mostly before V8 optimises it, where each arithmetic result is a new heap
 * number: a term that is zero (no hang, no penalty width, no background stretch) is not added,
 * which gives the same sum.
 */
export function adjustmentRatio(items: BreakItem[], sums: Sums, from: number, to: number, measure: number, background: number): number {
  const end = items[to]!;
  const width = end.hang === 0 ? measure : measure + end.hang;
  const line = sums.width[to]! - sums.width[from]!;
  const natural = end.kind === 'penalty' && end.width !== 0 ? line + end.width : line;
  if (natural < width) {
    const need = width - natural;
    const stretch = plus(sums.stretch[to]! - sums.stretch[from]!, background);
    if (need <= stretch) return need / stretch;
    const glue = plus(sums.glueStretch[to]! - sums.glueStretch[from]!, background);
    return glue > 0 ? 1 + (need - stretch) / glue : Infinity;
  }
  if (natural > width) {
    const shrink = sums.shrink[to]! - sums.shrink[from]!;
    return shrink > 0 ? (width - natural) / shrink : -Infinity;
  }
  return 0;
}

/** `a + b`, without a new number when `b` is zero. */
function plus(a: number, b: number): number {
  return b === 0 ? a : a + b;
}

/** Adjustment ratio of every line of a breaking (as rated: background stretch included). */
export function lineRatios(items: BreakItem[], breaks: number[], width: number, background: number): number[] {
  const sums = prefixSums(items);
  let from = lineStart(items, -1);
  return breaks.map((at) => {
    const r = adjustmentRatio(items, sums, from, at, width, background);
    from = lineStart(items, at);
    return r;
  });
}

/**
 * TeX's badness, 100·|r|³, but not capped at 10000: when some line must be bad (the last
 * passes), a line twice as stretched still costs more, so the breaker keeps the damage small.
 */
function badness(r: number): number {
  if (r < -1) return Infinity;
  const a = Math.abs(r);
  return r === Infinity ? NO_STRETCH_BADNESS : 100 * a * a * a;
}

/** TeX's fitness classes: 0 tight, 1 decent, 2 loose, 3 very loose. */
function fitnessClass(r: number): number {
  if (r < -0.5) return 0;
  if (r <= 0.5) return 1;
  if (r <= 1) return 2;
  return 3;
}

/** Flagged-run lengths told apart when keeping the best candidate per kind of line. */
const MAX_RUN_SLOT = 7;

export function breakItems(items: BreakItem[], p: BreakParams): number[] | null {
  const sums = prefixSums(items);
  let active: Node[] = [{ at: -1, next: lineStart(items, -1), line: 0, fitness: 1, flaggedRun: p.startFlaggedRun, demerits: 0, prev: null }];
  // Best candidate per fitness class and flagged run length, and per line count when looseness
  // asks for another number of lines (TeX likewise keeps line numbers apart only then): the
  // candidates in the order their slots were first taken, and each slot's place among them.
  // Arrays and indexed loops: an iterator's result is an object per step until V8 optimises.
  const best: Node[] = [];
  const placeOf = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    if (!isBreak(items, i)) continue;
    const item = items[i]!;
    const forced = item.kind === 'penalty' && item.cost <= FORCED;
    const flagged = item.kind === 'penalty' && item.flagged;
    const penalty = item.kind === 'penalty' ? item.cost : 0;
    let next = -1;
    let kept = 0;
    for (let k = 0; k < active.length; k++) {
      const a = active[k]!;
      const r = adjustmentRatio(items, sums, a.next, i, p.width, p.backgroundStretch);
      if (r >= -1 && !forced) active[kept++] = a;
      const b = badness(r);
      if (b > p.tolerance) continue;
      const run = flagged ? a.flaggedRun + 1 : 0;
      if (run > p.maxFlaggedRun) continue;
      const fitness = fitnessClass(r);
      const d = a.demerits + lineDemerits(b, penalty, p) + transitionDemerits(a, flagged, forced, fitness, p);
      const slot = (p.looseness === 0 ? 0 : a.line + 1) * 32 + fitness * (MAX_RUN_SLOT + 1) + Math.min(run, MAX_RUN_SLOT);
      const place = placeOf.get(slot);
      if (place === undefined || d < best[place]!.demerits) {
        if (next < 0) next = lineStart(items, i);
        const node = { at: i, next, line: a.line + 1, fitness, flaggedRun: run, demerits: d, prev: a };
        if (place === undefined) placeOf.set(slot, best.push(node) - 1);
        else best[place] = node;
      }
    }
    active.length = kept;
    insertCandidates(active, best, p);
    best.length = 0;
    placeOf.clear();
    if (active.length === 0) return null;
  }
  const ends = active.filter((a) => a.at === items.length - 1);
  if (ends.length === 0) return null;
  return breakList(chooseEnd(ends, p.looseness));
}

/**
 * Adds the new breakpoint's candidates to the active list, leaving out those that can never
 * win: a candidate more than the fitness demerits worse than one with a flagged run no longer
 * than its own loses against it whatever follows (exact: the shorter run never pays more
 * hyphen demerits nor has fewer choices, so only the fitness transition can favour the other;
 * it keeps the active list short). With looseness, line counts matter, so every candidate stays.
 */
function insertCandidates(active: Node[], best: Node[], p: BreakParams): void {
  if (p.looseness !== 0) {
    for (let k = 0; k < best.length; k++) active.push(best[k]!);
    return;
  }
  const margin = p.fitnessDemerits;
  for (let k = 0; k < best.length; k++) {
    const n = best[k]!;
    let dominated = false;
    for (let j = 0; j < best.length; j++) {
      const m = best[j]!;
      if (m !== n && m.flaggedRun <= n.flaggedRun && m.demerits + margin < n.demerits) {
        dominated = true;
        break;
      }
    }
    if (!dominated) active.push(n);
  }
}

function lineDemerits(b: number, penalty: number, p: BreakParams): number {
  const base = (p.linePenalty + b) ** 2 + (b > p.looseBadness ? p.looseDemerits : 0);
  if (penalty >= 0) return base + penalty ** 2;
  return penalty > FORCED ? base - penalty ** 2 : base;
}

function transitionDemerits(a: Node, flagged: boolean, forced: boolean, fitness: number, p: BreakParams): number {
  let d = 0;
  const aFlagged = a.flaggedRun > 0;
  if (flagged && aFlagged) d += p.consecutiveFlaggedDemerits;
  if (forced && aFlagged) d += p.finalFlaggedDemerits;
  if (a.at >= 0 && Math.abs(fitness - a.fitness) > 1) d += p.fitnessDemerits;
  return d;
}

/** The end node with the fewest demerits, after moving `looseness` lines away from the optimum. */
function chooseEnd(ends: Node[], looseness: number): Node {
  let best = ends[0]!;
  for (const e of ends) if (e.demerits < best.demerits) best = e;
  if (looseness === 0) return best;
  const target = best.line + looseness;
  let chosen = best;
  for (const e of ends) {
    const closer = Math.abs(e.line - target) < Math.abs(chosen.line - target);
    const asClose = Math.abs(e.line - target) === Math.abs(chosen.line - target) && e.demerits < chosen.demerits;
    if (closer || asClose) chosen = e;
  }
  return chosen;
}

function breakList(end: Node): number[] {
  const breaks: number[] = [];
  for (let n: Node | null = end; n && n.at >= 0; n = n.prev) breaks.push(n.at);
  return breaks.reverse();
}
