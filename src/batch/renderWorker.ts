/**
 * The worker thread: reads one article, renders it and writes its PDF (and, for the bundle, its
 * page display list) to the batch's temporary folder; the batch flushes and renames them while
 * the worker renders the next article. Only small messages cross between the threads: neither
 * articles nor PDFs pile up in the main thread. The files are read and written synchronously:
 * that takes microseconds (the page cache), while awaiting the thread pool for each open, read,
 * write and close would leave the worker idle for a millisecond or more per article. Fonts and
 * templates are cached by the pipeline per process, that is once per worker.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderBriefFromBytes, type BriefResult } from '../pipeline.js';
import { BriefError, formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import type { RenderOutcome, RenderTask } from './RenderTask.js';
import { tempPathFor, writeFailure } from './writeAtomic.js';

/** Diagnostics kept per article: a pathological input must not make the report huge. */
const MAX_DIAGNOSTICS = 100;

export default async function renderArticle(task: RenderTask): Promise<RenderOutcome> {
  let result: BriefResult;
  try {
    result = await renderBriefFromBytes(task.input, readFileSync(task.input), { ...task.options, date: new Date(task.options.date) });
  } catch (error) {
    return { ok: false, error: describeError(task.input, error), diagnostics: [] };
  }
  const diagnostics = capDiagnostics(result.diagnostics);
  try {
    return {
      ok: true,
      title: result.article.title,
      pages: result.pages,
      quotes: result.analysis.quotes.length,
      figures: result.analysis.figures.length,
      pdf: { tmp: writeTemp(task.tmpDir, '.pdf', result.pdf), bytes: result.pdf.byteLength },
      layoutTmp: task.layout ? writeTemp(task.tmpDir, '.json', JSON.stringify(result.laidOut)) : null,
      diagnostics,
    };
  } catch (error) {
    return { ok: false, error: writeFailure(task.input, task.tmpDir, error), diagnostics };
  }
}

/** Writes `data` under a fresh name in the temporary folder. */
function writeTemp(tmpDir: string, extension: string, data: Uint8Array | string): string {
  const tmp = tempPathFor(tmpDir, extension);
  writeFileSync(tmp, data);
  return tmp;
}

export function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  return [
    ...diagnostics.slice(0, MAX_DIAGNOSTICS),
    {
      severity: 'info',
      code: 'batch.diagnostics-capped',
      message: `${diagnostics.length - MAX_DIAGNOSTICS} more diagnostics not listed`,
      hint: 'run briefpress inspect on this article to see them all',
    },
  ];
}

/** A BriefError already names file, line and remedy; anything else is a defect or an I/O error. */
export function describeError(input: string, error: unknown): string {
  if (error instanceof BriefError) {
    const located = formatDiagnostic({ severity: 'error', code: 'brief', message: error.message, ...(error.source && { source: error.source }), ...(error.hint && { hint: error.hint }) });
    return error.source ? located : `${input}: ${located}`;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return `${input}: error: ${(error as Error).message} (check that the file exists and is readable)`;
  return `${input}: error: ${(error as Error).message ?? String(error)} (an unexpected failure in briefpress: please report it with this article)`;
}
