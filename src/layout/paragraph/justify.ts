/**
 * Setting one line: words measured as they will be drawn, then spread to the line width by
 * word spaces, letter spacing and glyph expansion together (microtypographic justification, as
 * pdfTeX's microtype and InDesign do). In narrow columns word spaces alone would open holes.
 *
 * The PDF draws each glyph with advance (w·size + Tc)·Tz, Tc being `charSpacing` and Tz
 * `hScale`, so a piece of n glyphs is (units·size/1000 + n·charSpacing)·hScale wide; pieces are
 * placed at absolute x, so word spaces are positions, never stretched glyphs.
 */
import { glyphCount, measureText } from '../fonts.js';
import type { Align } from '../../compose/DocTree.js';
import type { SetPiece, StyledRun } from './Paragraph.js';

/**
 * Letter spacing at adjustment ratio +1, as a share of the line's text width: 3 %, the most that
 * does not read as tracking (the limit microtype and InDesign users keep to). A share of the
 * width rather than a fixed amount per glyph: a line of wide letters takes as much, in
 * proportion, as a line of narrow ones.
 */
export const LETTER_STRETCH = 0.03;
/**
 * Tightening letters takes as much, 3 %: a line squeezed by its letters and its spaces together
 * reads better than one whose spaces alone shrink, and each line that can take one more word
 * spares a hyphen or a loose line further on.
 */
export const LETTER_SHRINK = 0.03;
/** Glyph expansion at ratio ±1 (PDF horizontal scaling); ≤ 2 % stays invisible in a serif. */
export const SCALE_STRETCH = 0.02;
export const SCALE_SHRINK = 0.02;

export type Segment =
  | { kind: 'text'; run: number; text: string }
  | { kind: 'space'; width: number; stretch: number; shrink: number }
  | { kind: 'indent'; width: number };

export interface LineSetting {
  pieces: SetPiece[];
  width: number;
  charSpacing: number;
  hScale: number;
}

export interface SetOptions {
  runs: StyledRun[];
  width: number;
  /**
   * `fill`: spread or squeeze to the full width (a justified line that is not the paragraph's
   * last); `fit`: squeeze only if too wide (a justified paragraph's last line, which the line
   * breaker may have shrunk); `none`: natural spacing (ragged text).
   */
  justify: 'fill' | 'fit' | 'none';
  align: Align;
  tracking: number;
}

/** Stretch and shrink text of natural `width` offers at ratio ±1, by letter spacing and glyph expansion. */
export function boxFlex(width: number): { stretch: number; shrink: number } {
  return {
    stretch: width * (LETTER_STRETCH + SCALE_STRETCH),
    shrink: width * (LETTER_SHRINK + SCALE_SHRINK),
  };
}

interface Measured {
  seg: Segment;
  /** Width at no letter spacing and no scaling. */
  base: number;
  glyphs: number;
}

function measure(seg: Segment, runs: StyledRun[]): Measured {
  if (seg.kind !== 'text') return { seg, base: seg.width, glyphs: 0 };
  const r = runs[seg.run]!;
  return { seg, base: measureText(r.file, r.size, seg.text), glyphs: glyphCount(r.file, seg.text) };
}

export function setLine(segments: Segment[], o: SetOptions): LineSetting {
  const m = segments.map((s) => measure(s, o.runs));
  let textBase = 0;
  let glyphs = 0;
  let spaces = 0;
  let stretch = 0;
  let shrink = 0;
  let fixed = 0;
  for (const { seg, base, glyphs: g } of m) {
    if (seg.kind === 'text') {
      textBase += base;
      glyphs += g;
    } else if (seg.kind === 'space') {
      spaces += seg.width;
      stretch += seg.stretch;
      shrink += seg.shrink;
    } else fixed += seg.width;
  }
  const textWidth = (cs: number, h: number) => (textBase + glyphs * cs) * h;
  let cs = o.tracking;
  let h = 1;
  let spaceWidth = spaces;
  const need = o.width - fixed - spaces - textWidth(cs, 1);
  if (o.justify === 'fill' || (o.justify === 'fit' && need < 0)) {
    const flex = boxFlex(textBase);
    const r = need >= 0 ? need / (flex.stretch + stretch) : need / (flex.shrink + shrink);
    // Letters and glyphs never go past their limits; word spaces take whatever remains.
    const micro = Math.max(-1, Math.min(1, Number.isFinite(r) ? r : 0));
    if (glyphs > 0) cs += (micro * (micro >= 0 ? LETTER_STRETCH : LETTER_SHRINK) * textBase) / glyphs;
    h += micro * (micro >= 0 ? SCALE_STRETCH : SCALE_SHRINK);
    if (spaces > 0) spaceWidth = o.width - fixed - textWidth(cs, h);
  }
  const lineWidth = fixed + spaceWidth + textWidth(cs, h);
  const slack = o.width - lineWidth;
  let x = o.align === 'justify' || o.align === 'left' ? 0 : o.align === 'right' ? slack : slack / 2;
  const extra = spaceWidth - spaces;
  const flexTotal = extra >= 0 ? stretch : shrink;
  const pieces: SetPiece[] = [];
  for (const { seg, base, glyphs: g } of m) {
    if (seg.kind === 'text') {
      const r = o.runs[seg.run]!;
      pieces.push({ x, text: seg.text, face: r.face, size: r.size, color: r.color });
      x += (base + g * cs) * h;
    } else if (seg.kind === 'space') {
      // Spaces without flex (number ties) keep their width, even on a line with nothing else to spread.
      const share = flexTotal > 0 ? (extra >= 0 ? seg.stretch : seg.shrink) / flexTotal : 0;
      x += seg.width + extra * share;
    } else x += seg.width;
  }
  return { pieces, width: lineWidth, charSpacing: cs, hScale: h };
}
