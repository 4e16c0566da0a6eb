/**
 * Parses the XML markup a template writes into the typed `DocTree`, resolving styles from the
 * theme. Markup problems (unknown element, misplaced element, bad attribute) are errors naming
 * the markup line and column; the caller maps them back to the template.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import type { Aside, DocBlock, DocTree, Inline, Paper, TextStyle, Theme } from './DocTree.js';
import { resolveTextStyle } from './theme.js';

export class MarkupError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
    this.name = 'MarkupError';
  }
}

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: (Node | string)[];
  line: number;
  column: number;
}

/** The markup as a plain element tree (text children kept as strings). */
function parseXml(xml: string): Node {
  const parser = new SaxesParser({ position: true });
  const root: Node = { name: '#root', attributes: {}, children: [], line: 1, column: 1 };
  const stack: Node[] = [root];
  parser.on('opentag', (tag: SaxesTag) => {
    const node: Node = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], line: parser.line, column: parser.column };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t: string) => void stack.at(-1)!.children.push(t));
  parser.on('error', (e: Error) => {
    throw new MarkupError(e.message.replace(/^\d+:\d+: /, ''), parser.line, parser.column);
  });
  parser.write(xml).close();
  const elements = root.children.filter((c): c is Node => typeof c !== 'string');
  if (elements.length !== 1 || elements[0]!.name !== 'brief') throw new MarkupError('the markup must have one root element <brief>', 1, 1);
  return elements[0]!;
}

const fail = (node: Node, message: string): never => {
  throw new MarkupError(message, node.line, node.column);
};

const elementsOf = (node: Node) => node.children.filter((c): c is Node => typeof c !== 'string');

/** White space as HTML treats it: runs collapse to one space (no-break spaces are kept). */
const collapse = (s: string) => s.replace(/[ \t\r\n]+/g, ' ');

function parseInlines(node: Node, style: TextStyle, theme: Theme): Inline[] {
  const out: Inline[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') {
      const text = collapse(child);
      if (text) out.push({ kind: 'text', text: style.uppercase ? text.toUpperCase() : text, style });
      continue;
    }
    switch (child.name) {
      case 'em':
      case 'strong':
      case 'span':
        out.push(...parseInlines(child, resolveTextStyle(theme, style, child.name, child.attributes.class ?? null), theme));
        break;
      case 'br':
        out.push({ kind: 'line-break' });
        break;
      case 'page-number':
        out.push({ kind: 'page-number' });
        break;
      case 'page-count':
        out.push({ kind: 'page-count' });
        break;
      default:
        fail(child, `<${child.name}> is not allowed inside <${node.name}>; inline elements are em, strong, span, br, page-number, page-count`);
    }
  }
  return trimInlines(out);
}

/** Drops the white space that template indentation leaves at both ends of a paragraph. */
function trimInlines(inlines: Inline[]): Inline[] {
  const first = inlines[0];
  if (first?.kind === 'text') inlines[0] = { ...first, text: first.text.replace(/^ +/, '') };
  const last = inlines.at(-1);
  if (last?.kind === 'text') inlines[inlines.length - 1] = { ...last, text: last.text.replace(/ +$/, '') };
  return inlines.filter((i) => i.kind !== 'text' || i.text !== '');
}

function number(node: Node, attr: string, fallback: number): number {
  const raw = node.attributes[attr];
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 0) fail(node, `attribute ${attr}="${raw}" must be a non-negative number`);
  return raw.endsWith('%') ? n / 100 : n;
}

