/** A piece of text as glyphs, ready to measure and to draw. Lengths in font units. */
export interface ShapedRun {
  /** Glyph ids in drawing order (ligatures applied). */
  readonly glyphs: readonly number[];
  /** Each glyph's own advance width, as the font's metrics give it. */
  readonly widths: readonly number[];
  /** What kerning adds to each glyph's advance (0 for most). */
  readonly kerning: readonly number[];
  /** The characters each glyph stands for (several for a ligature): the PDF maps glyphs back to text with them. */
  readonly codePoints: readonly (readonly number[])[];
  /** The sum of the advances, kerning included. */
  readonly advanceWidth: number;
}
