/**
 * The layout stage: `DocTree` -> pages of positioned drawing operations. Page 1 carries the
 * masthead; the aside sits beside the flow; the flow fills columns page after page; the last
 * page's columns are balanced; footers, which print page X of Y, are set once pages are counted.
 */
import type { Aside, DocTree, Theme } from '../compose/DocTree.js';
import type { Diagnostic } from '../diagnostics.js';
import { fillRegion, type Cursor, type Filled } from './fillRegion.js';
import { fontFileOf, toFlowItems, type FlowContext, type FlowItem } from './FlowItem.js';
import { missingGlyphs } from './fonts.js';
import { PAPER_SIZES, splitColumns, type Region } from './geometry.js';
import type { DrawOp, FaceId, LaidOut, Page } from './Page.js';
import { typesetterFor } from './paragraph/typeset.js';

/** Space between the masthead and what follows it. */
const MASTHEAD_GAP = 10;

const START: Cursor = { item: 0, from: null };
const done = (items: FlowItem[], c: Cursor) => c.item >= items.length;
const same = (a: Cursor, b: Cursor) => a.item === b.item && a.from === b.from;

/** Fills the columns of one region in order; returns what was placed and where to resume. */
function fillColumns(items: FlowItem[], cursor: Cursor, columns: Region[]): Filled & { heights: number[] } {
  const ops: DrawOp[] = [];
  const diagnostics: Diagnostic[] = [];
  const heights: number[] = [];
  let next = cursor;
  for (const col of columns) {
    const filled = fillRegion(items, next, col);
    ops.push(...filled.ops);
    diagnostics.push(...filled.diagnostics);
    heights.push(filled.y - col.top);
    next = filled.next;
  }
  return { ops, next, y: Math.max(...heights.map((h, i) => columns[i]!.top + h)), diagnostics, heights };
}

/**
 * The shortest column height (in steps of the body leading) at which the rest of the flow still
 * fits the last page's columns: balanced columns, never more than a line or two apart.
 */
function balanceLastPage(items: FlowItem[], cursor: Cursor, region: Region, n: number, gap: number, step: number): Filled {
  const full = fillColumns(items, cursor, splitColumns(region, n, gap));
  if (n === 1) return full;
  const used = full.heights.reduce((a, b) => a + b, 0);
  for (let h = Math.max(step, Math.floor(used / n / step) * step); h < region.bottom - region.top; h += step) {
    const trial = fillColumns(items, cursor, splitColumns({ ...region, bottom: region.top + h }, n, gap));
    if (done(items, trial.next)) return trial;
  }
  return full;
}

/** Where things go on every page: the text area, the footer's top, the bottom of the flow. */
interface Frame {
  width: number;
  height: number;
  content: Region;
  footerTop: number;
  flowBottom: number;
}

function pageFrame(doc: DocTree, ctx: FlowContext): Frame {
  const { width, height } = PAPER_SIZES[doc.paper];
  const m = doc.theme.page.margin;
  const content: Region = { x: m, top: m, width: width - 2 * m, bottom: height - m };
  // The footer's height does not depend on the numbers it prints: measure it with placeholders.
  const probe = footerBlocks(doc, ctx, 8, 8, { ...content, bottom: Infinity });
  const footerTop = content.bottom - (Math.max(content.top, ...probe.map((f) => f.y)) - content.top);
  const flowBottom = doc.footer.length ? footerTop - doc.theme.page.footerGap : content.bottom;
  return { width, height, content, footerTop, flowBottom };
}

/**
 * The aside's horizontal place, and the flow's region and columns on a page the aside shares.
 * Spanning grid columns, the aside takes their place: the columns beside it keep the width and
 * position they have on full pages.
 */
function asideGeometry(aside: Aside, content: Region, columns: number, gap: number, asideGap: number) {
  const grid = splitColumns(content, columns, gap);
  const spans = 'span' in aside.width;
  const width = 'span' in aside.width ? aside.width.span * (grid[0]!.width + gap) - gap : aside.width.share * content.width;
  const between = spans ? gap : asideGap;
  const flowWidth = content.width - width - between;
  return {
    x: aside.side === 'left' ? content.x : content.x + content.width - width,
    width,
    flowX: aside.side === 'left' ? content.x + width + between : content.x,
    flowWidth,
    flowColumns: 'span' in aside.width ? columns - aside.width.span : Math.max(1, Math.round((columns * flowWidth) / content.width)),
  };
}

/** The aside's items page by page, from `top(p)` to the flow's bottom: the ops of each page. */
function layoutAside(items: FlowItem[], x: number, width: number, top: (p: number) => number, bottom: number, diagnostics: Diagnostic[]): DrawOp[][] {
  const pages: DrawOp[][] = [];
  for (let c = START; !done(items, c); ) {
    const filled = fillRegion(items, c, { x, top: top(pages.length), width, bottom });
    pages.push(filled.ops);
    diagnostics.push(...filled.diagnostics);
    if (same(filled.next, c)) break;
    c = filled.next;
  }
  return pages;
}

