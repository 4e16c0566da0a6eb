/**
 * The flow's unit of work: document blocks prepared for typesetting. A paragraph is prepared
 * once and broken again at each column width it meets; its lines are cached per (cursor, width).
 */
import type { BoxStyle, DocBlock, TextStyle, Theme } from '../compose/DocTree.js';
import type { FaceId, TextLine } from './Page.js';
import type { PreparedParagraph, SetLine, StyledRun } from './paragraph/Paragraph.js';
import type { Typesetter } from './paragraph/typeset.js';

export type Role = TextLine['role'];

export interface ParaItem {
  kind: 'para';
  prepared: PreparedParagraph;
  style: TextStyle;
  role: Role;
  /** Identifies the paragraph in the brief, for the tagged PDF's structure. */
  id: number;
  /** Headings travel with the first lines of what follows. */
  keepWithNext: boolean;
  lines: (from: number, width: number) => SetLine[];
}

export interface BoxItem {
  kind: 'box';
  style: BoxStyle;
  children: FlowItem[];
}

export type FlowItem =
  | ParaItem
  | BoxItem
  | { kind: 'rule'; color: string; width: number }
  | { kind: 'spacer'; height: number };

export function faceOf(style: TextStyle): FaceId {
  const face = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
  return `${style.family}:${face}`;
}

/** The font file of a face, from the theme's fonts (also `LaidOut.fonts`). */
export function fontFileOf(fonts: Theme['fonts'], face: FaceId): string {
  const [family, style] = face.split(':') as [string, keyof Theme['fonts'][string]];
  return fonts[family]![style];
}

function runOf(theme: Theme, text: string, style: TextStyle): StyledRun {
  const face = faceOf(style);
  return { text, face, file: fontFileOf(theme.fonts, face), size: style.size, color: style.color };
}

/** What preparing blocks needs: the language's typesetter, the theme, and page numbers (footer). */
export interface FlowContext {
  typesetter: Typesetter;
  theme: Theme;
  lang: string;
  page?: { number: number; count: number };
  /** Numbers paragraphs across the whole brief (masthead, aside, flow, footers). */
  ids: { next: number };
}

function paraItem(ctx: FlowContext, runs: StyledRun[], style: TextStyle, role: Role, keepWithNext: boolean): ParaItem {
  const { typesetter } = ctx;
  const prepared = typesetter.prepare({ runs, align: style.align, indent: style.indent, hyphenate: style.hyphenate, lang: ctx.lang, tracking: style.tracking });
  const cache = new Map<string, SetLine[]>();
  return {
    kind: 'para', prepared, style, role, keepWithNext, id: ctx.ids.next++,
    lines: (from, width) => {
      const key = `${from}:${width.toFixed(3)}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const lines = typesetter.breakLines(prepared, from, width);
      cache.set(key, lines);
      return lines;
    },
  };
}

/**
 * Flow items of a text block: one paragraph per `<br/>`-separated part (a forced line break
 * starts a new line with no paragraph spacing, which is what a paragraph without indent is).
 */
function textItems(ctx: FlowContext, block: Extract<DocBlock, { kind: 'paragraph' | 'heading' }>, role: Role, indent: number): FlowItem[] {
  const parts: StyledRun[][] = [[]];
  for (const inline of block.inlines) {
    if (inline.kind === 'line-break') parts.push([]);
    else if (inline.kind === 'text') parts.at(-1)!.push(runOf(ctx.theme, inline.text, inline.style));
    else {
      // Page numbers exist only once pages are counted: the footer is prepared per page.
      const n = inline.kind === 'page-number' ? ctx.page?.number : ctx.page?.count;
      parts.at(-1)!.push(runOf(ctx.theme, n === undefined ? '?' : String(n), block.style));
    }
  }
  const keep = block.kind === 'heading';
  return parts.filter((runs) => runs.length > 0).map((runs, i, all) => {
    const style: TextStyle = {
      ...block.style,
      indent: i === 0 ? indent : 0,
      spaceBefore: i === 0 ? block.style.spaceBefore : 0,
      spaceAfter: i === all.length - 1 ? block.style.spaceAfter : 0,
    };
    return paraItem(ctx, runs, style, role, keep);
  });
}

/**
 * The first-line indent marks where a paragraph follows another: the first paragraph of a
 * sequence, and one right after a heading, start flush (the typographer's convention).
 */
function indentOf(block: DocBlock, previous: DocBlock | undefined): number {
  if (block.kind !== 'paragraph' || !previous || previous.kind === 'heading') return 0;
  return block.style.indent;
}

/** Prepares blocks for the flow; `role` is the structure role of their text. */
export function toFlowItems(blocks: DocBlock[], ctx: FlowContext, role: Role): FlowItem[] {
  return blocks.flatMap((block, i): FlowItem[] => {
    switch (block.kind) {
      case 'paragraph':
        return textItems(ctx, block, role, indentOf(block, blocks[i - 1]));
      case 'heading':
        return textItems(ctx, block, role === 'P' ? (`H${block.level}` as Role) : role, 0);
      case 'box':
        return [{ kind: 'box', style: block.style, children: toFlowItems(block.children, ctx, role) }];
      case 'rule':
        return [{ kind: 'rule', color: block.color, width: block.width }];
      case 'spacer':
        return [{ kind: 'spacer', height: block.height }];
    }
  });
}
