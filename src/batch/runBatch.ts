/**
 * `runBatch`: plan the inputs, render them on a worker pool (skipping what `--resume` finds up
 * to date), then write the report, the bundle, and send it to the printer. One failing article
 * never stops the others; Ctrl-C (the `signal`) stops cleanly, leaving no partial file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_TEMPLATE_DIR } from '../compose/templateSet.js';
import { BriefError } from '../diagnostics.js';
import type { PlanItem } from './Plan.js';
import { outputPath, planBatch } from './planBatch.js';
import { parseShard, type Shard } from './shard.js';
import { createRenderPool, defaultJobs, Interrupted, type RenderPool } from './renderPool.js';
import type { RenderOutcome, RenderTask } from './RenderTask.js';
import { appendJournal, articleKey, compactJournal, folderFingerprint, readJournal, upToDate, type JournalEntry } from './resume.js';
import { summarize, writeReport, type ArticleRecord, type Report } from './report.js';
import type { Progress } from './progress.js';
import type { BundleResult } from './writeBundle.js';
import type { PrintOptions } from './printBundle.js';
import { PACKAGE_VERSION } from '../packageRoot.js';
import { commitFile, writeFailure } from './writeAtomic.js';
import { resolveDate } from '../creationDate.js';

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

/** 0: everything printed; 1: some article, the bundle or the print failed; 130: interrupted (Ctrl-C). */
export function batchExitCode(result: BatchResult): number {
  if (result.report.interrupted) return 130;
  const { summary, bundleError, printError } = result.report;
  return summary.failed > 0 || bundleError !== null || printError !== null ? 1 : 0;
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

/** Everything a run decides before rendering: where things go, what to render, with which date. */
interface Run {
  cwd: string;
  out: string;
  shard: Shard | undefined;
  files: ReturnType<typeof runFiles>;
  bundleFile: string | null;
  plan: PlanItem[];
  date: Date;
  /** Whether the date belongs in the resume key (see resolveDate). */
  fixedDate: boolean;
  jobs: number;
  journal: Map<string, JournalEntry>;
}

async function prepareRun(options: BatchOptions): Promise<Run> {
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const files = runFiles(out, shard);
  const wantsBundle = Boolean(options.print) || (options.bundle !== undefined && options.bundle !== false);
  const plan = await planBatch(options.inputs, cwd, out, shard);
  if (options.template !== undefined) await requireFolder(path.resolve(cwd, options.template), '--template', 'give a folder with brief.hbs, partials/ and theme.json (see templates/README.md)');
  const { date, fixed } = resolveDate(options.date);
  await prepareWorkFolders(files);
  return {
    cwd,
    out,
    shard,
    files,
    bundleFile: wantsBundle ? bundleTarget(options.bundle, cwd, files.bundle) : null,
    plan,
    date,
    fixedDate: fixed,
    // No more workers than articles: each worker loads fonts and templates once.
    jobs: Math.max(1, Math.min(options.jobs ?? defaultJobs(), plan.length)),
    journal: await readJournal(files.journal),
  };
}

/** Fails fast, before 500 articles fail one by one, when a folder the whole batch needs is missing. */
async function requireFolder(folder: string, option: string, hint: string): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new BriefError(`${option} ${folder}: no such folder`, undefined, hint);
}

/** An empty temporary folder and the layout cache; an unwritable --out is reported as such. */
async function prepareWorkFolders(files: ReturnType<typeof runFiles>): Promise<void> {
  try {
    await rm(files.tmp, { recursive: true, force: true });
    await mkdir(files.tmp, { recursive: true });
    await mkdir(files.layouts, { recursive: true });
  } catch (error) {
    throw new BriefError(`cannot write in ${path.dirname(files.work)}: ${(error as Error).message}`, undefined, 'choose an --out folder you can write to');
  }
}

/** The brief's display list saved for the bundle, one file per output name. */
function layoutFile(run: Run, item: PlanItem): string {
  return path.join(run.files.layouts, `${createHash('sha1').update(item.output).digest('hex')}.json`);
}

/**
 * Articles in progress per worker. With two, the next article is read, hashed and waiting when
 * a worker frees up, and the last one is written while the worker renders: workers never wait
 * for the disk or for the main thread.
 */
const LANES_PER_JOB = 2;

/**
 * Renders (or, with `resume`, skips) every article of the plan on lanes feeding the pool, so no
 * more than a few articles per worker are in flight and the plan is never all queued at once.
 * Articles left when the signal aborts stay undefined.
 */