/** The flow, page after page, in the region `regionOf(p)` gives; the last page balanced. */
function layoutFlow(items: FlowItem[], regionOf: (p: number) => { region: Region; columns: number }, gap: number, step: number, diagnostics: Diagnostic[]): DrawOp[][] {
  const pages: DrawOp[][] = [];
  for (let cursor = START; !done(items, cursor); ) {
    const { region, columns } = regionOf(pages.length);
    let filled: Filled = fillColumns(items, cursor, splitColumns(region, columns, gap));
    // An empty region always takes a line, so a page without progress is a bug, not content.
    if (same(filled.next, cursor)) throw new Error(`layout: no progress on page ${pages.length + 1} at item ${cursor.item}`);
    if (done(items, filled.next)) filled = balanceLastPage(items, cursor, region, columns, gap, step);
    pages.push(filled.ops);
    diagnostics.push(...filled.diagnostics);
    cursor = filled.next;
  }
  return pages;
}

export interface Layout {
  laidOut: LaidOut;
  diagnostics: Diagnostic[];
}

export function layoutBrief(doc: DocTree): Layout {
  const { theme } = doc;
  const ctx: FlowContext = { typesetter: typesetterFor(doc.lang), theme, lang: doc.lang, ids: { next: 0 } };
  const diagnostics: Diagnostic[] = [];
  const frame = pageFrame(doc, ctx);
  const { content, flowBottom } = frame;

  const masthead = toFlowItems(doc.masthead, ctx, 'P');
  const mast = fillRegion(masthead, START, { ...content, bottom: flowBottom });
  // A masthead taller than the page continues as the start of the flow: nothing is lost.
  const flowItems = [...masthead.slice(mast.next.item), ...toFlowItems(doc.flow.children, ctx, 'P')];
  if (!done(masthead, mast.next)) {
    diagnostics.push({ severity: 'warning', code: 'layout.masthead-overflow', message: 'the masthead does not fit on page 1; its rest continues in the columns' });
  }
  const pageTop = (p: number) => (p === 0 && masthead.length ? mast.y + MASTHEAD_GAP : content.top);

  const n = doc.flow.columns;
  const gap = theme.page.columnGap;
  const full = (p: number) => ({ region: { ...content, top: pageTop(p), bottom: flowBottom }, columns: n });
  let asideOps: DrawOp[][] = [];
  let regionOf = full;
  if (doc.aside) {
    // The aside first: the pages where it stands narrow the flow.
    const aside = doc.aside;
    const g = asideGeometry(aside, content, n, gap, theme.page.asideGap);
    asideOps = layoutAside(toFlowItems(aside.children, ctx, 'Aside'), g.x, g.width, pageTop, flowBottom, diagnostics);
    if (asideOps.length > 1 && aside.pages === 'first') {
      diagnostics.push({ severity: 'info', code: 'layout.aside-continued', message: `the sidebar does not fit beside page 1; it continues on ${asideOps.length - 1} more page(s)` });
    }
    const shared = (p: number) => aside.pages === 'all' || p < asideOps.length;
    regionOf = (p) => (shared(p) ? { region: { x: g.flowX, top: pageTop(p), width: g.flowWidth, bottom: flowBottom }, columns: g.flowColumns } : full(p));
  }
  const flowOps = layoutFlow(flowItems, regionOf, gap, theme.textBase.leading, diagnostics);

  const count = Math.max(1, flowOps.length, asideOps.length);
  diagnostics.push(...missingGlyphDiagnostics([mast.ops, ...asideOps, ...flowOps].flat(), theme.fonts));
  const pages: Page[] = Array.from({ length: count }, (_, p) => {
    const footerOps = footerBlocks(doc, ctx, p + 1, count, { ...content, top: frame.footerTop }).flatMap((f) => f.ops);
    return { width: frame.width, height: frame.height, ops: [...(p === 0 ? mast.ops : []), ...(asideOps[p] ?? []), ...(flowOps[p] ?? []), ...footerOps] };
  });
  return {
    laidOut: { pages, fonts: theme.fonts, meta: { ...doc.meta, lang: doc.lang } },
    diagnostics,
  };
}

/**
 * Characters a face cannot draw print as empty boxes: say which, once per face, so the user can
 * choose a theme font that covers them.
 */
function missingGlyphDiagnostics(ops: DrawOp[], fonts: Theme['fonts']): Diagnostic[] {
  const textByFace = new Map<FaceId, string>();
  for (const op of ops) {
    if (op.kind === 'text') textByFace.set(op.face, (textByFace.get(op.face) ?? '') + op.pieces.map((p) => p.text).join(''));
  }
  return [...textByFace].flatMap(([face, text]) => {
    const missing = missingGlyphs(fontFileOf(fonts, face), text);
    return missing.length === 0 ? [] : [{
      severity: 'warning' as const, code: 'font.missing-glyphs',
      message: `the ${face} font has no glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}: printed as empty boxes`,
      hint: 'use a theme font that covers these characters',
    }];
  });
}

/**
 * Footer blocks, each set from the footer's top: they share the line box, so a left-aligned
 * source and a right-aligned page number stand on one line.
 */
function footerBlocks(doc: DocTree, ctx: FlowContext, number: number, count: number, region: Region): Filled[] {
  return doc.footer.map((block) => fillRegion(toFlowItems([block], { ...ctx, page: { number, count } }, 'Artifact'), START, region));
}
