/**
 * The layout stage: `DocTree` -> pages of positioned drawing operations. Page 1 carries the
 * masthead; the aside sits beside the flow; the flow fills columns page after page; the last
 * page's columns are balanced; footers, which print page X of Y, are set once pages are counted.
 */
import type { DocTree } from '../compose/DocTree.js';
import type { Diagnostic } from '../diagnostics.js';
import { fillRegion, type Cursor, type Filled } from './fillRegion.js';
import { toFlowItems, type FlowContext, type FlowItem } from './FlowItem.js';
import { PAPER_SIZES, splitColumns, type Region } from './geometry.js';
import type { DrawOp, LaidOut, Page } from './Page.js';
import { typesetterFor } from './paragraph/typeset.js';

/** A runaway guard: an empty region always takes a line, so a page without progress is a bug. */
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

export interface Layout {
  laidOut: LaidOut;
  diagnostics: Diagnostic[];
}

export function layoutBrief(doc: DocTree): Layout {
  const { theme } = doc;
  const { width: W, height: H } = PAPER_SIZES[doc.paper];
  const m = theme.page.margin;
  const ctx: FlowContext = { typesetter: typesetterFor(doc.lang), theme, lang: doc.lang, ids: { next: 0 } };
  const diagnostics: Diagnostic[] = [];
  const content: Region = { x: m, top: m, width: W - 2 * m, bottom: H - m };

  // The footer's height does not depend on the numbers it prints: measure it with placeholders.
  const footerProbe = footerBlocks(doc, ctx, 8, 8, { ...content, bottom: Infinity });
  const footerTop = content.bottom - (Math.max(content.top, ...footerProbe.map((f) => f.y)) - content.top);
  const flowBottom = doc.footer.length ? footerTop - theme.page.footerGap : content.bottom;

  const masthead = toFlowItems(doc.masthead, ctx, 'P');
  const mast = fillRegion(masthead, START, { ...content, bottom: flowBottom });
  // A masthead taller than the page continues as the start of the flow: nothing is lost.
  const flowItems = [...masthead.slice(mast.next.item), ...toFlowItems(doc.flow.children, ctx, 'P')];
  if (!done(masthead, mast.next)) {
    diagnostics.push({ severity: 'warning', code: 'layout.masthead-overflow', message: 'the masthead does not fit on page 1; its rest continues in the columns' });
  }
  const pageTop = (p: number) => (p === 0 && masthead.length ? mast.y + MASTHEAD_GAP : content.top);

  // The aside first: the pages where it stands narrow the flow.
  const aside = doc.aside;
  const n = doc.flow.columns;
  const gap = theme.page.columnGap;
  const grid = splitColumns(content, n, gap);
  const asideItems = aside ? toFlowItems(aside.children, ctx, 'Aside') : [];
  const asideWidth = !aside ? 0 : 'span' in aside.width ? aside.width.span * (grid[0]!.width + gap) - gap : aside.width.share * content.width;
  // Spanning grid columns, the aside takes their place: the columns beside it stay on the grid.
  const asideGap = aside && 'span' in aside.width ? gap : theme.page.asideGap;
  const asideRegion = (p: number): Region => ({
    x: aside?.side === 'left' ? content.x : content.x + content.width - asideWidth,
    top: pageTop(p), width: asideWidth, bottom: flowBottom,
  });
  const asideOps: DrawOp[][] = [];
  for (let c = START; aside && (!done(asideItems, c) || (aside.pages === 'all' && asideOps.length === 0)); ) {
    const filled = fillRegion(asideItems, c, asideRegion(asideOps.length));
    asideOps.push(filled.ops);
    diagnostics.push(...filled.diagnostics);
    if (same(filled.next, c)) break;
    c = filled.next;
  }
  if (aside && asideOps.length > 1 && aside.pages === 'first') {
    diagnostics.push({ severity: 'info', code: 'layout.aside-continued', message: `the sidebar does not fit beside page 1; it continues on ${asideOps.length - 1} more page(s)` });
  }
  const hasAside = (p: number) => !!aside && (aside.pages === 'all' || p < asideOps.length);
  /** The flow's region on page `p` and its number of columns. */
  const flowRegion = (p: number): { region: Region; columns: number } => {
    const top = pageTop(p);
    if (!hasAside(p)) return { region: { ...content, top, bottom: flowBottom }, columns: n };
    const width = content.width - asideWidth - asideGap;
    const region = { x: aside!.side === 'left' ? content.x + asideWidth + asideGap : content.x, top, width, bottom: flowBottom };
    const columns = 'span' in aside!.width ? n - aside!.width.span : Math.max(1, Math.round((n * width) / content.width));
    return { region, columns };
  };

  const step = theme.textBase.leading;
  const flowOps: DrawOp[][] = [];
  let cursor = START;
  while (!done(flowItems, cursor)) {
    const { region, columns } = flowRegion(flowOps.length);
    let filled: Filled = fillColumns(flowItems, cursor, splitColumns(region, columns, gap));
    if (same(filled.next, cursor)) throw new Error(`layout: no progress on page ${flowOps.length + 1} at item ${cursor.item}`);
    if (done(flowItems, filled.next)) filled = balanceLastPage(flowItems, cursor, region, columns, gap, step);
    flowOps.push(filled.ops);
    diagnostics.push(...filled.diagnostics);
    cursor = filled.next;
  }

  const count = Math.max(1, flowOps.length, asideOps.length);
  const pages: Page[] = Array.from({ length: count }, (_, p) => {
    const footerOps = footerBlocks(doc, ctx, p + 1, count, { ...content, top: footerTop }).flatMap((f) => f.ops);
    return { width: W, height: H, ops: [...(p === 0 ? mast.ops : []), ...(asideOps[p] ?? []), ...(flowOps[p] ?? []), ...footerOps] };
  });
  return {
    laidOut: { pages, fonts: theme.fonts, meta: { ...doc.meta, lang: doc.lang } },
    diagnostics,
  };
}

/**
 * Footer blocks, each set from the footer's top: they share the line box, so a left-aligned
 * source and a right-aligned page number stand on one line.
 */
function footerBlocks(doc: DocTree, ctx: FlowContext, number: number, count: number, region: Region): Filled[] {
  return doc.footer.map((block) => fillRegion(toFlowItems([block], { ...ctx, page: { number, count } }, 'Artifact'), START, region));
}
