import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { MarkupError, parseMarkup } from '../../src/compose/parseMarkup.js';
import { loadTemplateSet } from '../../src/compose/templateSet.js';

const theme = loadTemplateSet().theme;
const markupError = (xml: string) => thrown(() => parseMarkup(xml, theme), MarkupError);
const brief = (inner: string) => `<brief paper="A4" lang="fr" title="T">\n${inner}\n</brief>`;

describe('parseMarkup', () => {
  it('builds typed blocks with styles resolved from element and class', () => {
    const doc = parseMarkup(brief('<masthead><h1>Titre</h1><p class="dek">Chapeau</p></masthead><flow columns="2"><p class="body">Un <em>mot</em>.</p></flow>'), theme);
    expect(doc.masthead.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    const dek = doc.masthead[1]!;
    expect(dek.kind === 'paragraph' && dek.style.italic).toBe(true);
    const p = doc.flow.children[0]!;
    expect(p.kind).toBe('paragraph');
    if (p.kind !== 'paragraph') return;
    expect(p.style.align).toBe('justify');
    expect(p.inlines.map((i) => (i.kind === 'text' ? [i.text, i.style.italic] : i.kind))).toEqual([['Un ', false], ['mot', true], ['.', false]]);
  });

  it('keeps escaped article text as text: markup in an article never becomes markup', () => {
    const doc = parseMarkup(brief('<flow><p>a &lt;page-break/&gt; b &amp; l&#x27;État</p></flow>'), theme);
    const p = doc.flow.children[0]!;
    expect(p.kind === 'paragraph' && p.inlines).toEqual([{ kind: 'text', text: "a <page-break/> b & l'État", style: expect.anything() }]);
  });

  it('an inline class overrides its parent style, even back to the base value', () => {
    const doc = parseMarkup(brief('<flow><p class="figure-value"><span class="figure-qualifier">au moins</span> 6 mois</p></flow>'), theme);
    const p = doc.flow.children[0]!;
    if (p.kind !== 'paragraph') throw new Error('paragraph expected');
    const [qualifier, value] = p.inlines;
    expect(qualifier?.kind === 'text' && qualifier.style.bold).toBe(false);
    expect(value?.kind === 'text' && value.style.bold).toBe(true);
  });

  it('reads the aside, the columns and page-number placeholders', () => {
    const doc = parseMarkup(brief('<footer><p>page <page-number/> / <page-count/></p></footer><aside side="left" width="30%"><p>x</p></aside><flow columns="3"><p>y</p></flow>'), theme);
    expect(doc.aside).toMatchObject({ side: 'left', width: { share: 0.3 }, pages: 'first' });
    expect(doc.flow.columns).toBe(3);
    const f = doc.footer[0]!;
    expect(f.kind === 'paragraph' && f.inlines.map((i) => i.kind)).toEqual(['text', 'page-number', 'text', 'page-count']);
  });

  it('names the line and column of an unknown element', () => {
    const e = markupError(brief('<flow>\n  <p>ok</p>\n  <table/>\n</flow>'));
    expect(e.message).toContain('<table> is not a block element');
    expect(e.line).toBe(4);
  });

  it('reports malformed XML with its position', () => {
    const e = markupError(brief('<flow><p>unclosed</flow>'));
    expect(e.line).toBe(2);
    expect(e.message.length).toBeGreaterThan(0);
  });

  it('reads an aside that spans grid columns, and refuses one that leaves the flow none', () => {
    const doc = parseMarkup(brief('<aside span="1"><p>x</p></aside><flow columns="3"><p>y</p></flow>'), theme);
    expect(doc.aside?.width).toEqual({ span: 1 });
    expect(markupError(brief('<aside span="2"><p>x</p></aside><flow columns="2"><p>y</p></flow>')).message).toContain('leave it at least one');
    expect(markupError(brief('<aside span="1" width="30%"><p>x</p></aside><flow><p>y</p></flow>')).message).toContain('span or width, not both');
  });

  it('requires a flow and valid attributes', () => {
    expect(markupError(brief('<masthead/>')).message).toContain('needs a <flow>');
    expect(markupError(brief('<flow columns="9"><p>x</p></flow>')).message).toContain('columns is 1 to 4');
    expect(markupError('<brief paper="A3"><flow/></brief>').message).toContain('paper is A4 or Letter');
  });
});
