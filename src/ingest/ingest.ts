/**
 * The ingest stage: an article file's bytes -> `Article`. A reader per format (plain text,
 * Markdown with front matter) finds the title and body blocks; then, whatever the format, the
 * dateline, captions, credits and trailers are set aside and the language is detected.
 */
import path from 'node:path';
import { positionAt, type Diagnostic } from '../diagnostics.js';
import type { Article, Block, SetAside, SetAsideKind } from './Article.js';
import { classifyPageParts, isHeading } from './classifyPageParts.js';
import { decodeText } from './decodeText.js';
import { detectLang } from './detectLang.js';
import { readMarkdown } from './formats/markdown.js';
import { readPlainText } from './formats/plainText.js';
import type { RawArticle } from './formats/RawArticle.js';
import { collapseSpaces, normalizeText } from './normalizeText.js';
import { parseDateline } from './parseDateline.js';
import type { RawBlock } from './splitBlocks.js';

export interface IngestOptions {
  /** Language override (ISO 639-1); detected when absent. */
  lang?: string;
  /** Title override. */
  title?: string;
}

/**
 * File extensions of the formats briefpress reads (batch looks for these in folders). A file
 * given by name is read whatever its extension: Markdown for .md/.markdown, else plain text.
 */
export const ARTICLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown'] as const;

const SET_ASIDE_ADVICE: Record<SetAsideKind, string> = {
  caption: 'photo caption set aside from the body (printed small after the article)',
  credit: 'credit line set aside from the body (printed small after the article)',
  trailer: 'trailer line set aside from the body (printed as the source line)',
  dateline: 'dateline set aside from the body (used as the date)',
};

function setAsideDiagnostic(file: string, source: string, part: SetAside): Diagnostic {
  const excerpt = part.text.length > 60 ? `${part.text.slice(0, 57)}…` : part.text;
  return {
    severity: 'warning',
    code: `set-aside.${part.kind}`,
    message: `${SET_ASIDE_ADVICE[part.kind]}: "${excerpt}"`,
    source: positionAt(source, part.start, file),
  };
}

/** Cuts a leading dateline off the first body block (or takes the whole block when it is one). */
function takeDateline(first: RawBlock | undefined): { dateline: SetAside | null; date: string | null; rest: RawBlock | null } {
  if (!first) return { dateline: null, date: null, rest: null };
  const d = parseDateline(first.raw);
  if (!d) return { dateline: null, date: null, rest: first };
  const dateline: SetAside = { kind: 'dateline', text: d.text, start: first.start, end: first.start + d.text.length, line: first.line };
  const restText = first.raw.slice(d.length);
  const rest = restText.trim() === ''
    ? null
    : { start: first.start + d.length, end: first.end, line: first.line, raw: restText.trim() };
  return { dateline, date: d.date, rest };
}

function readFormat(file: string, source: string): RawArticle {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? readMarkdown(file, source) : readPlainText(source);
}

export function ingestText(file: string, source: string, options: IngestOptions = {}): Article {
  const diagnostics: Diagnostic[] = [];
  const raw = readFormat(file, source);
  const { dateline, date, rest } = takeDateline(raw.body[0]);
  const body = rest ? [{ ...raw.body[0], ...rest }, ...raw.body.slice(1)] : raw.body.slice(1);
  const kinds = classifyPageParts(body);

  const setAside: SetAside[] = dateline ? [dateline] : [];
  const blocks: Block[] = [];
  body.forEach((b, i) => {
    const kind = kinds[i];
    if (kind && !b.heading) {
      setAside.push({ kind, text: collapseSpaces(b.raw), start: b.start, end: b.end, line: b.line });
      return;
    }
    const heading = b.heading ?? (isHeading(b.raw) && i > 0 && i < body.length - 1);
    blocks.push({ kind: heading ? 'heading' : 'paragraph', start: b.start, end: b.end, line: b.line, text: collapseSpaces(b.raw) });
  });
  for (const part of setAside) diagnostics.push(setAsideDiagnostic(file, source, part));

  if (blocks.length === 0) {
    diagnostics.push({
      severity: 'warning', code: 'ingest.no-body',
      message: 'the article has a title but no body paragraph',
      source: positionAt(source, raw.titleSpan.end, file),
      hint: 'separate paragraphs from the title with a blank line',
    });
  }

  const normalized = normalizeText(source);
  const bodyText = blocks.map((b) => normalized.slice(b.start, b.end)).join('\n');
  const lang = options.lang ?? raw.meta.lang ?? detectLang(`${raw.title}\n${bodyText}`);
  if (!lang) {
    diagnostics.push({
      severity: 'warning', code: 'ingest.lang-unknown',
      message: 'could not tell the language of the article; assuming English',
      source: { file, line: 1, column: 1 }, hint: 'pass --lang',
    });
  }
  const trailer = setAside.find((p) => p.kind === 'trailer');
  return {
    file,
    source,
    normalized,
    lang: lang ?? 'en',
    title: options.title ?? collapseSpaces(raw.title),
    titleSpan: raw.titleSpan,
    dek: raw.meta.dek ?? null,
    date: raw.meta.date ?? date,
    byline: raw.meta.byline ?? null,
    sourceLine: raw.meta.source ?? trailer?.text ?? null,
    blocks,
    setAside,
    diagnostics,
  };
}

export function ingest(file: string, bytes: Uint8Array, options: IngestOptions = {}): Article {
  return ingestText(file, decodeText(file, bytes), options);
}
