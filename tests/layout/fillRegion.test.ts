/** The flow's rules on items with known lines: widows, orphans, keep-with-next, whole boxes. */
import { describe, expect, it } from 'vitest';
import type { TextStyle } from '../../src/compose/DocTree.js';
import { fillRegion } from '../../src/layout/fillRegion.js';
import type { FlowItem, ParaItem } from '../../src/layout/FlowItem.js';
import type { SetLine } from '../../src/layout/paragraph/Paragraph.js';

const style: TextStyle = {
  family: 'serif', bold: false, italic: false, size: 10, leading: 10, color: '#000', align: 'justify',
  spaceBefore: 0, spaceAfter: 0, indent: 0, hyphenate: false, uppercase: false, tracking: 0,
};

/** A paragraph of `n` lines named `<name>1`…: its cursor is the line index. */
function para(name: string, n: number, extra: Partial<ParaItem> & { style?: Partial<TextStyle> } = {}): ParaItem {
  const line = (i: number): SetLine => ({
    pieces: [{ x: 0, text: `${name}${i + 1}`, face: 'serif:regular', size: 10, color: '#000' }],
    width: 100, charSpacing: 0, hScale: 1, hyphenated: false, end: i + 1, last: i === n - 1,
  });
  return {
    kind: 'para', role: 'P', keepWithNext: false, id: 0,
    prepared: { start: 0, spec: { runs: [], align: 'justify', indent: 0, hyphenate: false, lang: 'en', tracking: 0 } },
    lines: (from) => Array.from({ length: n - from }, (_, i) => line(from + i)),
    ...extra,
    style: { ...style, ...extra.style },
  };
}

/** Texts placed, in order. */
const texts = (ops: ReturnType<typeof fillRegion>['ops']) => ops.flatMap((o) => (o.kind === 'text' ? o.pieces.map((p) => p.text) : []));

const region = (lines: number) => ({ x: 0, top: 0, width: 100, bottom: lines * 10 });

describe('fillRegion', () => {
  it('places what fits and returns where to resume', () => {
    const items = [para('a', 3), para('b', 6)];
    const first = fillRegion(items, { item: 0, from: null }, region(7));
    expect(texts(first.ops)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'b4']);
    expect(first.next).toEqual({ item: 1, from: 4 });
    const second = fillRegion(items, first.next, region(7));
    expect(texts(second.ops)).toEqual(['b5', 'b6']);
    expect(second.next.item).toBe(2);
  });

  it('never leaves a single first line at the foot (orphan): the paragraph moves on', () => {
    const out = fillRegion([para('a', 4), para('b', 5)], { item: 0, from: null }, region(5));
    expect(texts(out.ops)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(out.next).toEqual({ item: 1, from: null });
  });

  it('never carries a single last line to the next region (widow)', () => {
    const out = fillRegion([para('a', 5)], { item: 0, from: null }, region(4));
    expect(texts(out.ops)).toEqual(['a1', 'a2', 'a3']);
    expect(out.next).toEqual({ item: 0, from: 3 });
  });

  it('moves a three-line paragraph whole when only two lines fit', () => {
    const out = fillRegion([para('a', 2), para('b', 3)], { item: 0, from: null }, region(4));
    expect(texts(out.ops)).toEqual(['a1', 'a2']);
    expect(out.next).toEqual({ item: 1, from: null });
  });

  it('keeps a heading with the first two lines after it', () => {
    const items = [para('a', 3), para('h', 1, { keepWithNext: true }), para('b', 4)];
    const out = fillRegion(items, { item: 0, from: null }, region(5));
    expect(texts(out.ops)).toEqual(['a1', 'a2', 'a3']);
    expect(out.next).toEqual({ item: 1, from: null });
  });

  it('still fills an empty region that cannot honour the rules, so no text is lost', () => {
    const out = fillRegion([para('a', 5)], { item: 0, from: null }, region(1));
    expect(texts(out.ops)).toEqual(['a1']);
    expect(out.next).toEqual({ item: 0, from: 1 });
  });

  it('moves a box whole to the next region', () => {
    const items: FlowItem[] = [para('a', 2), { kind: 'box', style: { padding: 0, background: null, borderColor: null, borderWidth: 0, borderLeftOnly: false, spaceBefore: 0, spaceAfter: 0 }, children: [para('q', 3)] }];
    const out = fillRegion(items, { item: 0, from: null }, region(4));
    expect(texts(out.ops)).toEqual(['a1', 'a2']);
    expect(out.next).toEqual({ item: 1, from: null });
  });

  it('drops paragraph spacing at the top of a region', () => {
    const out = fillRegion([para('a', 2, { style: { spaceBefore: 30 } })], { item: 0, from: null }, region(3));
    const first = out.ops[0]!;
    expect(first.kind === 'text' && first.y).toBeLessThan(10);
  });
});

describe('fillRegion with empty paragraphs', () => {
  it('passes over a paragraph that has no line', () => {
    const out = fillRegion([para('a', 0), para('b', 2)], { item: 0, from: null }, region(5));
    expect(texts(out.ops)).toEqual(['b1', 'b2']);
    expect(out.next.item).toBe(2);
  });
});
