/**
 * Latin text shaped without fontkit's OpenType engine. fontkit's `layout` costs ~50 µs a new
 * word and tens of milliseconds per face before it is warm: most of a cold `briefpress render`.
 * What Latin text needs from the font is small: glyphs from the cmap, advances from hmtx, pair
 * kerning (GPOS 2) and ligatures (GSUB 4, plus single substitutions such as `locl`). This path
 * applies exactly those, in fontkit's lookup order, and declines (returns undefined, so the
 * caller shapes with fontkit) whenever anything else could act: another script, a mark, a
 * default-ignorable character, a contextual lookup that matches, a lookup type or value it does
 * not handle. Its results equal fontkit's (tests/layout/fonts.shaping.test.ts).
 */
import type { Font, FontTables } from 'fontkit';
import { HorizontalMetrics } from './horizontalMetrics.js';
import { LayoutTables, type RawLookup } from './layoutTables.js';
import type { ShapedRun } from './ShapedRun.js';

/** Characters the fast path takes: Latin or common script, not marks, not default-ignorable (fontkit hides those), no fraction slash (it starts fontkit's `frac` feature). */
const SIMPLE_CHARACTER = /^(?![\p{DI}\p{M}\u2044])[\p{Script=Latin}\p{Script=Common}]$/u;
const LATIN = /\p{Script=Latin}/u;
const GDEF_MARK = 3;

/** What the fast path makes of a character. */
const enum Kind {
  Unknown,
  Common,
  Latin,
  Declined,
}

/**
 * The kind of each character of the Basic Multilingual Plane met so far: two Unicode property
 * tests a character were a tenth of a cold process's shaping.
 */
const kinds = new Uint8Array(0x10000);

function kindOf(cp: number): Kind {
  let kind = cp <= 0xffff ? (kinds[cp]! as Kind) : Kind.Unknown;
  if (kind === Kind.Unknown) {
    const ch = String.fromCodePoint(cp);
    kind = !SIMPLE_CHARACTER.test(ch) ? Kind.Declined : LATIN.test(ch) ? Kind.Latin : Kind.Common;
    if (cp <= 0xffff) kinds[cp] = kind;
  }
  return kind;
}

/** A glyph run being shaped: parallel arrays, as in ShapedRun. */
interface Work {
  glyphs: number[];
  codePoints: (readonly number[])[];
  kerning: number[];
}

/**
 * The one-character array of `cp`, shared by every run: most glyphs stand for one character,
 * and an array each would make up half the memory of the shaped-text cache.
 */
const singles = new Map<number, readonly number[]>();
function single(cp: number): readonly number[] {
  let array = singles.get(cp);
  if (!array) singles.set(cp, (array = Object.freeze([cp])));
  return array;
}

const enum Step {
  Skipped,
  Applied,
  Declined,
}

export interface LatinShaper {
  /** `text` shaped as fontkit's `layout` would, or undefined when the fast path cannot tell. */
  shape(text: string): ShapedRun | undefined;
}

/** A lookup ready to run, with the glyphs at which any of its subtables may act. */
interface Compiled extends RawLookup {
  /**
   * 1 at each such glyph id (a typed array: cheaper to build and read than a set on a cold
   * process); undefined when a subtable's starting coverage is unknown: it may act anywhere.
   */
  starts: Uint8Array | undefined;
  /** For a lookup whose every subtable reads at most a glyph and the next: what it did at each pair (see `positionPair`). */
  pairs: Map<number, number | null> | undefined;
}

interface Plan {
  gsub: Compiled[];
  gpos: Compiled[];
}