function parseBlocks(node: Node, theme: Theme): DocBlock[] {
  return elementsOf(node).map((child): DocBlock => {
    const className = child.attributes.class ?? null;
    switch (child.name) {
      case 'p': {
        const style = resolveTextStyle(theme, theme.textBase, 'p', className);
        return { kind: 'paragraph', style, className: className ?? 'p', inlines: parseInlines(child, style, theme), line: child.line };
      }
      case 'h1':
      case 'h2':
      case 'h3': {
        const style = resolveTextStyle(theme, theme.textBase, child.name, className);
        const level = Number(child.name[1]) as 1 | 2 | 3;
        return { kind: 'heading', level, style, className: className ?? child.name, inlines: parseInlines(child, style, theme), line: child.line };
      }
      case 'box': {
        const style = { ...theme.box.base!, ...(className ? theme.box[className] : undefined) };
        return { kind: 'box', style, className: className ?? 'box', children: parseBlocks(child, theme), line: child.line };
      }
      case 'rule':
        return { kind: 'rule', color: child.attributes.color ?? '#999999', width: number(child, 'width', 0.5), line: child.line };
      case 'spacer':
        return { kind: 'spacer', height: number(child, 'height', 6), line: child.line };
      default:
        return fail(child, `<${child.name}> is not a block element; blocks are p, h1, h2, h3, box, rule, spacer`);
    }
  });
}

function parseAside(node: Node, theme: Theme): Aside {
  const side = node.attributes.side ?? 'right';
  const pages = node.attributes.pages ?? 'first';
  if (side !== 'left' && side !== 'right') fail(node, `<aside side="${side}">: side is left or right`);
  if (pages !== 'first' && pages !== 'all') fail(node, `<aside pages="${pages}">: pages is first or all`);
  if (node.attributes.span !== undefined && node.attributes.width !== undefined) fail(node, '<aside> takes span or width, not both');
  let width: Aside['width'];
  if (node.attributes.width !== undefined) {
    const share = number(node, 'width', 0);
    if (share <= 0 || share >= 0.8) fail(node, `<aside width="${node.attributes.width}">: give a share of the page between 0% and 80%`);
    width = { share };
  } else {
    const span = number(node, 'span', 1);
    if (!Number.isInteger(span) || span < 1) fail(node, `<aside span="${node.attributes.span}">: give a whole number of grid columns`);
    width = { span };
  }
  return { side: side as Aside['side'], pages: pages as Aside['pages'], width, children: parseBlocks(node, theme) };
}

export function parseMarkup(xml: string, theme: Theme): DocTree {
  const root = parseXml(xml);
  const paper = root.attributes.paper ?? 'A4';
  if (paper !== 'A4' && paper !== 'Letter') fail(root, `<brief paper="${paper}">: paper is A4 or Letter`);
  const sections = new Map<string, Node>();
  for (const child of elementsOf(root)) {
    if (!['header', 'footer', 'masthead', 'aside', 'flow'].includes(child.name)) {
      fail(child, `<${child.name}> cannot stand in <brief>; its children are header, footer, masthead, aside, flow`);
    }
    if (sections.has(child.name)) fail(child, `<brief> has a second <${child.name}>`);
    sections.set(child.name, child);
  }
  const flow = sections.get('flow') ?? fail(root, '<brief> needs a <flow> holding the article');
  const columns = number(flow, 'columns', 2);
  if (!Number.isInteger(columns) || columns < 1 || columns > 4) fail(flow, `<flow columns="${flow.attributes.columns}">: columns is 1 to 4`);
  const aside = sections.get('aside');
  const span = aside?.attributes.span;
  if (span !== undefined && Number(span) >= columns) fail(aside!, `<aside span="${span}">: the flow has ${columns} columns; leave it at least one`);
  const blocksOf = (name: string) => (sections.has(name) ? parseBlocks(sections.get(name)!, theme) : []);
  return {
    kind: 'brief',
    paper: paper as Paper,
    lang: root.attributes.lang ?? 'en',
    meta: {
      title: root.attributes.title ?? '',
      author: root.attributes.author || null,
      subject: root.attributes.subject || null,
      keywords: (root.attributes.keywords ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    },
    theme,
    header: blocksOf('header'),
    footer: blocksOf('footer'),
    masthead: blocksOf('masthead'),
    aside: aside ? parseAside(aside, theme) : null,
    flow: { columns, children: parseBlocks(flow, theme) },
  };
}
