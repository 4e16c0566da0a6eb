/**
 * Optical margin alignment (pdfTeX's protrusion, Typst's overhang): punctuation at the end of a
 * justified line hangs partly into the margin, so the column edge looks straight, and each such
 * line gains a little room, which spares loose lines. The amounts stay within a glyph's advance.
 */
import { measureText } from '../fonts.js';

/** Share of the glyph's advance that hangs past the line end (microtype's defaults, per mille / 1000). */
export const PROTRUSION: Readonly<Record<string, number>> = {
  '-': 0.7,
  '\u2010': 0.7,
  '\u2013': 0.5,
  '\u2014': 0.3,
  '.': 0.7,
  ',': 0.7,
  ':': 0.5,
  ';': 0.5,
  '!': 0.2,
  '?': 0.2,
  '\u2019': 0.7,
  "'": 0.7,
  '\u201D': 0.5,
  '\u00BB': 0.5,
  '"': 0.5,
  ')': 0.2,
};

/** Width the last character of `text` may hang past the line end, set in `file` at `size`. */
export function hangAfter(text: string, file: string, size: number): number {
  const last = text[text.length - 1];
  const share = last === undefined ? undefined : PROTRUSION[last];
  return share === undefined ? 0 : share * measureText(file, size, last!);
}