export function createLatinShaper(font: Font): LatinShaper {
  const internals = font as unknown as FontTables;
  const ot = new LayoutTables({ bytes: internals.stream.view, tables: internals.directory.tables });
  const plans = new Map<string, Plan | undefined>();
  const compiled = new Map<number, Compiled>();
  const planFor = (script: string) => {
    // Variable fonts move glyphs by axis position: not handled here.
    if (!plans.has(script)) plans.set(script, internals._variationProcessor ? undefined : planOf(ot, script, compiled));
    return plans.get(script);
  };
  const glyphOf = glyphsByCodePoint((cp) => internals._cmapProcessor.lookup(cp));
  const metrics = new HorizontalMetrics({ bytes: internals.stream.view, tables: internals.directory.tables });
  const advanceOf = (glyph: number) => metrics.advance(glyph);
  const classDef = ot.glyphClassDef();
  const isMark = (glyph: number) => classDef !== undefined && ot.classOf(classDef, glyph) === GDEF_MARK;
  const substitute = substituteAt(ot);
  const position = positionAt(ot);

  return {
    shape(text) {
      let script = 'zzzz'; // fontkit's tag for text of no particular script
      const work: Work = { glyphs: [], codePoints: [], kerning: [] };
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i)!;
        // A surrogate pair is one character (a lone surrogate, its own: it is declined).
        if (cp > 0xffff) i++;
        const kind = kindOf(cp);
        if (kind === Kind.Declined) return undefined;
        if (kind === Kind.Latin) script = 'latn';
        work.glyphs.push(glyphOf(cp));
        work.codePoints.push(single(cp));
        work.kerning.push(0);
      }
      const plan = planFor(script);
      if (!plan || !applyLookups(plan.gsub, work, substitute)) return undefined;
      // fontkit positions marks and zeroes their advances: not handled here.
      if (work.glyphs.some(isMark) || !applyLookups(plan.gpos, work, position)) return undefined;
      const widths = work.glyphs.map(advanceOf);
      let advanceWidth = 0;
      for (let i = 0; i < widths.length; i++) advanceWidth += widths[i]! + work.kerning[i]!;
      return { glyphs: work.glyphs, widths, kerning: work.kerning, codePoints: work.codePoints, advanceWidth };
    },
  };
}

/**
 * The lookups of both tables for `script`; undefined when the fast path cannot follow fontkit's
 * choice. `compiled` keeps each lookup's by its offset: a face's scripts (Latin, and no script
 * for digits and punctuation) mostly share their lookups, whose starts are costly to list.
 */
function planOf(ot: LayoutTables, script: string, compiled: Map<number, Compiled>): Plan | undefined {
  const compile = (tag: 'GSUB' | 'GPOS') => ot.lookupsFor(tag, script)?.map((lookup): Compiled => {
    let done = compiled.get(lookup.at);
    if (!done) {
      const coverages = lookup.subtables.map((s) => ot.triggerCoverage(tag, s.type, s.at));
      const byPair = tag === 'GPOS' && lookup.subtables.every((s) => s.type <= PAIR_LOCAL_GPOS);
      done = {
        ...lookup,
        starts: coverages.every((c) => c !== undefined) ? glyphSet(ot, coverages as number[]) : undefined,
        pairs: byPair ? new Map() : undefined,
      };
      compiled.set(lookup.at, done);
    }
    return done;
  });
  const gsub = compile('GSUB');
  const gpos = compile('GPOS');
  return gsub && gpos ? { gsub, gpos } : undefined;
}

/** The glyphs any of `coverages` lists, as a bitmap by glyph id. */
function glyphSet(ot: LayoutTables, coverages: number[]): Uint8Array {
  const set = new Uint8Array(Math.max(0, ...coverages.map((c) => ot.coverageEnd(c))));
  for (const coverage of coverages) ot.markCovered(coverage, set);
  return set;
}

/** `glyphOf` remembered for each code point: in a typed array for the Basic Multilingual Plane (cheaper than a map on a cold process). */
function glyphsByCodePoint(glyphOf: (cp: number) => number): (cp: number) => number {
  const bmp = new Int32Array(0x10000).fill(-1);
  const others = new Map<number, number>();
  return (cp) => {
    if (cp <= 0xffff) return bmp[cp]! >= 0 ? bmp[cp]! : (bmp[cp] = glyphOf(cp));
    let glyph = others.get(cp);
    if (glyph === undefined) others.set(cp, (glyph = glyphOf(cp)));
    return glyph;
  };
}

type StepAt = (type: number, at: number, work: Work, i: number) => Step;

/**
 * Runs each lookup over the glyphs as fontkit does: at each glyph, subtables in order until one
 * applies. False when one would do something the fast path does not handle. Indexed loops:
 * iterators cost more than the work in the interpreter a cold process runs this in.
 */
