/**
 * Manifests: a CSV (with a header line) or JSON-lines file listing articles with per-article
 * options. Paths inside are relative to the manifest's folder.
 */
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { BriefError, type SourcePosition } from '../diagnostics.js';
import type { ArticleOptions, InputEntry } from './Plan.js';
import { requestedName, staysInside } from './outputNames.js';

const FIELDS = ['path', 'output', 'lang', 'template', 'title', 'paper'] as const;

export function isManifest(file: string): boolean {
  return /\.(csv|jsonl|ndjson)$/i.test(file);
}

/** Entries of a manifest's text; `file` is its absolute path, for relative paths and errors. */
export function parseManifest(file: string, text: string): InputEntry[] {
  const rows = /\.csv$/i.test(file) ? csvRows(file, text) : jsonLinesRows(file, text);
  return rows.map(({ record, line }) => manifestEntry(file, record, { file, line, column: 1 }));
}

interface Row {
  record: Record<string, unknown>;
  line: number;
}

function csvRows(file: string, text: string): Row[] {
  try {
    const parsed = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    }) as { record: Record<string, unknown>; info: { lines: number } }[];
    return parsed.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new BriefError(
      `${file}:${line}: the manifest is not valid CSV: ${(error as Error).message}`,
      { file, line, column: 1 },
      'the first line names the columns (path, output, lang, template, title, paper); quote values that contain commas',
    );
  }
}

function jsonLinesRows(file: string, text: string): Row[] {
  return text.split(/\r?\n/).flatMap((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return [];
    let record: unknown;
    try {
      record = JSON.parse(content);
    } catch (error) {
      throw new BriefError(
        `${file}:${line}: not a JSON object: ${(error as Error).message}`,
        { file, line, column: 1 },
        'write one JSON object per line, e.g. {"path": "a.txt", "lang": "fr"}',
      );
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new BriefError(`${file}:${line}: expected a JSON object`, { file, line, column: 1 }, 'write one JSON object per line, e.g. {"path": "a.txt"}');
    }
    return [{ record: record as Record<string, unknown>, line }];
  });
}

function manifestEntry(file: string, record: Record<string, unknown>, origin: SourcePosition): InputEntry {
  const fail = (what: string, hint: string): never => {
    throw new BriefError(`${file}:${origin.line}: ${what}`, origin, hint);
  };
  const unknown = Object.keys(record).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) fail(`unknown field ${unknown.map((k) => JSON.stringify(k)).join(', ')}`, `the fields are ${FIELDS.join(', ')}`);
  const text = (key: (typeof FIELDS)[number]): string | undefined => {
    const value = record[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') return fail(`"${key}" must be a string`, `write "${key}": "…"`);
    return value;
  };
  const where = path.dirname(file);
  const input = text('path') ?? fail('"path" is missing', 'every line needs the path of an article, relative to the manifest');
  const output = text('output');
  if (output !== undefined && !staysInside(output)) {
    fail(`output ${JSON.stringify(output)} would be written outside the output folder`, 'give a relative name without "..", e.g. "desk/a.pdf"');
  }
  const paper = text('paper');
  if (paper !== undefined && paper !== 'A4' && paper !== 'Letter') fail(`paper ${JSON.stringify(paper)} is not A4 or Letter`, 'write A4 or Letter');
  const template = text('template');
  const options: ArticleOptions = {
    ...(text('lang') !== undefined && { lang: text('lang') }),
    ...(template !== undefined && { template: path.resolve(where, template) }),
    ...(text('title') !== undefined && { title: text('title') }),
    ...(paper !== undefined && { paper: paper as 'A4' | 'Letter' }),
  };
  const absolute = path.resolve(where, input);
  return {
    input: absolute,
    root: path.dirname(absolute),
    options,
    ...(output !== undefined && { output: requestedName(output) }),
    origin,
  };
}
