/** Paper sizes and the rectangles of a page the flow fills. Points; y grows downwards. */
import type { Paper } from '../compose/DocTree.js';

export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};

/** A rectangle filled from `top` down to `bottom`. */
export interface Region {
  x: number;
  top: number;
  width: number;
  bottom: number;
}

/** Splits a region into `n` columns separated by `gap`. */
export function splitColumns(region: Region, n: number, gap: number): Region[] {
  const width = (region.width - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ ...region, x: region.x + i * (width + gap), width }));
}

/** Baseline of a line whose line box starts at `top`: the glyphs centred in the leading. */
export function baselineOf(top: number, size: number, leading: number): number {
  return top + (leading - size) / 2 + size * 0.78;
}
