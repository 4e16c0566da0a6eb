/**
 * Latin text shaped without fontkit's OpenType engine. fontkit's `layout` costs ~50 µs a new
 * word and tens of milliseconds per face before it is warm: most of a cold `briefpress render`.
 * What Latin text needs from the font is small: glyphs from the cmap, advances from hmtx, pair
 * kerning (GPOS 2) and ligatures (GSUB 4, plus single substitutions such as `locl`). This path
 * applies exactly those, reading fontkit's parsed tables in fontkit's order, and declines (returns
 * undefined, so the caller shapes with fontkit) whenever anything else could act: another
 * script, a mark, a default-ignorable character, a contextual lookup that matches, a lookup type
 * or value it does not handle. Its results equal fontkit's (tests/layout/fonts.shaping.test.ts).
 */
import type { ClassDef, Coverage, Font, FontTables, LayoutTable, Lookup, Subtable } from 'fontkit';
import { chainMatches, classOf, contextMatches, coverageIndex, lookupsFor, triggerCoverage, unwrap } from './openTypeLookups.js';
import type { ShapedRun } from './ShapedRun.js';

/** Characters the fast path takes: Latin or common script, not marks, not default-ignorable (fontkit hides those), no fraction slash (it starts fontkit's `frac` feature). */
const SIMPLE_CHARACTER = /^(?![\p{DI}\p{M}\u2044])[\p{Script=Latin}\p{Script=Common}]$/u;
const LATIN = /\p{Script=Latin}/u;
const GDEF_MARK = 3;

/** A glyph run being shaped: parallel arrays, as in ShapedRun. */
interface Work {
  glyphs: number[];
  codePoints: number[][];
  kerning: number[];
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

export function createLatinShaper(font: Font): LatinShaper {
  const tables = font as unknown as FontTables;
  // Variable fonts substitute features by axis position: not handled here.
  const usable = !tables._variationProcessor && !tables.GSUB?.featureVariations && !tables.GPOS?.featureVariations;
  const plans = new Map<string, Plan | undefined>();
  const planFor = (script: string) => {
    if (!plans.has(script)) plans.set(script, usable ? planOf(tables, script) : undefined);
    return plans.get(script);
  };
  const glyphOf = memo((cp: number) => tables._cmapProcessor.lookup(cp));
  const advanceOf = memo((glyph: number) => {
    const metrics = tables.hmtx.metrics;
    return (glyph < metrics.length ? metrics.get(glyph) : metrics.get(metrics.length - 1))?.advance ?? 0;
  });
  const classDef = tables.GDEF?.glyphClassDef;
  const isMark = (glyph: number) => (classDef ? classOf(classDef, glyph) === GDEF_MARK : false);

  return {
    shape(text) {
      let script = 'zzzz'; // fontkit's tag for text of no particular script
      const work: Work = { glyphs: [], codePoints: [], kerning: [] };
      for (const ch of text) {
        if (!SIMPLE_CHARACTER.test(ch)) return undefined;
        if (script !== 'latn' && LATIN.test(ch)) script = 'latn';
        const cp = ch.codePointAt(0)!;
        work.glyphs.push(glyphOf(cp));
        work.codePoints.push([cp]);
        work.kerning.push(0);
      }
      const plan = planFor(script);
      if (!plan) return undefined;
      if (!applyLookups(plan.gsub, 'GSUB', work, substituteAt)) return undefined;
      // fontkit positions marks and zeroes their advances: not handled here.
      if (work.glyphs.some(isMark)) return undefined;
      if (!applyLookups(plan.gpos, 'GPOS', work, positionAt)) return undefined;
      const widths = work.glyphs.map(advanceOf);
      let advanceWidth = 0;
      for (let i = 0; i < widths.length; i++) advanceWidth += widths[i]! + work.kerning[i]!;
      return { glyphs: work.glyphs, widths, kerning: work.kerning, codePoints: work.codePoints, advanceWidth };
    },
  };
}

interface Plan {
  gsub: Lookup[];
  gpos: Lookup[];
}

/** The lookups of both tables for `script`; undefined when fontkit's choice depends on earlier calls. */
function planOf(tables: FontTables, script: string): Plan | undefined {
  const of = (table: LayoutTable | undefined) => (table ? lookupsFor(table, script) : []);
  const gsub = of(tables.GSUB);
  const gpos = of(tables.GPOS);
  return gsub && gpos ? { gsub, gpos } : undefined;
}

function memo<T>(fn: (key: number) => T): (key: number) => T {
  const cache = new Map<number, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = fn(key)));
    return value;
  };
}

type StepAt = (type: number, t: Subtable, work: Work, i: number) => Step;

/**
 * Runs each lookup over the glyphs as fontkit does: at each glyph, subtables in order until one
 * applies. False when one would do something the fast path does not handle.
 */
