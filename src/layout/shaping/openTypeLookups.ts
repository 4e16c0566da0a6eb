/**
 * Reading fontkit's parsed GSUB/GPOS tables the way fontkit's own OpenType processor reads them
 * (coverage, classes, context matching), so the fast path and fontkit agree glyph for glyph.
 */
import type { ClassDef, Coverage, LangSys, LayoutTable, Lookup, Subtable } from 'fontkit';

/** fontkit's default shaper's global features (its one shaping stage; lookups apply by index). */
const FEATURES = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'];
/** Where fontkit looks when the font has no entry for the text's script. */
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

/**
 * The lookups fontkit applies to text of `script` (an OpenType script tag), in its order: a
 * lookup listed by two features applies twice, as in fontkit. Undefined when fontkit would keep
 * the script of a previous call (the font lists neither the script nor a default one).
 */
export function lookupsFor(table: LayoutTable, script: string): Lookup[] | undefined {
  const entry = findScript(table, [script]) ?? findScript(table, DEFAULT_SCRIPTS);
  if (!entry) return undefined;
  const langSys: LangSys | null = entry.script.defaultLangSys;
  const features = new Map<string, number[]>();
  for (const index of langSys?.featureIndexes ?? []) {
    const record = table.featureList[index]!;
    features.set(record.tag, record.feature.lookupListIndexes);
  }
  const indexes = FEATURES.flatMap((tag) => features.get(tag) ?? []).sort((a, b) => a - b);
  return indexes.map((i) => table.lookupList.get(i));
}

function findScript(table: LayoutTable, tags: string[]) {
  for (const tag of tags) {
    const entry = table.scriptList?.find((e) => e.tag === tag);
    if (entry) return entry;
  }
  return undefined;
}

/** A subtable with its real type: extension subtables (GSUB 7, GPOS 9) wrap another. */
export function unwrap(lookupType: number, subtable: Subtable, extensionType: number): [number, Subtable] {
  return lookupType === extensionType
    ? [subtable.lookupType as number, subtable.extension as Subtable]
    : [lookupType, subtable];
}

const coverageMaps = new WeakMap<Coverage, Map<number, number>>();

/** Index of `glyph` in `coverage`, -1 when it is not covered (first match wins, as in fontkit). */
export function coverageIndex(coverage: Coverage, glyph: number): number {
  let map = coverageMaps.get(coverage);
  if (!map) {
    map = new Map();
    if (coverage.version === 1) coverage.glyphs.forEach((g, i) => map!.has(g) || map!.set(g, i));
    else if (coverage.version === 2) {
      for (const r of coverage.rangeRecords) {
        for (let g = r.start; g <= r.end; g++) if (!map.has(g)) map.set(g, r.startCoverageIndex + g - r.start);
      }
    }
    coverageMaps.set(coverage, map);
  }
  return map.get(glyph) ?? -1;
}

const classMaps = new WeakMap<ClassDef, Map<number, number>>();

/** The class of `glyph` in `classDef`: 0 when it is not listed. */
export function classOf(classDef: ClassDef, glyph: number): number {
  if (classDef.version === 1) {
    const i = glyph - classDef.startGlyph;
    return i >= 0 && i < classDef.classValueArray.length ? classDef.classValueArray[i]! : 0;
  }
  let map = classMaps.get(classDef);
  if (!map) {
    map = new Map();
    for (const r of classDef.classRangeRecord ?? []) {
      for (let g = r.start; g <= r.end; g++) if (!map.has(g)) map.set(g, r.class);
    }
    classMaps.set(classDef, map);
  }
  return map.get(glyph) ?? 0;
}

/**
 * Whether `sequence` matches the glyphs from `start` on, as fontkit's `match` reads them (no
 * glyph is skipped: the fast path holds no marks). An empty sequence always matches.
 */
function sequenceMatches<T>(glyphs: readonly number[], start: number, sequence: readonly T[], test: (item: T, glyph: number) => boolean): boolean {
  if (sequence.length === 0) return true;
  if (start < 0 || start + sequence.length > glyphs.length) return false;
  return sequence.every((item, k) => test(item, glyphs[start + k]!));
}

