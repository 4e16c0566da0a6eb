/**
 * GSUB, GPOS and GDEF read straight from the font's bytes, for the Latin fast path. fontkit's
 * parsed tables decode each lookup whole through restructure (every coverage range, class
 * range and value record an object) the first time it is touched: on a cold process that cost
 * ~20–60 ms a face, more than all the shaping it serves. Here a lookup is a list of subtable
 * offsets, and coverage and classes are read once into maps. What is read, and how contexts are
 * matched, follows fontkit's OpenType processor, so both give the same glyphs.
 */

/** The font file and where its tables are. */
export interface FontBytes {
  bytes: DataView;
  tables: Record<string, { offset: number } | undefined>;
}

/** A lookup: its type (extensions unwrapped per subtable) and what it may skip. */
export interface RawLookup {
  /** Where the lookup table is in the font file. */
  at: number;
  subtables: { type: number; at: number }[];
  /** It skips base glyphs or ligatures (flags 0x2, 0x4): it sees another sequence than ours. */
  skips: boolean;
}

/** fontkit's default shaper's global features (its one shaping stage; lookups apply by index). */
const FEATURES = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'];
/** Where fontkit looks when the font has no entry for the text's script. */
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

export class LayoutTables {
  private readonly coverages = new Map<number, Int32Array>();
  private readonly classDefs = new Map<number, Uint16Array>();
  readonly bytes: DataView;

  constructor(private readonly font: FontBytes) {
    this.bytes = font.bytes;
  }

  u16 = (at: number): number => this.bytes.getUint16(at);
  i16 = (at: number): number => this.bytes.getInt16(at);
  /** The table at `offset16` from `base`. */
  at = (base: number, offset16: number): number => base + this.bytes.getUint16(offset16);

  /**
   * The lookups fontkit applies to text of `script` (an OpenType tag), in its order: a lookup
   * listed by two features applies twice, as in fontkit. Undefined when the font varies its
   * features by axis (not handled), or when fontkit would keep the script of an earlier call
   * (the font lists neither the script nor a default one).
   */
  lookupsFor(tag: 'GSUB' | 'GPOS', script: string): RawLookup[] | undefined {
    const table = this.font.tables[tag]?.offset;
    if (table === undefined) return [];
    if (this.u16(table + 2) >= 1 && this.bytes.getUint32(table + 10) !== 0) return undefined;
    const scripts = this.at(table, table + 4);
    const entry = this.findScript(scripts, [script]) ?? this.findScript(scripts, DEFAULT_SCRIPTS);
    if (entry === undefined) return undefined;
    const features = this.at(table, table + 6);
    const byTag = new Map<string, number[]>();
    const langSys = this.u16(entry) ? this.at(entry, entry) : undefined;
    if (langSys !== undefined) {
      for (let k = 0; k < this.u16(langSys + 4); k++) {
        const record = features + 2 + 6 * this.u16(langSys + 6 + 2 * k);
        const feature = this.at(features, record + 4);
        byTag.set(this.tag(record), Array.from({ length: this.u16(feature + 2) }, (_, j) => this.u16(feature + 4 + 2 * j)));
      }
    }
    const lookups = this.at(table, table + 8);
    const indexes = FEATURES.flatMap((f) => byTag.get(f) ?? []).sort((a, b) => a - b);
    return indexes.map((i) => this.lookup(tag, this.at(lookups, lookups + 2 + 2 * i)));
  }

  private findScript(scripts: number, tags: string[]): number | undefined {
    for (const tag of tags) {
      for (let k = 0; k < this.u16(scripts); k++) {
        const record = scripts + 2 + 6 * k;
        if (this.tag(record) === tag) return this.at(scripts, record + 4);
      }
    }
    return undefined;
  }

  private tag(at: number): string {
    return String.fromCharCode(this.bytes.getUint8(at), this.bytes.getUint8(at + 1), this.bytes.getUint8(at + 2), this.bytes.getUint8(at + 3));
  }

  private lookup(tag: 'GSUB' | 'GPOS', at: number): RawLookup {
    const type = this.u16(at);
    const flags = this.u16(at + 2);
    const subtables = Array.from({ length: this.u16(at + 4) }, (_, k) => {
      const sub = this.at(at, at + 6 + 2 * k);
      const extension = tag === 'GSUB' ? 7 : 9;
      return type === extension ? { type: this.u16(sub + 2), at: sub + this.bytes.getUint32(sub + 4) } : { type, at: sub };
    });
    return { at, subtables, skips: (flags & 0x6) !== 0 };
  }

