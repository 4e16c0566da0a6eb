/** Command-line inputs — files, folders, globs and manifests — expanded to article entries. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { BriefError } from '../diagnostics.js';
import { ARTICLE_EXTENSIONS } from '../ingest/ingest.js';
import type { InputEntry } from './Plan.js';
import { isManifest, parseManifest } from './manifest.js';

// Folders contribute only the formats ingest reads (a folder must not turn its JSON or HTML
// side files into garbage briefs); globs and files take anything.

/**
 * Entries for every argument, in argument order, each argument's files sorted so a batch
 * (and its bundle) comes out in the same order on every machine. A file named twice is kept once.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<InputEntry[]> {
  const entries = (await Promise.all(args.map((arg) => expandInput(arg, cwd)))).flat();
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.input) && seen.add(entry.input));
}

async function expandInput(arg: string, cwd: string): Promise<InputEntry[]> {
  if (isDynamicPattern(arg)) return globEntries(arg, cwd);
  const absolute = path.resolve(cwd, arg);
  const info = await stat(absolute).catch(() => null);
  if (info === null) {
    throw new BriefError(`input not found: ${arg}`, undefined, 'check the path; quote globs (\'inbox/**/*.txt\') so the shell leaves them to briefpress');
  }
  if (info.isDirectory()) return folderEntries(absolute);
  if (isManifest(absolute)) return parseManifest(absolute, await readFile(absolute, 'utf8'));
  return [{ input: absolute, root: path.dirname(absolute), options: {} }];
}

async function globEntries(pattern: string, cwd: string): Promise<InputEntry[]> {
  const root = path.resolve(cwd, staticBase(pattern));
  const files = await glob(pattern, { cwd, absolute: true, onlyFiles: true });
  return files.sort().map((file) => ({ input: path.resolve(file), root, options: {} }));
}

async function folderEntries(folder: string): Promise<InputEntry[]> {
  const files = await glob(ARTICLE_EXTENSIONS.map((ext) => `**/*.${ext}`), {
    cwd: folder,
    absolute: true,
    onlyFiles: true,
    caseSensitiveMatch: false,
  });
  return files.sort().map((file) => ({ input: path.resolve(file), root: folder, options: {} }));
}

/** The folder part of a glob before its first wildcard segment: `inbox/a/**` -> `inbox/a`. */
export function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const firstDynamic = segments.findIndex((segment) => isDynamicPattern(segment));
  const base = segments.slice(0, firstDynamic === -1 ? segments.length - 1 : firstDynamic).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}
