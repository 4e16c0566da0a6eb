/**
 * Fills one region (a column, the masthead, an aside) with flow items from a cursor and returns
 * where to resume: the continuation contract every breakable piece of layout follows.
 * Paragraphs split between regions keep at least two lines on each side (no widow, no orphan),
 * headings stay with the first lines after them, boxes move whole.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { BoxItem, FlowItem, ParaItem, Role } from './FlowItem.js';
import { baselineOf, type Region } from './geometry.js';
import type { DrawOp, TextLine } from './Page.js';
import type { SetLine } from './paragraph/Paragraph.js';

/** Where the flow stands: the next item, and inside a split paragraph the typesetter's cursor. */
export interface Cursor {
  item: number;
  from: number | null;
}

export interface Filled {
  ops: DrawOp[];
  next: Cursor;
  /** Bottom of the last thing placed. */
  y: number;
  diagnostics: Diagnostic[];
}

/** Fewest lines of a paragraph left at the foot or carried to the head of a region. */
const MIN_LINES = 2;
/** Floating-point slack when testing whether a line fits. */
const EPS = 0.01;

/** Draw operations of one set line: one text op per run of pieces sharing face, size and colour. */
export function lineOps(line: SetLine, x: number, baseline: number, role: Role, block: number): TextLine[] {
  const ops: TextLine[] = [];
  for (const piece of line.pieces) {
    const last = ops.at(-1);
    const pos = { x: x + piece.x, text: piece.text };
    if (last && last.face === piece.face && last.size === piece.size && last.color === piece.color) last.pieces.push(pos);
    else ops.push({ kind: 'text', face: piece.face, size: piece.size, color: piece.color, y: baseline, pieces: [pos], charSpacing: line.charSpacing, hScale: line.hScale, role, block });
  }
  return ops;
}

function placeLines(item: ParaItem, lines: SetLine[], x: number, top: number): DrawOp[] {
  const { size, leading } = item.style;
  return lines.flatMap((line, i) => lineOps(line, x, baselineOf(top + i * leading, size, leading), item.role, item.id));
}

/** Height a box takes at `width`, laid out whole (boxes never split). */
export function boxHeight(box: BoxItem, width: number): number {
  const inner = fillRegion(box.children, { item: 0, from: null }, { x: 0, top: 0, width: width - 2 * box.style.padding - leftRuleSpace(box), bottom: Infinity });
  return inner.y + 2 * box.style.padding;
}

const leftRuleSpace = (box: BoxItem) => (box.style.borderLeftOnly ? box.style.borderWidth + 2 : 0);

function placeBox(box: BoxItem, region: Region, top: number): { ops: DrawOp[]; height: number } {
  const { padding, background, borderColor, borderWidth, borderLeftOnly } = box.style;
  const indent = leftRuleSpace(box);
  const inner = fillRegion(box.children, { item: 0, from: null }, { x: region.x + padding + indent, top: top + padding, width: region.width - 2 * padding - indent, bottom: Infinity });
  const height = inner.y - top + padding;
  const frame: DrawOp[] = [];
  if (background || (borderColor && !borderLeftOnly)) {
    frame.push({ kind: 'rect', x: region.x, y: top, width: region.width, height, fill: background, stroke: borderLeftOnly ? null : borderColor, strokeWidth: borderWidth });
  }
  if (borderColor && borderLeftOnly) {
    const x = region.x + borderWidth / 2;
    frame.push({ kind: 'rule', x1: x, y1: top, x2: x, y2: top + height, width: borderWidth, color: borderColor });
  }
  return { ops: [...frame, ...inner.ops], height };
}

/** How many lines of a paragraph to set here, keeping widows and orphans out; 0 = move on. */
function linesToTake(total: number, fit: number, continuing: boolean, regionEmpty: boolean): number {
  if (total <= fit) return total;
  const take = total - fit >= MIN_LINES ? fit : total - MIN_LINES;
  if (take >= (continuing ? 1 : MIN_LINES)) return take;
  // An empty region that cannot honour the rule still takes what fits: text is never lost.
  return regionEmpty ? Math.max(1, fit) : 0;
}

/** Lines the item after a heading needs beside it (the heading keeps with them). */
function keepHeight(next: FlowItem | undefined, width: number): number {
  if (!next) return 0;
  if (next.kind === 'para') {
    const n = Math.min(MIN_LINES, next.lines(next.prepared.start, width).length);
    return next.style.spaceBefore + n * next.style.leading;
  }
  return next.kind === 'box' ? boxHeight(next, width) : 0;
}

export function fillRegion(items: FlowItem[], cursor: Cursor, region: Region): Filled {
  const ops: DrawOp[] = [];
  const diagnostics: Diagnostic[] = [];
  let y = region.top;
  let { item, from } = cursor;
  while (item < items.length) {
    const it = items[item]!;
    const empty = y === region.top;
    if (it.kind === 'para') {
      const lines = it.lines(from ?? it.prepared.start, region.width);
      if (lines.length === 0) {
        item++;
        from = null;
        continue;
      }
      const before = empty || from !== null ? 0 : it.style.spaceBefore;
      const fit = Math.max(0, Math.floor((region.bottom - y - before + EPS) / it.style.leading));
      let take = linesToTake(lines.length, fit, from !== null, empty);
      if (take === lines.length && it.keepWithNext && !empty) {
        const need = before + take * it.style.leading + it.style.spaceAfter + keepHeight(items[item + 1], region.width);
        if (y + need > region.bottom + EPS) take = 0;
      }
      if (take === 0) break;
      ops.push(...placeLines(it, lines.slice(0, take), region.x, y + before));
      y += before + take * it.style.leading;
      if (take < lines.length) {
        from = lines[take - 1]!.end;
        break;
      }
      y += it.style.spaceAfter;
      item++;
      from = null;
    } else if (it.kind === 'box') {
      const before = empty ? 0 : it.style.spaceBefore;
      // Placed once: a box that does not fit is dropped here and placed again in the next region.
      const placed = placeBox(it, region, y + before);
      const height = placed.height;
      if (y + before + height > region.bottom + EPS && !empty) break;
      if (y + before + height > region.bottom + EPS) {
        diagnostics.push({ severity: 'warning', code: 'layout.box-too-tall', message: `a box ${Math.round(height)} pt tall is taller than its ${Math.round(region.bottom - region.top)} pt region; it runs past the region's foot` });
      }
      ops.push(...placed.ops);
      y += before + height + it.style.spaceAfter;
      item++;
    } else if (it.kind === 'rule') {
      if (y + 4 > region.bottom && !empty) break;
      ops.push({ kind: 'rule', x1: region.x, y1: y + 2, x2: region.x + region.width, y2: y + 2, width: it.width, color: it.color });
      y += 4 + it.width;
      item++;
    } else {
      if (!empty) {
        if (y + it.height > region.bottom) break;
        y += it.height;
      }
      item++;
    }
  }
  return { ops, next: { item, from }, y, diagnostics };
}
