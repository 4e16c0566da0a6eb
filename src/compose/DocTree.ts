/**
 * The output of the compose stage: the template's XML markup parsed into typed blocks, with the
 * theme's named styles resolved. Nodes are discriminated by `kind`.
 */

export type Paper = 'A4' | 'Letter';

export type Align = 'justify' | 'left' | 'right' | 'center';

/** A text style of the theme, every property resolved. Sizes in PostScript points. */
export interface TextStyle {
  /** Font family key of the theme (`serif`, `sans`). */
  family: string;
  bold: boolean;
  italic: boolean;
  size: number;
  /** Baseline-to-baseline distance. */
  leading: number;
  color: string;
  align: Align;
  spaceBefore: number;
  spaceAfter: number;
  /** First-line indent. */
  indent: number;
  hyphenate: boolean;
  uppercase: boolean;
  /** Extra space between letters, in points (for small caps-like furniture). */
  tracking: number;
}

/** A box style: frame and spacing of a `<box>`. */
export interface BoxStyle {
  padding: number;
  background: string | null;
  borderColor: string | null;
  borderWidth: number;
  /** Only a rule on the left edge (pull quotes), instead of a full frame. */
  borderLeftOnly: boolean;
  spaceBefore: number;
  spaceAfter: number;
}

export interface Theme {
  /** Family key -> font files (absolute paths) of its four faces. */
  fonts: Record<string, { regular: string; bold: string; italic: string; boldItalic: string }>;
  /** The style every text starts from. */
  textBase: TextStyle;
  /**
   * Element name or class -> the properties it sets (`p`, `h1`… are element defaults). Kept
   * partial: an element inherits what its style leaves unset from its parent.
   */
  text: Record<string, Partial<TextStyle>>;
  box: Record<string, BoxStyle>;
  page: { margin: number; columnGap: number; asideGap: number; footerGap: number };
}

export type Inline =
  /** Text with its resolved style: the paragraph's, changed by `<em>`, `<strong>`, `<span class>`. */
  | { kind: 'text'; text: string; style: TextStyle }
  | { kind: 'page-number' }
  | { kind: 'page-count' }
  | { kind: 'line-break' };

export type DocBlock =
  | { kind: 'paragraph'; style: TextStyle; className: string; inlines: Inline[]; line: number }
  | { kind: 'heading'; level: 1 | 2 | 3; style: TextStyle; className: string; inlines: Inline[]; line: number }
  /** A framed group that must stay whole (a pulled quote, a figure). */
  | { kind: 'box'; style: BoxStyle; className: string; children: DocBlock[]; line: number }
  | { kind: 'rule'; color: string; width: number; line: number }
  | { kind: 'spacer'; height: number; line: number };

export interface Aside {
  side: 'left' | 'right';
  /**
   * Its width: a number of the flow's grid columns (so the columns beside it keep the width
   * and place they have on full pages), or a share of the text area's width, 0–1.
   */
  width: { span: number } | { share: number };
  /** `first`: beside the flow on page 1 only. */
  pages: 'first' | 'all';
  children: DocBlock[];
}

export interface DocTree {
  kind: 'brief';
  paper: Paper;
  lang: string;
  meta: { title: string; author: string | null; subject: string | null; keywords: string[] };
  theme: Theme;
  header: DocBlock[];
  footer: DocBlock[];
  masthead: DocBlock[];
  aside: Aside | null;
  flow: { columns: number; children: DocBlock[] };
}
