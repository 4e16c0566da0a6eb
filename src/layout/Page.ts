/**
 * The output of the layout stage: positioned drawing operations per page. Plain data (JSON
 * serialisable), so a worker can lay out and another thread can draw, e.g. into a bundle.
 * Coordinates in points from the page's top-left corner; `y` of text is its baseline.
 */

/** A font face: family key of the theme plus style, e.g. `serif:regular`. */
export type FaceId = `${string}:${'regular' | 'bold' | 'italic' | 'boldItalic'}`;

/** One set line: words at their x positions (justification already applied). */
export interface TextLine {
  kind: 'text';
  face: FaceId;
  size: number;
  color: string;
  y: number;
  /** Each piece of text and where it starts; a line-end hyphen is part of the last piece. */
  pieces: { x: number; text: string }[];
  /** Extra space between letters (points), for microtypographic justification. */
  charSpacing: number;
  /** Horizontal glyph scaling, 1 = none. */
  hScale: number;
  /** Structure role for tagged PDF. */
  role: 'H1' | 'H2' | 'H3' | 'P' | 'Aside' | 'Artifact';
  /** The paragraph the line belongs to (tagged PDF groups its lines); absent: a block of its own. */
  block?: number;
}

export interface RuleOp {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
}

export type DrawOp = TextLine | RuleOp | RectOp;

export interface Page {
  width: number;
  height: number;
  ops: DrawOp[];
}

/** Everything the renderer needs besides the pages. */
export interface LaidOut {
  pages: Page[];
  /** Family key -> face -> font file, as the theme says. */
  fonts: Record<string, { regular: string; bold: string; italic: string; boldItalic: string }>;
  meta: { title: string; author: string | null; subject: string | null; keywords: string[]; lang: string };
}