  /**
   * Index of `glyph` in the coverage table at `at`, -1 when it is not covered (first match wins,
   * as in fontkit).
   */
  coverageIndex(at: number, glyph: number): number {
    return this.coverage(at)[glyph] ?? -1;
  }

  /** One past the largest glyph id the coverage table at `at` lists: a range's end, not its every glyph. */
  coverageEnd(at: number): number {
    const count = this.u16(at + 2);
    const format = this.u16(at);
    let end = 0;
    for (let k = 0; k < count; k++) {
      if (format === 1) end = Math.max(end, this.u16(at + 4 + 2 * k) + 1);
      else if (format === 2) end = Math.max(end, this.u16(at + 4 + 6 * k + 2) + 1);
    }
    return end;
  }

  /**
   * Sets 1 in `set` at the glyphs the coverage table at `at` lists, a range at once (read from
   * the bytes: no index is built, no list of glyphs made).
   */
  markCovered(at: number, set: Uint8Array): void {
    const count = this.u16(at + 2);
    for (let k = 0; k < count; k++) {
      if (this.u16(at) === 1) set[this.u16(at + 4 + 2 * k)] = 1;
      else if (this.u16(at) === 2) set.fill(1, this.u16(at + 4 + 6 * k), this.u16(at + 4 + 6 * k + 2) + 1);
    }
  }

  private eachCovered(at: number, visit: (glyph: number, index: number) => void): void {
    const count = this.u16(at + 2);
    if (this.u16(at) === 1) {
      for (let k = 0; k < count; k++) visit(this.u16(at + 4 + 2 * k), k);
    } else if (this.u16(at) === 2) {
      for (let k = 0; k < count; k++) {
        const r = at + 4 + 6 * k;
        const start = this.u16(r);
        const end = this.u16(r + 2);
        const first = this.u16(r + 4);
        for (let g = start; g <= end; g++) visit(g, first + g - start);
      }
    }
  }

  /**
   * Coverage index by glyph id, -1 where none. Typed arrays rather than maps: a face's first
   * words touch tens of these tables, and filling an array is several times cheaper than a map
   * on a cold process; the tables hold glyph ids below 65536, so one is at most 256 KB.
   */
  private coverage(at: number): Int32Array {
    let table = this.coverages.get(at);
    if (!table) {
      const indexes = new Int32Array(this.coverageEnd(at)).fill(-1);
      this.eachCovered(at, (glyph, index) => {
        if (indexes[glyph] === -1) indexes[glyph] = index;
      });
      this.coverages.set(at, (table = indexes));
    }
    return table;
  }

  /** The class of `glyph` in the class definition at `at`: 0 when it is not listed. */
  classOf(at: number, glyph: number): number {
    if (this.u16(at) === 1) {
      // An array of classes from a first glyph on: read in place, no table to build.
      const k = glyph - this.u16(at + 2);
      return k >= 0 && k < this.u16(at + 4) ? this.u16(at + 6 + 2 * k) : 0;
    }
    let table = this.classDefs.get(at);
    if (!table) this.classDefs.set(at, (table = this.classRanges(at)));
    return table[glyph] ?? 0;
  }

  /**
   * Class by glyph id (0, the default class, where none is listed) of a class definition by
   * ranges (format 2), as a typed array: see `coverage`.
   */
  private classRanges(at: number): Uint16Array {
    if (this.u16(at) !== 2) return new Uint16Array(0);
    const count = this.u16(at + 2);
    let size = 0;
    for (let k = 0; k < count; k++) size = Math.max(size, this.u16(at + 4 + 6 * k + 2) + 1);
    const classes = new Uint16Array(size);
    // Last range first, so that where ranges overlap the first one listed wins, as in fontkit.
    for (let k = count - 1; k >= 0; k--) {
      const r = at + 4 + 6 * k;
      classes.fill(this.u16(r + 4), this.u16(r), this.u16(r + 2) + 1);
    }
    return classes;
  }

  /** The GDEF glyph class definition, if the font has one. */
  glyphClassDef(): number | undefined {
    const gdef = this.font.tables.GDEF?.offset;
    return gdef !== undefined && this.u16(gdef + 4) ? this.at(gdef, gdef + 4) : undefined;
  }

  /**
   * The coverage a subtable starts from: it can act at a glyph only if that glyph is in it.
   * Undefined for types fontkit does not implement (GSUB 8): assume those may act anywhere.
   */
  triggerCoverage(tag: 'GSUB' | 'GPOS', type: number, at: number): number | undefined {
    const contextual = tag === 'GSUB' ? type === 5 || type === 6 : type === 7 || type === 8;
    if (contextual && this.u16(at) === 3) {
      // The first input coverage: after the backtrack coverages in a chain.
      return type === 5 || type === 7 ? this.at(at, at + 6) : this.at(at, at + 4 + 2 * this.u16(at + 2) + 2);
    }
    const known = tag === 'GSUB' ? type >= 1 && type <= 6 : type >= 1 && type <= 8;
    return known ? this.at(at, at + 2) : undefined;
  }

