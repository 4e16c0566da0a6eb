/**
 * `runBatch`: plan the inputs, render them on a worker pool (skipping what `--resume` finds up
 * to date), then write the report, the bundle, and send it to the printer. One failing article
 * never stops the others; Ctrl-C (the `signal`) stops cleanly, leaving no partial file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_TEMPLATE_DIR } from '../compose/templateSet.js';
import type { PlanItem } from './Plan.js';
import { outputPath, planBatch } from './planBatch.js';
import { parseShard, type Shard } from './shard.js';
import { createRenderPool, defaultJobs, Interrupted, type RenderPool } from './renderPool.js';
import type { RenderOutcome, RenderTask } from './RenderTask.js';
import { appendJournal, articleKey, compactJournal, folderFingerprint, readJournal, upToDate, type JournalEntry } from './resume.js';
import { summarize, writeReport, type ArticleRecord, type Report } from './report.js';
import type { Progress } from './progress.js';
import { writeBundle, type BundleResult } from './writeBundle.js';
import { printFile, type PrintOptions } from './printBundle.js';
import { PACKAGE_VERSION } from '../packageRoot.js';

export interface BatchOptions {
  /** Files, folders, globs, and `.csv`/`.jsonl` manifests. */
  inputs: readonly string[];
  /** Output folder: PDFs, `report.json`, the bundle, and the `.briefpress/` work folder. */
  out: string;
  /** Folder relative inputs are resolved from; default `process.cwd()`. */
  cwd?: string;
  /** Worker threads; default the number of cores. */
  jobs?: number;
  /** `k/n`: render only this machine's share. */
  shard?: string;
  resume?: boolean;
  /** Per-article limit in milliseconds; default 120 s. */
  timeoutMs?: number;
  lang?: string;
  /** Template folder for every article without its own in the manifest. */
  template?: string;
  paper?: 'A4' | 'Letter';
  /** Creation date; default `SOURCE_DATE_EPOCH`, else now. */
  date?: Date;
  /** Write a bundle: `true` or `''` for `bundle.pdf` in `out`, or a path (relative to `cwd`). */
  bundle?: string | boolean;
  /** Start each brief of the bundle on an odd page (default true). */
  duplex?: boolean;
  /** Send the bundle to CUPS (implies `bundle`). */
  print?: PrintOptions | false;
  progress?: Progress;
  signal?: AbortSignal;
}

