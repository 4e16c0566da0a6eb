/**
 * The paragraph typesetter's contract with the page flow. A paragraph is prepared once (items
 * built, hyphenated, French spacing applied) and then broken into lines from any resume point at
 * any width: the flow re-breaks the rest of a paragraph when it moves to a column of another
 * width (continuation contract: lay out what fits, return where to resume).
 */
import type { Align } from '../../compose/DocTree.js';
import type { FaceId } from '../Page.js';

/** A run of text in one face, size and colour, as the article has it (no typographic fixes yet). */
export interface StyledRun {
  text: string;
  face: FaceId;
  /** The font file of `face`. */
  file: string;
  size: number;
  color: string;
}

export interface ParagraphSpec {
  runs: StyledRun[];
  align: Align;
  /** First-line indent, points. */
  indent: number;
  hyphenate: boolean;
  /** ISO 639-1; chooses hyphenation patterns and French spacing. */
  lang: string;
  /** Extra letter spacing of the style, points. */
  tracking: number;
  /** Share of lines that may end hyphenated before hyphens get dearer (default 0.2). */
  maxHyphenatedShare?: number;
}

/** Text drawn at `x` (relative to the line's left edge) in one face. */
export interface SetPiece {
  x: number;
  text: string;
  face: FaceId;
  size: number;
  color: string;
}

export interface SetLine {
  pieces: SetPiece[];
  /** Width the line occupies once justified (the column width for justified full lines). */
  width: number;
  /** Letter spacing applied to this line (microtypographic justification), points. */
  charSpacing: number;
  /** Horizontal glyph scaling of this line, 1 = none. */
  hScale: number;
  hyphenated: boolean;
  /** Cursor to resume the paragraph after this line (pass it to `breakParagraph` as `from`). */
  end: number;
  /** The paragraph's last line. */
  last: boolean;
}

/** Opaque to the flow: whatever the typesetter needs to break the paragraph again. */
export interface PreparedParagraph {
  readonly spec: ParagraphSpec;
  /** Cursor of the paragraph's start. */
  readonly start: number;
}
