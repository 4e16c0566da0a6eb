/** The ingest stage: bytes of a plain-text article -> `Article`, page parts set aside. */
import { positionAt, type Diagnostic } from '../diagnostics.js';
import type { Article, Block, SetAside, SetAsideKind } from './Article.js';
import { classifyPageParts, isHeading } from './classifyPageParts.js';
import { decodeText } from './decodeText.js';
import { detectLang } from './detectLang.js';
import { collapseSpaces, normalizeText } from './normalizeText.js';
import { parseDateline } from './parseDateline.js';
import { splitBlocks, type RawBlock } from './splitBlocks.js';

export interface IngestOptions {
  /** Language override (ISO 639-1); detected when absent. */
  lang?: string;
  /** Title override. */
  title?: string;
}

const SET_ASIDE_ADVICE: Record<SetAsideKind, string> = {
  caption: 'photo caption set aside from the body',
  credit: 'credit line set aside from the body (printed as a small caption line)',
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

function toBlock(raw: RawBlock, kind: Block['kind']): Block {
  return { kind, start: raw.start, end: raw.end, line: raw.line, text: collapseSpaces(raw.raw) };
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

export function ingestText(file: string, source: string, options: IngestOptions = {}): Article {
  const diagnostics: Diagnostic[] = [];
  const [titleBlock, ...bodyRaw] = splitBlocks(source);
  // The title is the first line; further lines of the first block are body text.
  const titleLine = titleBlock!.raw.split(/\r?\n/u)[0]!;
  const afterTitle = titleBlock!.raw.slice(titleLine.length).trim();
  if (afterTitle) {
    const start = source.indexOf(afterTitle, titleBlock!.start + titleLine.length);
    bodyRaw.unshift({ start, end: start + afterTitle.length, line: titleBlock!.line + 1, raw: afterTitle });
  }
  const { dateline, date, rest } = takeDateline(bodyRaw[0]);
  const body = rest ? [rest, ...bodyRaw.slice(1)] : bodyRaw.slice(1);
  const kinds = classifyPageParts(body);

  const setAside: SetAside[] = dateline ? [dateline] : [];
  const blocks: Block[] = [];
  body.forEach((raw, i) => {
    const kind = kinds[i];
    if (kind) setAside.push({ kind, text: collapseSpaces(raw.raw), start: raw.start, end: raw.end, line: raw.line });
    else blocks.push(toBlock(raw, isHeading(raw.raw) && i > 0 && i < body.length - 1 ? 'heading' : 'paragraph'));
  });
  for (const part of setAside) diagnostics.push(setAsideDiagnostic(file, source, part));

  if (blocks.length === 0) {
    diagnostics.push({
      severity: 'warning', code: 'ingest.no-body',
      message: 'the article has a title but no body paragraph',
      source: positionAt(source, titleBlock!.end, file),
      hint: 'separate paragraphs from the title with a blank line',
    });
  }

  const normalized = normalizeText(source);
  const bodyText = blocks.map((b) => normalized.slice(b.start, b.end)).join('\n');
  const detected = detectLang(`${titleLine}\n${bodyText}`);
  if (!options.lang && !detected) {
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
    lang: options.lang ?? detected ?? 'en',
    title: options.title ?? collapseSpaces(titleLine),
    titleSpan: { start: titleBlock!.start, end: titleBlock!.start + titleLine.trimEnd().length },
    dek: null,
    date,
    byline: null,
    sourceLine: trailer?.text ?? null,
    blocks,
    setAside,
    diagnostics,
  };
}

export function ingest(file: string, bytes: Uint8Array, options: IngestOptions = {}): Article {
  return ingestText(file, decodeText(file, bytes), options);
}