async function renderAll(run: Run, options: BatchOptions): Promise<(ArticleRecord | undefined)[]> {
  // Started for the first article to render: a --resume run with every brief up to date starts
  // no worker (each loads the whole pipeline: ~0.4 s and ~45 MB).
  let pool: RenderPool | undefined;
  const render = (task: RenderTask) => {
    if (options.signal?.aborted) throw new Interrupted();
    pool ??= createRenderPool({ jobs: run.jobs, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    return pool.run(task);
  };
  const onAbort = () => pool?.interrupt();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const fingerprints = new Map<string, Promise<string>>();
  const fingerprint = (folder: string) => {
    if (!fingerprints.has(folder)) fingerprints.set(folder, folderFingerprint(folder));
    return fingerprints.get(folder)!;
  };

  async function renderOrSkip(item: PlanItem): Promise<ArticleRecord> {
    const t0 = performance.now();
    const articleOptions = {
      ...(options.lang !== undefined && { lang: options.lang }),
      ...(options.template !== undefined && { template: path.resolve(run.cwd, options.template) }),
      ...(options.paper !== undefined && { paper: options.paper }),
      ...item.options,
    };
    const pdf = outputPath(run.out, item);
    const layout = run.bundleFile ? layoutFile(run, item) : null;
    const bytes = await readFile(item.input).catch(() => null);
    // An unreadable input gets no key: the worker reports why it cannot be read.
    const key = bytes && articleKey({
      input: bytes,
      templateFingerprint: await fingerprint(articleOptions.template ?? DEFAULT_TEMPLATE_DIR),
      options: { ...articleOptions, template: undefined, date: run.fixedDate ? run.date.toISOString() : undefined },
      version: PACKAGE_VERSION,
    });
    if (key && options.resume) {
      const done = await upToDate(run.journal.get(item.output), key, pdf, layout ? [layout] : []);
      if (done) return { ...done.record, status: 'skipped', ms: Math.round(performance.now() - t0) };
    }
    const task: RenderTask = { input: item.input, tmpDir: run.files.tmp, layout: layout !== null, options: { ...articleOptions, date: run.date.toISOString() } };
    const rendered = await render(task);
    const t1 = performance.now();
    const outcome = await commitBrief(item.input, rendered, pdf, layout);
    // The article's own time: rendering and writing, not its wait for a worker.
    const record = articleRecord(item, outcome, rendered.ms + performance.now() - t1);
    if (outcome.ok && key) {
      const entry: JournalEntry = { output: item.output, key, bytes: outcome.pdf.bytes, record };
      run.journal.set(item.output, entry);
      appendJournal(run.files.journal, entry);
    }
    return record;
  }

  const records: (ArticleRecord | undefined)[] = new Array(run.plan.length);
  const queue = run.plan.entries();
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

  options.progress?.start(run.plan.length);
  try {
    await Promise.all(Array.from({ length: Math.min(run.jobs * LANES_PER_JOB, run.plan.length) }, lane));
  } finally {
    options.progress?.stop();
    options.signal?.removeEventListener('abort', onAbort);
    // Tinypool rejects the tasks it terminates; those are already recorded or interrupted.
    await pool?.destroy().catch(() => undefined);
  }
  return records;
}

/**
 * Moves a rendered brief's files from the temporary folder into place, the display list first
 * (a PDF in place counts as done for --resume). An article whose files cannot be written fails,
 * with the path and the reason.
 */
async function commitBrief(input: string, outcome: RenderOutcome, pdf: string, layout: string | null): Promise<RenderOutcome> {
  if (!outcome.ok) return outcome;
  const moves: [string, string][] = layout !== null && outcome.layoutTmp !== null ? [[outcome.layoutTmp, layout]] : [];
  moves.push([outcome.pdf.tmp, pdf]);
  for (const [tmp, file] of moves) {
    try {
      await commitFile(tmp, file);
    } catch (error) {
      return { ok: false, error: writeFailure(input, file, error), diagnostics: outcome.diagnostics };
    }
  }
  return outcome;
}

interface Delivery {
  bundle: BundleResult | null;
  bundleError: string | null;
  printJob: string | null;
  printError: string | null;
}

/** The bundle of every printed brief, in plan order, then the print job. Failures are reported, not thrown. */
async function bundleAndPrint(run: Run, records: readonly (ArticleRecord | undefined)[], options: BatchOptions): Promise<Delivery> {
  const delivery: Delivery = { bundle: null, bundleError: null, printJob: null, printError: null };
  const briefs = run.plan.flatMap((item, i) => {
    const record = records[i];
    return record && record.status !== 'failed' ? [{ title: record.title ?? item.output, pages: record.pages, layoutFile: layoutFile(run, item) }] : [];
  });
  if (!run.bundleFile || briefs.length === 0) return delivery;
  // Imported only when bundling: pdfkit and fontkit add ~20 MB to the main thread.
  const { writeBundle } = await import('./writeBundle.js');
  try {
    delivery.bundle = await writeBundle(run.bundleFile, briefs, { duplex: options.duplex ?? true, date: run.date, tmpDir: run.files.tmp, ...(options.signal && { signal: options.signal }) });
  } catch (error) {
    if (error instanceof Interrupted) return delivery;
    delivery.bundleError = (error as Error).message;
    return delivery;
  }
  if (options.print) {
    const { printFile } = await import('./printBundle.js');
    try {
      delivery.printJob = await printFile(delivery.bundle.file, options.print);
    } catch (error) {
      delivery.printError = (error as Error).message;
    }
  }
  return delivery;
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const run = await prepareRun(options);
  let delivery: Delivery = { bundle: null, bundleError: null, printJob: null, printError: null };
  let records: (ArticleRecord | undefined)[];
  try {
    records = await renderAll(run, options);
    if (!options.signal?.aborted) delivery = await bundleAndPrint(run, records, options);
  } finally {
    await rm(run.files.tmp, { recursive: true, force: true });
  }
  await compactJournal(run.files.journal, run.journal.values());
  const done = records.filter((r): r is ArticleRecord => r !== undefined);
  const { bundle, ...problems } = delivery;
  const report: Report = {
    version: 1,
    shard: run.shard ? `${run.shard.index}/${run.shard.count}` : null,
    interrupted: options.signal?.aborted ?? false,
    bundle: bundle && { file: path.relative(run.out, bundle.file).split(path.sep).join('/'), pages: bundle.pages, bytes: bundle.bytes },
    ...problems,
    summary: summarize(done, performance.now() - started),
    articles: done,
  };
  await writeReport(run.files.report, report);
  return { report, reportFile: run.files.report };
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
