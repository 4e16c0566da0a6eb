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

  // fontkit internals read by the Latin fast path (src/layout/shaping/).
  export interface Indexed<T> {
    length: number;
    get(index: number): T;
  }
  export interface FontTables {
    /** Where each table is in the font file. */
    directory: { tables: Record<string, { offset: number } | undefined> };
    hmtx: { metrics: Indexed<{ advance: number }> };
    _cmapProcessor: { lookup(codePoint: number): number };
    /** The font file. */
    stream: { view: DataView };
    _variationProcessor?: unknown;
  }
}
