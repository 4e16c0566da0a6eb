/**
 * `--resume`: an article is up to date when its PDF exists, has the size recorded, and was made
 * from the same input bytes, template files and options (compared by hash). The state is a
 * journal of JSON lines, one appended per finished article: rewriting one whole state file
 * after each of 4,000 articles would cost O(n²) writes, while a single small append survives a
 * SIGKILL whole (the kernel completes a write() the process started) and a line cut by a power
 * loss is ignored on reading. The journal is compacted (rewritten atomically) at the end of a run.
 */
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ArticleRecord } from './report.js';

/** What a PDF depends on besides the article: fed to the hash in a fixed order. */
export interface KeyParts {
  input: Uint8Array;
  templateFingerprint: string;
  /** Options that change the output, including the creation date when the user fixed it. */
  options: Record<string, unknown>;
  version: string;
}

export function articleKey(parts: KeyParts): string {
  const hash = createHash('sha256');
  hash.update(parts.version).update('\0');
  hash.update(parts.templateFingerprint).update('\0');
  hash.update(stableJson(parts.options)).update('\0');
  hash.update(parts.input);
  return hash.digest('hex');
}

/** JSON with sorted keys and no undefined values, so equal options hash equally. */
export function stableJson(value: Record<string, unknown>): string {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, value[k]])));
}

/** Hash of every file (name and bytes) under a template folder; a missing folder hashes as such. */
export async function folderFingerprint(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const files = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => null);
  if (files === null) return hash.update(`missing:${folder}`).digest('hex');
  const names = files
    .filter((f) => f.isFile())
    .map((f) => path.relative(folder, path.join(f.parentPath, f.name)).split(path.sep).join('/'))
    .sort();
  for (const name of names) {
    hash.update(name).update('\0').update(await readFile(path.join(folder, name))).update('\0');
  }
  return hash.digest('hex');
}

export interface JournalEntry {
  /** PDF path relative to `--out`. */
  output: string;
  key: string;
  /** PDF size in bytes when written: a truncated or replaced file does not count as done. */
  bytes: number;
  record: ArticleRecord;
}

/** Latest entry per output; unreadable lines (cut by a crash) are skipped. */
export function parseJournal(text: string): Map<string, JournalEntry> {
  const entries = new Map<string, JournalEntry>();
  for (const line of text.split('\n')) {
    const entry = parseEntry(line);
    if (entry) entries.set(entry.output, entry);
  }
  return entries;
}

function parseEntry(line: string): JournalEntry | null {
  if (line.trim() === '') return null;
  try {
    const entry = JSON.parse(line) as JournalEntry;
    return typeof entry.output === 'string' && typeof entry.key === 'string' && typeof entry.bytes === 'number' ? entry : null;
  } catch {
    return null;
  }
}

export async function readJournal(file: string): Promise<Map<string, JournalEntry>> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return parseJournal(text);
}

/** One write() of one line. Synchronous on purpose: the line is small and must not interleave. */
export function appendJournal(file: string, entry: JournalEntry): void {
  appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

export async function compactJournal(file: string, entries: Iterable<JournalEntry>): Promise<void> {
  const lines = [...entries].map((entry) => `${JSON.stringify(entry)}\n`).join('');
  await writeFileAtomic(file, lines);
}

/**
 * The journal entry proving the article's PDF is up to date, or null when it must be redone.
 * `extraFiles` are files that must also exist (the bundle's layout cache).
 */
export async function upToDate(
  entry: JournalEntry | undefined,
  key: string,
  pdfFile: string,
  extraFiles: readonly string[],
): Promise<JournalEntry | null> {
  if (!entry || entry.key !== key || entry.record.status === 'failed') return null;
  const pdf = await stat(pdfFile).catch(() => null);
  if (!pdf || pdf.size !== entry.bytes) return null;
  const extras = await Promise.all(extraFiles.map((f) => stat(f).catch(() => null)));
  return extras.every(Boolean) ? entry : null;
}
