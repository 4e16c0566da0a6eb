/** Shared by the batch end-to-end tests: articles to print, the CLI as a child process, PDFs read back. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = path.join(ROOT, 'bin/briefpress.js');
const CORPUS = path.join(ROOT, 'tests/fixtures/corpus');

/** `count` articles made from the corpus, each with its own title so the cover can tell them apart. */
export async function writeArticles(folder: string, count: number): Promise<string[]> {
  const names = (await readdir(CORPUS)).filter((n) => n.endsWith('.txt')).sort();
  const texts = await Promise.all(names.map((n) => readFile(path.join(CORPUS, n), 'utf8')));
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const [title, ...rest] = texts[i % texts.length]!.split('\n');
    const file = path.join(folder, `${String(i).padStart(4, '0')}-${names[i % names.length]}`);
    await writeFile(file, [`${title} (${i})`, ...rest].join('\n'));
    files.push(file);
  }
  return files;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export const runCli = (args: string[], env?: NodeJS.ProcessEnv) => startCli(args, env).done;

/** Resolves once `predicate` holds, checking every 50 ms; fails after `ms` so a broken run cannot hang the suite. */
export async function waitFor(predicate: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function pdfFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((e) => e.endsWith('.pdf') && !e.startsWith('.briefpress')).sort();
}

/** 1-based first page of each bookmark, in outline order. */
export async function bookmarkPages(doc: Awaited<ReturnType<typeof openPdf>>): Promise<{ title: string; page: number }[]> {
  const outline = await doc.getOutline();
  return Promise.all(outline.map(async (item) => ({ title: item.title, page: (await doc.getPageIndex((item.dest as [{ num: number; gen: number }])[0])) + 1 })));
}

export async function openPdf(file: string) {
  return getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false }).promise;
}

export async function pageText(doc: Awaited<ReturnType<typeof openPdf>>, pageNumber: number): Promise<string> {
  const content = await (await doc.getPage(pageNumber)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ');
}
