/**
 * Markdown articles: optional YAML front matter (title, dek, date, byline, source, lang), the
 * title from the front matter or the first heading, paragraphs, subheadings, list items and
 * block quotes as body blocks. Inline markup (emphasis, links) is reduced to its words.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { BriefError } from '../../diagnostics.js';
import type { ArticleMeta, RawArticle } from './RawArticle.js';

type MdNode = { type: string; value?: string; children?: MdNode[]; position?: { start: { offset?: number; line: number }; end: { offset?: number } } };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const META_KEYS: Record<string, keyof ArticleMeta> = {
  title: 'title', headline: 'title', dek: 'dek', subtitle: 'dek', description: 'dek', standfirst: 'dek',
  date: 'date', published: 'date', byline: 'byline', author: 'byline', source: 'source', lang: 'lang', language: 'lang',
};

function readFrontMatter(file: string, yaml: string): ArticleMeta {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (e) {
    const line = e instanceof YAMLParseError ? (e.linePos?.[0].line ?? 0) + 1 : 1;
    throw new BriefError(`${file}:${line}: invalid front matter: ${(e as Error).message.split('\n')[0]}`, { file, line, column: 1 }, 'the front matter between the --- lines must be YAML');
  }
  const meta: ArticleMeta = {};
  if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const field = META_KEYS[key.toLowerCase()];
      // YAML reads an unquoted date as a Date: keep its day.
      if (field && value instanceof Date) meta[field] = value.toISOString().slice(0, 10);
      else if (field && (typeof value === 'string' || typeof value === 'number')) meta[field] = String(value).trim();
    }
  }
  return meta;
}

/** The words of an inline tree, markup removed. */
function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(plainText).join('');
}

/** Blocks that hold text, in reading order (list items and block quotes are opened). */
function textBlocks(node: MdNode): MdNode[] {
  if (node.type === 'paragraph' || node.type === 'heading') return [node];
  if (['list', 'listItem', 'blockquote', 'root'].includes(node.type)) return (node.children ?? []).flatMap(textBlocks);
  return [];
}

export function readMarkdown(file: string, source: string): RawArticle {
  const fm = FRONT_MATTER.exec(source);
  const meta = fm ? readFrontMatter(file, fm[1]!) : {};
  const bodyStart = fm ? fm[0].length : 0;
  const blocks = textBlocks(fromMarkdown(source.slice(bodyStart)) as MdNode).map((n) => {
    const start = bodyStart + (n.position?.start.offset ?? 0);
    const end = bodyStart + (n.position?.end.offset ?? 0);
    const line = (n.position?.start.line ?? 1) + (fm ? source.slice(0, bodyStart).split('\n').length - 1 : 0);
    return { start, end, line, raw: plainText(n).trim(), heading: n.type === 'heading' };
  }).filter((b) => b.raw !== '');
  // Without a front-matter title, the first heading is the title.
  const titleIndex = meta.title ? -1 : blocks.findIndex((b) => b.heading);
  const titleBlock = titleIndex >= 0 ? blocks[titleIndex]! : null;
  const body = blocks.filter((_, i) => i !== titleIndex);
  if (!meta.title && !titleBlock) {
    throw new BriefError(`${file}: the Markdown article has no title`, { file, line: 1, column: 1 }, 'add a "# Title" line or "title:" in the front matter');
  }
  const titleSpan = titleBlock ? { start: titleBlock.start, end: titleBlock.end } : { start: 0, end: 0 };
  return { title: meta.title ?? titleBlock!.raw, titleSpan, body, meta };
}
