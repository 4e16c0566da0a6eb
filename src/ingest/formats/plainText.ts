/** Plain text as the corpus comes: the title on line 1, blank lines between paragraphs. */
import { splitBlocks } from '../splitBlocks.js';
import type { RawArticle } from './RawArticle.js';

export function readPlainText(source: string): RawArticle {
  const [titleBlock, ...body] = splitBlocks(source);
  // The title is the first line; further lines of the first block are body text.
  const titleLine = titleBlock!.raw.split(/\r?\n/u)[0]!.trimEnd();
  const afterTitle = titleBlock!.raw.slice(titleLine.length).trim();
  if (afterTitle) {
    const start = source.indexOf(afterTitle, titleBlock!.start + titleLine.length);
    body.unshift({ start, end: start + afterTitle.length, line: titleBlock!.line + 1, raw: afterTitle });
  }
  return { title: titleLine, titleSpan: { start: titleBlock!.start, end: titleBlock!.start + titleLine.length }, body, meta: {} };
}
