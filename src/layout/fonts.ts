/**
 * Fonts, parsed once per process and shared by every document: fontkit parsing costs ~13 ms a
 * face, and shaping a new word ~50 µs, so both the parsed font and word widths are cached.
 */
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

const fonts = new Map<string, Font>();
/** Per font file and text: advance width in thousandths of an em, and the number of glyphs. */
const shapes = new Map<string, Map<string, Shape>>();

interface Shape {
  units: number;
  glyphs: number;
}

/** The parsed font of a TTF/OTF file (static fonts only: fontkit mishandles WOFF2 and variable fonts). */
export function loadFont(file: string): Font {
  let font = fonts.get(file);
  if (!font) {
    font = fontkit.openSync(file);
    fonts.set(file, font);
  }
  return font;
}

/** `text` shaped once (kerning and ligatures applied) and remembered. */
function shape(file: string, text: string): Shape {
  let cache = shapes.get(file);
  if (!cache) {
    cache = new Map();
    shapes.set(file, cache);
  }
  let s = cache.get(text);
  if (s === undefined) {
    const font = loadFont(file);
    const run = font.layout(text);
    s = { units: (run.advanceWidth * 1000) / font.unitsPerEm, glyphs: run.glyphs.length };
    cache.set(text, s);
  }
  return s;
}

/** Advance width of `text` in thousandths of an em, kerning and ligatures applied, cached. */
export function textUnits(file: string, text: string): number {
  return shape(file, text).units;
}

/**
 * Number of glyphs `text` is drawn with (ligatures count once): a PDF viewer adds the letter
 * spacing (Tc) after every glyph, so this is what letter-spaced widths are computed from.
 */
export function glyphCount(file: string, text: string): number {
  return shape(file, text).glyphs;
}

/** Width of `text` set at `size` points. */
export function measureText(file: string, size: number, text: string): number {
  return (textUnits(file, text) * size) / 1000;
}

export interface FontMetrics {
  /** In thousandths of an em. */
  ascender: number;
  descender: number;
  capHeight: number;
  xHeight: number;
}

export function fontMetrics(file: string): FontMetrics {
  const f = loadFont(file);
  const k = 1000 / f.unitsPerEm;
  return { ascender: f.ascent * k, descender: f.descent * k, capHeight: f.capHeight * k, xHeight: f.xHeight * k };
}

/** Characters of `text` the font cannot draw (they would print as empty boxes). */
export function missingGlyphs(file: string, text: string): string[] {
  const font = loadFont(file);
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x20 && !font.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}