const sameGlyph = (id: number, glyph: number) => id === glyph;
const covered = (coverage: Coverage, glyph: number) => coverageIndex(coverage, glyph) >= 0;
const inClass = (classDef: ClassDef) => (id: number, glyph: number) => classOf(classDef, glyph) === id;

interface Rule {
  input: number[];
  classes: number[];
  backtrack: number[];
  lookahead: number[];
}

/** Whether a contextual subtable (GSUB 5, GPOS 7) matches at glyph `i`, fontkit's way. */
export function contextMatches(t: Subtable, glyphs: readonly number[], i: number): boolean {
  const glyph = glyphs[i]!;
  switch (t.version) {
    case 1: {
      const index = coverageIndex(t.coverage as Coverage, glyph);
      if (index < 0) return false;
      const rules = (t.ruleSets as Rule[][])[index] ?? [];
      return rules.some((rule) => sequenceMatches(glyphs, i + 1, rule.input, sameGlyph));
    }
    case 2: {
      if (coverageIndex(t.coverage as Coverage, glyph) < 0) return false;
      const classDef = t.classDef as ClassDef;
      const rules = (t.classSet as Rule[][])[classOf(classDef, glyph)] ?? [];
      return rules.some((rule) => sequenceMatches(glyphs, i + 1, rule.classes, inClass(classDef)));
    }
    case 3:
      return sequenceMatches(glyphs, i, t.coverages as Coverage[], covered);
  }
  return false;
}

/**
 * Whether a chaining contextual subtable (GSUB 6, GPOS 8) matches at glyph `i`, fontkit's way
 * (it reads a backtrack sequence forwards, from its farthest glyph).
 */
export function chainMatches(t: Subtable, glyphs: readonly number[], i: number): boolean {
  const glyph = glyphs[i]!;
  switch (t.version) {
    case 1: {
      const index = coverageIndex(t.coverage as Coverage, glyph);
      if (index < 0) return false;
      const rules = (t.chainRuleSets as Rule[][])[index] ?? [];
      return rules.some((r) => sequenceMatches(glyphs, i - r.backtrack.length, r.backtrack, sameGlyph)
        && sequenceMatches(glyphs, i + 1, r.input, sameGlyph)
        && sequenceMatches(glyphs, i + 1 + r.input.length, r.lookahead, sameGlyph));
    }
    case 2: {
      if (coverageIndex(t.coverage as Coverage, glyph) < 0) return false;
      const input = t.inputClassDef as ClassDef;
      const rules = (t.chainClassSet as Rule[][])[classOf(input, glyph)] ?? [];
      return rules.some((r) => sequenceMatches(glyphs, i - r.backtrack.length, r.backtrack, inClass(t.backtrackClassDef as ClassDef))
        && sequenceMatches(glyphs, i + 1, r.input, inClass(input))
        && sequenceMatches(glyphs, i + 1 + r.input.length, r.lookahead, inClass(t.lookaheadClassDef as ClassDef)));
    }
    case 3:
      return sequenceMatches(glyphs, i - (t.backtrackGlyphCount as number), t.backtrackCoverage as Coverage[], covered)
        && sequenceMatches(glyphs, i, t.inputCoverage as Coverage[], covered)
        && sequenceMatches(glyphs, i + (t.inputGlyphCount as number), t.lookaheadCoverage as Coverage[], covered);
  }
  return false;
}

/**
 * The coverage a subtable of `type` starts from: it can act at a glyph only if that glyph is
 * in it. Undefined when unknown (then assume it may act anywhere).
 */
export function triggerCoverage(table: 'GSUB' | 'GPOS', type: number, t: Subtable): Coverage | undefined {
  const contextual = table === 'GSUB' ? type === 5 || type === 6 : type === 7 || type === 8;
  if (contextual && t.version === 3) return ((t.coverages ?? t.inputCoverage) as Coverage[])[0];
  if (table === 'GPOS' && (type === 4 || type === 5)) return t.markCoverage as Coverage;
  if (table === 'GPOS' && type === 6) return t.mark1Coverage as Coverage;
  return t.coverage as Coverage | undefined;
}
