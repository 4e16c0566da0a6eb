/**
 * One brief through the pipeline, stage by stage: ingest -> analyse -> compose -> layout ->
 * render. Kept apart from `index.ts` so that batch workers load the pipeline without the batch.
 */
import { readFile } from 'node:fs';
import { promisify } from 'node:util';
import { analyse } from './analyse/analyse.js';
import type { Analysis } from './analyse/Analysis.js';
import { compose } from './compose/compose.js';
import { resolveDate } from './creationDate.js';
import type { Paper } from './compose/DocTree.js';
import { BriefError, type Diagnostic } from './diagnostics.js';
import type { Article } from './ingest/Article.js';
import { ingest } from './ingest/ingest.js';
import { layoutBrief } from './layout/layoutBrief.js';
import type { LaidOut } from './layout/Page.js';
import { renderPdf } from './render/pdfDocument.js';

export interface BriefOptions {
  /** Language (ISO 639-1); detected when absent. */
  lang?: string;
  /** Template folder; the bundled `templates/` when absent. */
  template?: string;
  paper?: Paper;
  /** Creation date written in the PDF: fixed dates give byte-identical files. */
  date?: Date;
  /** Title override. */
  title?: string;
}

export interface StageTimings {
  ingest: number;
  analyse: number;
  compose: number;
  layout: number;
  render: number;
}

export interface BriefResult {
  file: string;
  pdf: Uint8Array;
  laidOut: LaidOut;
  pages: number;
  article: Article;
  analysis: Analysis;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: StageTimings;
}

/**
 * Milliseconds from an arbitrary start. Not `performance.now()`: the global loads node:perf_hooks
 * on first use (~1 ms of a render process).
 */
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Runs `fn`, storing its duration in `timings[stage]`. */
function timed<T>(timings: Partial<StageTimings>, stage: keyof StageTimings, fn: () => T): T {
  const t0 = now();
  const out = fn();
  timings[stage] = now() - t0;
  return out;
}

/** node:fs's callback readFile: node:fs/promises loads with readline and fs watchers (~1.2 ms). */
const readFileAsync = promisify(readFile);

/** Analysis only: ingest and analyse an article's bytes. */
export function analyseBytes(file: string, bytes: Uint8Array, options: BriefOptions = {}): { article: Article; analysis: Analysis } {
  const article = ingest(file, bytes, { lang: options.lang, title: options.title });
  return { article, analysis: analyse(article) };
}

export async function renderBriefFromBytes(file: string, bytes: Uint8Array, options: BriefOptions = {}): Promise<BriefResult> {
  const timings: Partial<StageTimings> = {};
  const article = timed(timings, 'ingest', () => ingest(file, bytes, { lang: options.lang, title: options.title }));
  const analysis = timed(timings, 'analyse', () => analyse(article));
  const doc = timed(timings, 'compose', () => compose(article, analysis, { template: options.template, paper: options.paper }));
  const layout = timed(timings, 'layout', () => layoutBrief(doc));
  const t0 = now();
  const pdf = await renderPdf(layout.laidOut, resolveDate(options.date).date);
  timings.render = now() - t0;
  return {
    file,
    pdf,
    laidOut: layout.laidOut,
    pages: layout.laidOut.pages.length,
    article,
    analysis,
    diagnostics: [...article.diagnostics, ...analysis.diagnostics, ...layout.diagnostics],
    timings: timings as StageTimings,
  };
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFileAsync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new BriefError(`${file}: cannot read the article: ${why}`, { file, line: 1, column: 1 }, 'check the path');
  }
}

export async function renderBrief(file: string, options: BriefOptions = {}): Promise<BriefResult> {
  return renderBriefFromBytes(file, await readInput(file), options);
}

export async function inspectArticle(file: string, options: BriefOptions = {}): Promise<{ article: Article; analysis: Analysis }> {
  return analyseBytes(file, await readInput(file), options);
}