function applyLookups(lookups: Lookup[], table: 'GSUB' | 'GPOS', work: Work, stepAt: StepAt): boolean {
  const extension = table === 'GSUB' ? 7 : 9;
  for (const lookup of lookups) {
    const subtables = lookup.subTables.map((s) => unwrap(lookup.lookupType, s, extension));
    // Lookups that skip base glyphs or ligatures see another sequence than ours: decline if they could act at all.
    const { ignoreBaseGlyphs, ignoreLigatures } = lookup.flags.flags;
    const act: StepAt = ignoreBaseGlyphs || ignoreLigatures ? (type, t, w, i) => (mayAct(table, type, t, w.glyphs[i]!) ? Step.Declined : Step.Skipped) : stepAt;
    for (let i = 0; i < work.glyphs.length; i++) {
      for (const [type, t] of subtables) {
        const step = act(type, t, work, i);
        if (step === Step.Declined) return false;
        if (step === Step.Applied) break;
      }
    }
  }
  return true;
}

function mayAct(table: 'GSUB' | 'GPOS', type: number, t: Subtable, glyph: number): boolean {
  const coverage = triggerCoverage(table, type, t);
  return !coverage || coverageIndex(coverage, glyph) >= 0;
}

interface Ligature {
  glyph: number;
  components: number[];
}

/** One GSUB subtable at glyph `i`: single substitutions and ligatures are applied. */
function substituteAt(type: number, t: Subtable, work: Work, i: number): Step {
  const glyph = work.glyphs[i]!;
  switch (type) {
    case 1: {
      const index = coverageIndex(t.coverage as Coverage, glyph);
      if (index < 0) return Step.Skipped;
      work.glyphs[i] = t.version === 1 ? (glyph + (t.deltaGlyphID as number)) & 0xffff : (t.substitute as { get(i: number): number }).get(index);
      return Step.Applied;
    }
    case 4: {
      const index = coverageIndex(t.coverage as Coverage, glyph);
      if (index < 0) return Step.Skipped;
      const ligatures = (t.ligatureSets as { get(i: number): Ligature[] }).get(index);
      const ligature = ligatures.find((l) => l.components.every((c, k) => work.glyphs[i + 1 + k] === c));
      if (!ligature) return Step.Skipped;
      const n = 1 + ligature.components.length;
      work.glyphs.splice(i, n, ligature.glyph);
      work.codePoints.splice(i, n, work.codePoints.slice(i, i + n).flat());
      work.kerning.splice(i, n, 0);
      return Step.Applied;
    }
    case 5:
      return contextMatches(t, work.glyphs, i) ? Step.Declined : Step.Skipped;
    case 6:
      return chainMatches(t, work.glyphs, i) ? Step.Declined : Step.Skipped;
    default:
      return mayAct('GSUB', type, t, glyph) ? Step.Declined : Step.Skipped;
  }
}

interface ValueRecord {
  xAdvance?: number;
  yAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
}

/** One GPOS subtable at glyph `i`: single and pair adjustments of advances are applied. */
function positionAt(type: number, t: Subtable, work: Work, i: number): Step {
  const glyph = work.glyphs[i]!;
  switch (type) {
    case 1: {
      const index = coverageIndex(t.coverage as Coverage, glyph);
      if (index < 0) return Step.Skipped;
      const value = t.version === 1 ? (t.value as ValueRecord) : (t.values as { get(i: number): ValueRecord }).get(index);
      return adjust(work, [[i, value]]);
    }
    case 2: {
      const next = work.glyphs[i + 1];
      if (next === undefined) return Step.Skipped;
      const index = coverageIndex(t.coverage as Coverage, glyph);
      if (index < 0) return Step.Skipped;
      if (t.version === 1) {
        const pair = (t.pairSets as { get(i: number): { secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[] }).get(index).find((p) => p.secondGlyph === next);
        return pair ? adjust(work, [[i, pair.value1], [i + 1, pair.value2]]) : Step.Skipped;
      }
      const rows = t.classRecords as { get(i: number): { get(i: number): { value1: ValueRecord; value2: ValueRecord } } };
      const pair = rows.get(classOf(t.classDef1 as ClassDef, glyph)).get(classOf(t.classDef2 as ClassDef, next));
      return adjust(work, [[i, pair.value1], [i + 1, pair.value2]]);
    }
    case 7:
      return contextMatches(t, work.glyphs, i) ? Step.Declined : Step.Skipped;
    case 8:
      return chainMatches(t, work.glyphs, i) ? Step.Declined : Step.Skipped;
    default:
      return mayAct('GPOS', type, t, glyph) ? Step.Declined : Step.Skipped;
  }
}

/** Adds advance adjustments; declines values that move glyphs off the baseline or vertically. */
function adjust(work: Work, values: [number, ValueRecord | undefined][]): Step {
  if (values.some(([, v]) => v && (v.yAdvance || v.xPlacement || v.yPlacement))) return Step.Declined;
  for (const [i, v] of values) if (v?.xAdvance) work.kerning[i]! += v.xAdvance;
  return Step.Applied;
}
