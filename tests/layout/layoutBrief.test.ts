/** Page layout of whole briefs built from markup: regions, flow across pages, balance, footers. */
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/compose/parseMarkup.js';
import { loadTemplateSet } from '../../src/compose/templateSet.js';
import { layoutBrief } from '../../src/layout/layoutBrief.js';
import type { Page, TextLine } from '../../src/layout/Page.js';

const theme = loadTemplateSet().theme;
const words = 'le conseil municipal a adopté hier soir une réforme attendue depuis des années par les habitants du quartier'.split(' ');
const paragraph = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ') + '.';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function brief({ paragraphs, aside = '', columns = 2 }: { paragraphs: string[]; aside?: string; columns?: number }) {
  const xml = `<brief paper="A4" lang="fr" title="T">
    <footer><p class="footer">Source</p><p class="footer-right">page <page-number/> / <page-count/></p></footer>
    <masthead><h1>Un titre</h1><rule/></masthead>
    ${aside ? `<aside side="right" width="32%" pages="first">${aside}</aside>` : ''}
    <flow columns="${columns}">${paragraphs.map((p) => `<p class="body">${esc(p)}</p>`).join('')}</flow>
  </brief>`;
  return layoutBrief(parseMarkup(xml, theme));
}

const textOps = (page: Page) => page.ops.filter((o): o is TextLine => o.kind === 'text');
const bodyLines = (page: Page) => textOps(page).filter((o) => o.role === 'P');
const pageText = (pages: Page[], role: TextLine['role']) =>
  pages.flatMap((p) => textOps(p).filter((o) => o.role === role).flatMap((o) => o.pieces.map((x) => x.text))).join(' ');

describe('layoutBrief', () => {
  it('flows a long article over pages without losing or reordering a word', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => paragraph(60 + (i % 5) * 10, i));
    const { laidOut } = brief({ paragraphs });
    expect(laidOut.pages.length).toBeGreaterThan(2);
    const printed = pageText(laidOut.pages, 'P').replace(/-\s/g, '').split(/[\s\u00a0\u202f]+/).filter(Boolean);
    expect(printed.join(' ')).toBe(paragraphs.join(' ').split(/\s+/).join(' '));
  });

  it('keeps every line inside its page margins and columns', () => {
    const { laidOut } = brief({ paragraphs: Array.from({ length: 12 }, (_, i) => paragraph(80, i)) });
    const m = theme.page.margin;
    for (const page of laidOut.pages) {
      for (const op of bodyLines(page)) {
        expect(op.y).toBeGreaterThan(m);
        expect(op.y).toBeLessThan(page.height - m);
        expect(op.pieces[0]!.x).toBeGreaterThanOrEqual(m - 0.01);
      }
    }
  });

  it('prints page X / Y on every page, Y counted after layout', () => {
    const { laidOut } = brief({ paragraphs: Array.from({ length: 30 }, (_, i) => paragraph(90, i)) });
    const n = laidOut.pages.length;
    laidOut.pages.forEach((page, i) => {
      const footer = textOps(page).filter((o) => o.role === 'Artifact').flatMap((o) => o.pieces.map((p) => p.text)).join(' ');
      expect(footer).toContain(`${i + 1} / ${n}`);
    });
  });

  it('keeps the flow out of the aside on page 1 and gives page 2 the full width', () => {
    const { laidOut } = brief({ paragraphs: Array.from({ length: 14 }, (_, i) => paragraph(80, i)), aside: '<p>Encadré</p>' });
    const asideOps = textOps(laidOut.pages[0]!).filter((o) => o.role === 'Aside');
    const asideLeft = Math.min(...asideOps.map((o) => o.pieces[0]!.x));
    const flowRight = Math.max(...bodyLines(laidOut.pages[0]!).map((o) => o.pieces.at(-1)!.x));
    expect(flowRight).toBeLessThan(asideLeft);
    const page2Right = Math.max(...bodyLines(laidOut.pages[1]!).map((o) => o.pieces.at(-1)!.x));
    expect(page2Right).toBeGreaterThan(asideLeft);
  });

  it('balances the columns of the last page', () => {
    const { laidOut } = brief({ paragraphs: Array.from({ length: 3 }, (_, i) => paragraph(70, i)) });
    const last = laidOut.pages.at(-1)!;
    const lines = bodyLines(last);
    const split = (Math.min(...lines.map((l) => l.pieces[0]!.x)) + Math.max(...lines.map((l) => l.pieces[0]!.x))) / 2;
    const count = (left: boolean) => new Set(lines.filter((l) => (l.pieces[0]!.x < split) === left).map((l) => l.y)).size;
    expect(count(true)).toBeGreaterThan(0);
    expect(Math.abs(count(true) - count(false))).toBeLessThanOrEqual(2);
  });

  it('continues an aside that does not fit page 1 on the next page and says so', () => {
    const boxes = Array.from({ length: 40 }, (_, i) => `<box class="quote"><p class="quote-text">${paragraph(25, i)}</p></box>`).join('');
    const { laidOut, diagnostics } = brief({ paragraphs: [paragraph(50, 1)], aside: boxes });
    expect(laidOut.pages.length).toBeGreaterThan(1);
    expect(diagnostics.map((d) => d.code)).toContain('layout.aside-continued');
    expect(textOps(laidOut.pages[1]!).some((o) => o.role === 'Aside')).toBe(true);
  });
});