  /** Whether `sequence(k)` for k < `length` matches the glyphs from `start` on, as fontkit's `match` reads them (no glyph skipped: the fast path holds no marks). */
  private matches(glyphs: readonly number[], start: number, length: number, test: (k: number, glyph: number) => boolean): boolean {
    if (length === 0) return true;
    if (start < 0 || start + length > glyphs.length) return false;
    for (let k = 0; k < length; k++) if (!test(k, glyphs[start + k]!)) return false;
    return true;
  }

  /** Whether a contextual subtable (GSUB 5, GPOS 7) at `at` matches at glyph `i`, fontkit's way. */
  contextMatches(at: number, glyphs: readonly number[], i: number): boolean {
    const glyph = glyphs[i]!;
    const format = this.u16(at);
    if (format === 3) {
      const count = this.u16(at + 2);
      return this.matches(glyphs, i, count, (k, g) => this.coverageIndex(this.at(at, at + 6 + 2 * k), g) >= 0);
    }
    const index = this.coverageIndex(this.at(at, at + 2), glyph);
    if (index < 0) return false;
    const classDef = format === 2 ? this.at(at, at + 4) : 0;
    const setIndex = format === 2 ? this.classOf(classDef, glyph) : index;
    const sets = format === 2 ? at + 6 : at + 4;
    if (setIndex >= this.u16(sets) || this.u16(sets + 2 + 2 * setIndex) === 0) return false;
    const set = this.at(at, sets + 2 + 2 * setIndex);
    for (let r = 0; r < this.u16(set); r++) {
      const rule = this.at(set, set + 2 + 2 * r);
      const inputs = this.u16(rule) - 1;
      const item = (k: number) => this.u16(rule + 4 + 2 * k);
      const ok = format === 2
        ? this.matches(glyphs, i + 1, inputs, (k, g) => this.classOf(classDef, g) === item(k))
        : this.matches(glyphs, i + 1, inputs, (k, g) => g === item(k));
      if (ok) return true;
    }
    return false;
  }

  /**
   * Whether a chaining contextual subtable (GSUB 6, GPOS 8) at `at` matches at glyph `i`,
   * fontkit's way (it reads a backtrack sequence forwards, from its farthest glyph).
   */
  chainMatches(at: number, glyphs: readonly number[], i: number): boolean {
    const glyph = glyphs[i]!;
    const format = this.u16(at);
    if (format === 3) {
      const covers = (list: number) => (k: number, g: number) => this.coverageIndex(this.at(at, list + 2 + 2 * k), g) >= 0;
      const backtrack = at + 2;
      const input = backtrack + 2 + 2 * this.u16(backtrack);
      const lookahead = input + 2 + 2 * this.u16(input);
      return this.matches(glyphs, i, this.u16(input), covers(input))
        && this.matches(glyphs, i - this.u16(backtrack), this.u16(backtrack), covers(backtrack))
        && this.matches(glyphs, i + this.u16(input), this.u16(lookahead), covers(lookahead));
    }
    const index = this.coverageIndex(this.at(at, at + 2), glyph);
    if (index < 0) return false;
    const classes = format === 2 ? [this.at(at, at + 4), this.at(at, at + 6), this.at(at, at + 8)] : undefined;
    const sets = format === 2 ? at + 10 : at + 4;
    const setIndex = classes ? this.classOf(classes[1]!, glyph) : index;
    if (setIndex >= this.u16(sets) || this.u16(sets + 2 + 2 * setIndex) === 0) return false;
    const set = this.at(at, sets + 2 + 2 * setIndex);
    for (let r = 0; r < this.u16(set); r++) {
      const backtrack = this.at(set, set + 2 + 2 * r);
      const input = backtrack + 2 + 2 * this.u16(backtrack);
      const inputs = this.u16(input) - 1;
      const lookahead = input + 2 + 2 * inputs;
      const test = (list: number, which: number) => (k: number, g: number) =>
        (classes ? this.classOf(classes[which]!, g) : g) === this.u16(list + 2 + 2 * k);
      if (this.matches(glyphs, i - this.u16(backtrack), this.u16(backtrack), test(backtrack, 0))
        && this.matches(glyphs, i + 1, inputs, test(input, 1))
        && this.matches(glyphs, i + 1 + inputs, this.u16(lookahead), test(lookahead, 2))) return true;
    }
    return false;
  }
}
