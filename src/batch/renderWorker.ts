/**
 * The worker thread: renders one article, writes its PDF (and, for the bundle, its page display
 * list) itself, and returns only a small outcome, so the main thread never holds PDFs. Fonts
 * and templates are cached by the pipeline per process, that is once per worker.
 */
import { readFile } from 'node:fs/promises';
import { renderBriefFromBytes } from '../pipeline.js';
import { BriefError, formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import type { RenderOutcome, RenderTask } from './RenderTask.js';
import { writeFileVia } from './writeAtomic.js';

/** Diagnostics kept per article: a pathological input must not make the report huge. */
const MAX_DIAGNOSTICS = 100;

export default async function renderArticle(task: RenderTask): Promise<RenderOutcome> {
  try {
    const bytes = await readFile(task.input);
    const result = await renderBriefFromBytes(task.input, bytes, { ...task.options, date: new Date(task.options.date) });
    if (task.layoutFile) await writeFileVia(task.tmpDir, task.layoutFile, JSON.stringify(result.laidOut));
    await writeFileVia(task.tmpDir, task.output, result.pdf);
    return {
      ok: true,
      title: result.article.title,
      pages: result.pages,
      quotes: result.analysis.quotes.length,
      figures: result.analysis.figures.length,
      bytes: result.pdf.byteLength,
      diagnostics: capDiagnostics(result.diagnostics),
    };
  } catch (error) {
    return { ok: false, error: describeError(task.input, error), diagnostics: [] };
  }
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