function applyLookups(lookups: Compiled[], work: Work, stepAt: StepAt): boolean {
  for (let l = 0; l < lookups.length; l++) {
    const lookup = lookups[l]!;
    const { starts } = lookup;
    for (let i = 0; i < work.glyphs.length; i++) {
      if (starts && starts[work.glyphs[i]!] !== 1) continue;
      // A lookup that skips base glyphs or ligatures sees another sequence than ours.
      if (lookup.skips) return false;
      const done = lookup.pairs ? positionPair(lookup.pairs, lookup.subtables, work, i, stepAt) : applyAt(lookup.subtables, work, i, stepAt);
      if (!done) return false;
    }
  }
  return true;
}

/** The subtables at glyph `i`, in order until one applies; false when one would do what the fast path does not handle. */
function applyAt(subtables: RawLookup['subtables'], work: Work, i: number, stepAt: StepAt): boolean {
  for (let s = 0; s < subtables.length; s++) {
    const step = stepAt(subtables[s]!.type, subtables[s]!.at, work, i);
    if (step === Step.Declined) return false;
    if (step === Step.Applied) break;
  }
  return true;
}

/** GPOS subtable types that read only the glyph they are at (single adjustments, attachments declined by coverage) and the next (pairs). */
const PAIR_LOCAL_GPOS = 6;

/**
 * `applyAt` for a GPOS lookup of pair-local subtables, remembered by pair of glyphs: what it
 * adds to the two glyphs' kerning (16-bit values) packed into one small integer, or null where
 * it declines. The same pairs come back word after word (~800 pairs for a brief's ~4,000
 * glyphs), and finding a pair's values reads several subtables. Bounded by the pairs of glyphs
 * the text has.
 */
function positionPair(pairs: Map<number, number | null>, subtables: RawLookup['subtables'], work: Work, i: number, stepAt: StepAt): boolean {
  const next = work.glyphs[i + 1];
  const key = work.glyphs[i]! * 0x10001 + (next ?? 0x10000);
  const known = pairs.get(key);
  if (known === undefined) {
    const first = work.kerning[i]!;
    const second = work.kerning[i + 1] ?? 0;
    const applied = applyAt(subtables, work, i, stepAt);
    pairs.set(key, applied ? (work.kerning[i]! - first) * 0x10000 + ((work.kerning[i + 1] ?? 0) - second) : null);
    return applied;
  }
  if (known === null) return false;
  // The second glyph's part is the low 16 bits, signed.
  const second = (known << 16) >> 16;
  work.kerning[i]! += (known - second) / 0x10000;
  if (next !== undefined) work.kerning[i + 1]! += second;
  return true;
}

/** One GSUB subtable at glyph `i`: single substitutions and ligatures are applied. */
const substituteAt = (ot: LayoutTables): StepAt => (type, at, work, i) => {
  const glyph = work.glyphs[i]!;
  switch (type) {
    case 1: {
      const index = ot.coverageIndex(ot.at(at, at + 2), glyph);
      if (index < 0) return Step.Skipped;
      work.glyphs[i] = ot.u16(at) === 1 ? (glyph + ot.i16(at + 4)) & 0xffff : ot.u16(at + 6 + 2 * index);
      return Step.Applied;
    }
    case 4: {
      const index = ot.coverageIndex(ot.at(at, at + 2), glyph);
      if (index < 0) return Step.Skipped;
      const set = ot.at(at, at + 6 + 2 * index);
      for (let l = 0; l < ot.u16(set); l++) {
        const ligature = ot.at(set, set + 2 + 2 * l);
        const n = ot.u16(ligature + 2);
        let k = 1;
        while (k < n && work.glyphs[i + k] === ot.u16(ligature + 2 + 2 * k)) k++;
        if (k < n) continue;
        work.glyphs.splice(i, n, ot.u16(ligature));
        work.codePoints.splice(i, n, work.codePoints.slice(i, i + n).flat());
        work.kerning.splice(i, n, 0);
        return Step.Applied;
      }
      return Step.Skipped;
    }
    case 5:
      return ot.contextMatches(at, work.glyphs, i) ? Step.Declined : Step.Skipped;
    case 6:
      return ot.chainMatches(at, work.glyphs, i) ? Step.Declined : Step.Skipped;
    default:
      return mayAct(ot, 'GSUB', type, at, glyph);
  }
};

