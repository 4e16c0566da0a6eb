/**
 * The bundle's page plan and cover: pure functions from the briefs' titles and page counts to
 * where each brief starts and to the cover's display list (drawn by the same renderer as briefs).
 */
import type { FaceId, LaidOut, Page, TextLine } from '../layout/Page.js';
import { measureText } from '../layout/fonts.js';

export interface BundleNumbering {
  /** 1-based page of the bundle where each brief starts. */
  starts: number[];
  /** Blank pages inserted before each brief, so it starts on a right-hand (odd) page. */
  blanksBefore: number[];
  total: number;
}

/** Where each brief starts after `coverPages`; with `duplex`, every brief starts on an odd page. */
export function numberBundle(coverPages: number, briefPages: readonly number[], duplex: boolean): BundleNumbering {
  const starts: number[] = [];
  const blanksBefore: number[] = [];
  let next = coverPages + 1;
  for (const pages of briefPages) {
    const blanks = duplex && next % 2 === 0 ? 1 : 0;
    blanksBefore.push(blanks);
    starts.push(next + blanks);
    next += blanks + pages;
  }
  return { starts, blanksBefore, total: next - 1 };
}

const MARGIN = 56;
const HEADING_SIZE = 20;
const SUBHEADING_SIZE = 10;
const ENTRY_SIZE = 11;
const LEADING = 17;
/** Space the heading block takes on the first cover page. */
const HEADER_HEIGHT = 84;

export interface CoverGeometry {
  width: number;
  height: number;
}

function entriesPerPage(geometry: CoverGeometry, first: boolean): number {
  const usable = geometry.height - 2 * MARGIN - (first ? HEADER_HEIGHT : 0);
  return Math.max(1, Math.floor(usable / LEADING));
}

export function coverPageCount(briefs: number, geometry: CoverGeometry): number {
  const first = entriesPerPage(geometry, true);
  return briefs <= first ? 1 : 1 + Math.ceil((briefs - first) / entriesPerPage(geometry, false));
}

export interface CoverEntry {
  title: string;
  page: number;
}

export interface CoverText {
  heading: string;
  subheading: string;
}

/** The family used for the cover: the theme's sans if it has one, else its first family. */
export function coverFamily(fonts: LaidOut['fonts']): string {
  const families = Object.keys(fonts);
  if (families.length === 0) throw new Error('the briefs were laid out without fonts');
  return families.includes('sans') ? 'sans' : families[0]!;
}

/** A clickable area of a cover page (top-left coordinates) leading to a brief. */
export interface CoverLink {
  /** 0-based cover page. */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index of the brief in the bundle. */
  brief: number;
}

/**
 * Cover pages: heading, then one line per brief, its title on the left, its page on the right;
 * and where each line is, so the renderer can make it a link to the brief.
 */
export function coverPages(entries: readonly CoverEntry[], text: CoverText, geometry: CoverGeometry, fonts: LaidOut['fonts']): { pages: Page[]; links: CoverLink[] } {
  const family = coverFamily(fonts);
  const regular = fonts[family]!.regular;
  const face = (style: 'regular' | 'bold'): FaceId => `${family}:${style}`;
  const right = geometry.width - MARGIN;
  const line = (y: number, size: number, style: 'regular' | 'bold', pieces: TextLine['pieces'], role: TextLine['role']): TextLine => ({
    kind: 'text', face: face(style), size, color: '#000000', y, pieces, charSpacing: 0, hScale: 1, role,
  });
  const pages: Page[] = [];
  const links: CoverLink[] = [];
  let index = 0;
  for (let p = 0; index < entries.length || p === 0; p += 1) {
    const ops: Page['ops'] = [];
    let y = MARGIN + ENTRY_SIZE;
    if (p === 0) {
      ops.push(line(MARGIN + HEADING_SIZE, HEADING_SIZE, 'bold', [{ x: MARGIN, text: text.heading }], 'H1'));
      ops.push(line(MARGIN + HEADING_SIZE + 22, SUBHEADING_SIZE, 'regular', [{ x: MARGIN, text: text.subheading }], 'P'));
      const ruleY = MARGIN + HEADING_SIZE + 36;
      ops.push({ kind: 'rule', x1: MARGIN, y1: ruleY, x2: right, y2: ruleY, width: 0.75, color: '#000000' });
      y = MARGIN + HEADER_HEIGHT + ENTRY_SIZE;
    }
    const capacity = entriesPerPage(geometry, p === 0);
    for (const [offset, entry] of entries.slice(index, index + capacity).entries()) {
      const number = String(entry.page);
      const numberWidth = measureText(regular, ENTRY_SIZE, number);
      const room = right - MARGIN - numberWidth - 18;
      ops.push(
        line(y, ENTRY_SIZE, 'regular', [
          { x: MARGIN, text: fitText(regular, ENTRY_SIZE, entry.title, room) },
          { x: right - numberWidth, text: number },
        ], 'P'),
      );
      links.push({ page: p, x: MARGIN, y: y - ENTRY_SIZE, width: right - MARGIN, height: LEADING, brief: index + offset });
      y += LEADING;
    }
    index += capacity;
    pages.push({ width: geometry.width, height: geometry.height, ops });
  }
  return { pages, links };
}

/** `text`, cut at a word and ended with an ellipsis when it is wider than `width`. */
export function fitText(fontFile: string, size: number, text: string, width: number): string {
  if (measureText(fontFile, size, text) <= width) return text;
  const words = text.split(/\s+/);
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join(' ')}…`;
    if (measureText(fontFile, size, candidate) <= width) return candidate;
  }
  let chars = [...text];
  while (chars.length > 1 && measureText(fontFile, size, `${chars.join('')}…`) > width) chars = chars.slice(0, -1);
  return `${chars.join('')}…`;
}