export interface BatchResult {
  report: Report;
  reportFile: string;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** 0: everything printed; 1: some article (or the print) failed; 130: interrupted (Ctrl-C). */
export function batchExitCode(result: BatchResult): number {
  if (result.report.interrupted) return 130;
  return result.report.summary.failed > 0 || result.report.printError !== null ? 1 : 0;
}

/** Per-run file names, suffixed per shard so shards can share one `--out` folder. */
export function runFiles(out: string, shard: Shard | undefined) {
  const suffix = shard ? `-${shard.index}-of-${shard.count}` : '';
  const work = path.join(out, '.briefpress');
  return {
    work,
    tmp: path.join(work, `tmp${suffix}`),
    journal: path.join(work, `state${suffix}.jsonl`),
    layouts: path.join(work, 'layout'),
    report: path.join(out, `report${suffix}.json`),
    bundle: path.join(out, `bundle${suffix}.pdf`),
  };
}

/** The creation date, and whether the user fixed it (only a fixed date belongs in the resume key). */
export function resolveDate(date: Date | undefined, env: NodeJS.ProcessEnv = process.env): { date: Date; fixed: boolean } {
  if (date) return { date, fixed: true };
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return { date: new Date(Number(epoch) * 1000), fixed: true };
  return { date: new Date(), fixed: false };
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const files = runFiles(out, shard);
  const bundleFile = options.print || (options.bundle !== undefined && options.bundle !== false) ? bundleTarget(options.bundle, cwd, files.bundle) : null;
  const plan = await planBatch(options.inputs, cwd, out, shard);
  const { date, fixed } = resolveDate(options.date);
  const jobs = Math.max(1, options.jobs ?? defaultJobs());

  await rm(files.tmp, { recursive: true, force: true });
  await mkdir(files.tmp, { recursive: true });
  await mkdir(files.layouts, { recursive: true });
  const journal = await readJournal(files.journal);
  const fingerprints = new Map<string, Promise<string>>();
  const fingerprint = (folder: string) => {
    if (!fingerprints.has(folder)) fingerprints.set(folder, folderFingerprint(folder));
    return fingerprints.get(folder)!;
  };
  const layoutFile = (item: PlanItem) => path.join(files.layouts, `${createHash('sha1').update(item.output).digest('hex')}.json`);

  const pool = createRenderPool({ jobs, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  const onAbort = () => pool.interrupt();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const records: (ArticleRecord | undefined)[] = new Array(plan.length);
  options.progress?.start(plan.length);

  async function renderOrSkip(item: PlanItem): Promise<ArticleRecord> {
    const t0 = performance.now();
    const articleOptions = {
      ...(options.lang !== undefined && { lang: options.lang }),
      ...(options.template !== undefined && { template: path.resolve(cwd, options.template) }),
      ...(options.paper !== undefined && { paper: options.paper }),
      ...item.options,
    };
    const pdf = outputPath(out, item);
    const bytes = await readFile(item.input).catch(() => null);
    const key = bytes && articleKey({
      input: bytes,
      templateFingerprint: await fingerprint(articleOptions.template ?? DEFAULT_TEMPLATE_DIR),
      options: { ...articleOptions, template: undefined, date: fixed ? date.toISOString() : undefined },
      version: PACKAGE_VERSION,
    });
    if (key && options.resume) {
      const done = await upToDate(journal.get(item.output), key, pdf, bundleFile ? [layoutFile(item)] : []);
      if (done) return { ...done.record, status: 'skipped' };
    }
    const task: RenderTask = {
      input: item.input,
      output: pdf,
      tmpDir: files.tmp,
      layoutFile: bundleFile ? layoutFile(item) : null,
      options: { ...articleOptions, date: date.toISOString() },
    };
    const outcome = await pool.run(task);
    const record = articleRecord(item, outcome, performance.now() - t0);
    if (outcome.ok && key) {
      const entry: JournalEntry = { output: item.output, key, bytes: outcome.bytes, record };
      journal.set(item.output, entry);
      appendJournal(files.journal, entry);
    }
    return record;
  }

  const queue = plan.entries();
  async function lane(): Promise<void> {
    for (const [i, item] of queue) {
      if (options.signal?.aborted) return;
      try {
        records[i] = await renderOrSkip(item);
      } catch (error) {
        if (error instanceof Interrupted) return;
        throw error;
      }
      options.progress?.done(records[i]!);
    }
  }

  let bundle: BundleResult | null = null;
  let printJob: string | null = null;
  let printError: string | null = null;
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, plan.length) }, lane));
  } finally {
    options.progress?.stop();
    options.signal?.removeEventListener('abort', onAbort);
    await destroyQuietly(pool);
  }
  const interrupted = options.signal?.aborted ?? false;
  const done = records.filter((r): r is ArticleRecord => r !== undefined);
  try {
    if (bundleFile && !interrupted) {
      const briefs = plan.flatMap((item, i) => {
        const record = records[i];
        return record && record.status !== 'failed' ? [{ title: record.title ?? item.output, pages: record.pages, layoutFile: layoutFile(item) }] : [];
      });
      bundle = briefs.length > 0 ? await writeBundle(bundleFile, briefs, { duplex: options.duplex ?? true, date, tmpDir: files.tmp, ...(options.signal && { signal: options.signal }) }) : null;
      if (bundle && options.print) {
        printJob = await printFile(bundle.file, options.print).catch((error: Error) => {
          printError = error.message;
          return null;
        });
      }
    }
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
  } finally {
    await rm(files.tmp, { recursive: true, force: true });
  }
  await compactJournal(files.journal, journal.values());
  const report: Report = {
    version: 1,
    shard: shard ? `${shard.index}/${shard.count}` : null,
    interrupted: options.signal?.aborted ?? false,
    bundle: bundle && { file: path.relative(out, bundle.file).split(path.sep).join('/'), pages: bundle.pages, bytes: bundle.bytes },
    printJob,
    printError,
    summary: summarize(done, performance.now() - started),
    articles: done,
  };
  await writeReport(files.report, report);
  return { report, reportFile: files.report };
}

function bundleTarget(bundle: string | boolean | undefined, cwd: string, fallback: string): string {
  return typeof bundle === 'string' && bundle !== '' ? path.resolve(cwd, bundle) : fallback;
}

export function articleRecord(item: PlanItem, outcome: RenderOutcome, ms: number): ArticleRecord {
  const base = { input: item.input, diagnostics: outcome.diagnostics, ms: Math.round(ms) };
  return outcome.ok
    ? { ...base, output: item.output, status: 'ok', title: outcome.title, pages: outcome.pages, quotes: outcome.quotes, figures: outcome.figures, error: null }
    : { ...base, output: null, status: 'failed', title: null, pages: 0, quotes: 0, figures: 0, error: outcome.error };
}

async function destroyQuietly(pool: RenderPool): Promise<void> {
  // Tinypool rejects tasks it terminates; those are already recorded or interrupted.
  await pool.destroy().catch(() => undefined);
}
