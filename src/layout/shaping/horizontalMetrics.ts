/**
 * Glyph advances and left side bearings read from the font's hmtx bytes. fontkit decodes each
 * entry through restructure the first time it is read (and a glyph's bearing through its
 * outline's bounding box): on a cold process, thousands of glyphs' worth of work for a few
 * numbers each. What is read follows fontkit's reading, so both give the same numbers.
 */
import type { FontBytes } from './layoutTables.js';

/** Offsets of the glyph counts in hhea (numberOfMetrics) and maxp (numGlyphs). */
export const HHEA_NUMBER_OF_METRICS = 34;
export const MAXP_NUM_GLYPHS = 4;

export class HorizontalMetrics {
  private readonly view: DataView;
  private readonly hmtx: number;
  /** Glyphs with an advance of their own; the others take the last one. */
  private readonly longMetrics: number;
  /** Glyphs with a bearing, the font's glyph count: past it, the bearing is 0. */
  private readonly glyphCount: number;

  constructor(font: FontBytes) {
    this.view = font.bytes;
    this.hmtx = font.tables.hmtx!.offset;
    this.longMetrics = this.view.getUint16(font.tables.hhea!.offset + HHEA_NUMBER_OF_METRICS);
    this.glyphCount = this.view.getUint16(font.tables.maxp!.offset + MAXP_NUM_GLYPHS);
  }

  advance(glyph: number): number {
    if (this.longMetrics === 0) return 0;
    return this.view.getUint16(this.hmtx + 4 * Math.min(glyph, this.longMetrics - 1));
  }

  bearing(glyph: number): number {
    if (glyph < this.longMetrics) return this.view.getInt16(this.hmtx + 4 * glyph + 2);
    const k = glyph - this.longMetrics;
    return k < this.glyphCount - this.longMetrics ? this.view.getInt16(this.hmtx + 4 * this.longMetrics + 2 * k) : 0;
  }
}