describe('layoutBrief on a grid', () => {
  it('puts the columns beside a one-column aside where the same columns stand on full pages', () => {
    const xml = `<brief paper="A4" lang="fr" title="T"><aside span="1"><p>Encadré</p></aside>
      <flow columns="3">${Array.from({ length: 16 }, (_, i) => `<p class="body">${esc(paragraph(80, i))}</p>`).join('')}</flow></brief>`;
    const { laidOut } = layoutBrief(parseMarkup(xml, theme));
    const lefts = (page: Page) => [...new Set(bodyLines(page).map((o) => Math.round(o.pieces[0]!.x)))].sort((a, b) => a - b);
    const first = lefts(laidOut.pages[0]!);
    const second = lefts(laidOut.pages[1]!);
    expect(second.length).toBeGreaterThan(first.length);
    // Column starts of page 1 (indents aside) are among page 2's.
    for (const x of first) expect(second.some((y) => Math.abs(x - y) < 10)).toBe(true);
  });
});

describe('first-line indents', () => {
  it('sets the first paragraph and the one after a heading flush, indents the others', () => {
    const xml = `<brief paper="A4" lang="fr" title="T"><flow columns="1">
      <p class="body">${esc(paragraph(40, 1))}</p><p class="body">${esc(paragraph(40, 2))}</p>
      <h2>Intertitre</h2><p class="body">${esc(paragraph(40, 3))}</p></flow></brief>`;
    const { laidOut } = layoutBrief(parseMarkup(xml, theme));
    const lines = bodyLines(laidOut.pages[0]!);
    const firstOf = (block: number) => lines.find((l) => l.block === block)!.pieces[0]!.x;
    const blocks = [...new Set(lines.map((l) => l.block!))];
    const left = theme.page.margin;
    expect(blocks).toHaveLength(3);
    expect(firstOf(blocks[0]!)).toBeCloseTo(left, 1);
    expect(firstOf(blocks[1]!)).toBeCloseTo(left + theme.text.body!.indent!, 1);
    expect(firstOf(blocks[2]!)).toBeCloseTo(left, 1);
  });
});

describe('characters the fonts cannot draw', () => {
  it('are reported once per face with their code points', () => {
    const xml = `<brief paper="A4" lang="fr" title="T"><flow columns="2"><p class="body">Le dragon 龍 et le chat 😺 ; le grec αβγ passe.</p></flow></brief>`;
    const { diagnostics } = layoutBrief(parseMarkup(xml, theme));
    const missing = diagnostics.filter((d) => d.code === 'font.missing-glyphs');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('U+9F8D');
    expect(missing[0]!.message).toContain('U+1F63A');
    expect(missing[0]!.message).not.toContain('U+03B1');
  });

  it('stay silent when every character is covered', () => {
    const { diagnostics } = brief({ paragraphs: [paragraph(40, 1)] });
    expect(diagnostics.filter((d) => d.code === 'font.missing-glyphs')).toEqual([]);
  });
});