/** A subtable the fast path does not apply: it declines wherever the subtable could act. */
function mayAct(ot: LayoutTables, tag: 'GSUB' | 'GPOS', type: number, at: number, glyph: number): Step {
  const coverage = ot.triggerCoverage(tag, type, at);
  return coverage === undefined || ot.coverageIndex(coverage, glyph) >= 0 ? Step.Declined : Step.Skipped;
}

/** One GPOS subtable at glyph `i`: single and pair adjustments of advances are applied. */
const positionAt = (ot: LayoutTables): StepAt => (type, at, work, i) => {
  const glyph = work.glyphs[i]!;
  switch (type) {
    case 1: {
      const index = ot.coverageIndex(ot.at(at, at + 2), glyph);
      if (index < 0) return Step.Skipped;
      const format = ot.u16(at + 4);
      const advance = xAdvance(ot, ot.u16(at) === 1 ? at + 6 : at + 8 + index * valueSize(format), format);
      if (advance === undefined) return Step.Declined;
      work.kerning[i]! += advance;
      return Step.Applied;
    }
    case 2: {
      const next = work.glyphs[i + 1];
      if (next === undefined) return Step.Skipped;
      const index = ot.coverageIndex(ot.at(at, at + 2), glyph);
      if (index < 0) return Step.Skipped;
      const format1 = ot.u16(at + 4);
      const format2 = ot.u16(at + 6);
      const size1 = valueSize(format1);
      const record = pairRecord(ot, at, index, glyph, next, size1 + valueSize(format2));
      if (record === undefined) return Step.Skipped;
      const first = xAdvance(ot, record, format1);
      const second = xAdvance(ot, record + size1, format2);
      if (first === undefined || second === undefined) return Step.Declined;
      work.kerning[i]! += first;
      work.kerning[i + 1]! += second;
      return Step.Applied;
    }
    case 7:
      return ot.contextMatches(at, work.glyphs, i) ? Step.Declined : Step.Skipped;
    case 8:
      return ot.chainMatches(at, work.glyphs, i) ? Step.Declined : Step.Skipped;
    default:
      return mayAct(ot, 'GPOS', type, at, glyph);
  }
};

/**
 * Where the values for `first` followed by `second` are in the pair subtable at `at`, `first`
 * being at `index` in its coverage; undefined when it has no entry for the pair. As in
 * fontkit, a class-based subtable (format 2) always has one, class 0 included.
 */
function pairRecord(ot: LayoutTables, at: number, index: number, first: number, second: number, size: number): number | undefined {
  if (ot.u16(at) === 1) {
    const set = ot.at(at, at + 10 + 2 * index);
    for (let k = 0; k < ot.u16(set); k++) {
      const record = set + 2 + k * (2 + size);
      if (ot.u16(record) === second) return record + 2;
    }
    return undefined;
  }
  const class1 = ot.classOf(ot.at(at, at + 8), first);
  const class2 = ot.classOf(ot.at(at, at + 10), second);
  const class2Count = ot.u16(at + 14);
  if (class1 >= ot.u16(at + 12) || class2 >= class2Count) return undefined;
  return at + 16 + (class1 * class2Count + class2) * size;
}

/** Bytes of a value record of `format`: two per field present. */
function valueSize(format: number): number {
  let n = 0;
  for (let bit = 1; bit <= 0x80; bit <<= 1) if (format & bit) n += 2;
  return n;
}

/**
 * The x advance of the value record of `format` at `at`; undefined when it also moves the glyph
 * (x or y placement, y advance), which the fast path declines. Device tables (bits 0x10–0x80)
 * only matter in variable fonts, which fontkit alone handles. No arrays: this runs for each
 * kerned pair of each new word.
 */
function xAdvance(ot: LayoutTables, at: number, format: number): number | undefined {
  let pos = at;
  let advance = 0;
  for (let bit = 1; bit <= 8; bit <<= 1) {
    if (!(format & bit)) continue;
    if (bit === 4) advance = ot.i16(pos);
    else if (ot.i16(pos) !== 0) return undefined;
    pos += 2;
  }
  return advance;
}
