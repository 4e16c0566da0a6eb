// The parts of fontkit 2 briefpress uses (fontkit ships no types).
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }
  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    capHeight: number;
    xHeight: number;
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
  }
  export function openSync(path: string): Font;
  export function create(buffer: Uint8Array): Font;

  // OpenType tables as fontkit parses them (restructure objects), read by the Latin fast path
  // (src/layout/shaping/): only the fields it reads.
  export interface Indexed<T> {
    length: number;
    get(index: number): T;
  }
  export type Coverage =
    | { version: 1; glyphs: number[] }
    | { version: 2; rangeRecords: { start: number; end: number; startCoverageIndex: number }[] };
  export type ClassDef =
    | { version: 1; startGlyph: number; classValueArray: number[] }
    | { version: 2; classRangeRecord: { start: number; end: number; class: number }[] };
  export interface LookupFlags {
    markAttachmentType: number;
    flags: { ignoreBaseGlyphs: boolean; ignoreLigatures: boolean; ignoreMarks: boolean };
  }
  /** A lookup's subtable: its fields depend on the lookup type and the subtable's version. */
  export interface Subtable {
    version: number;
    [field: string]: unknown;
  }
  export interface Lookup {
    lookupType: number;
    flags: LookupFlags;
    subTables: Subtable[];
  }
  export interface LangSys {
    featureIndexes: number[];
  }
  export interface LayoutTable {
    scriptList: { tag: string; script: { defaultLangSys: LangSys | null } }[] | null;
    featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
    lookupList: Indexed<Lookup>;
    featureVariations?: unknown;
  }
  export interface FontTables {
    GSUB?: LayoutTable;
    GPOS?: LayoutTable;
    GDEF?: { glyphClassDef?: ClassDef | null };
    hmtx: { metrics: Indexed<{ advance: number }> };
    _cmapProcessor: { lookup(codePoint: number): number };
    _variationProcessor?: unknown;
  }
}
