/** `report.json`: one record per article, a summary, and the table printed on the terminal. */
import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { BriefError, type Diagnostic } from '../diagnostics.js';

export type ArticleStatus = 'ok' | 'failed' | 'skipped';

export interface ArticleRecord {
  /** Absolute path of the article. */
  input: string;
  /** PDF path relative to the report's folder (`--out`); null when the article failed. */
  output: string | null;
  /** `skipped`: up to date from an earlier run (`--resume`); its figures are that run's. */
  status: ArticleStatus;
  title: string | null;
  pages: number;
  quotes: number;
  figures: number;
  diagnostics: Diagnostic[];
  /** What went wrong and what to do, naming the file (and line when known). */
  error: string | null;
  ms: number;
}

export interface Summary {
  articles: number;
  ok: number;
  failed: number;
  skipped: number;
  pages: number;
  /** Wall-clock milliseconds of the run (for a merged report, the longest shard). */
  ms: number;
}

export interface Report {
  version: 1;
  /** `k/n` when the run was one shard of a larger batch. */
  shard: string | null;
  interrupted: boolean;
  bundle: { file: string; pages: number; bytes: number } | null;
  /** Why the bundle could not be written, with what to do; null when not asked or when it worked. */
  bundleError: string | null;
  printJob: string | null;
  /** Why printing failed, with what to do; null when not asked or when it worked. */
  printError: string | null;
  summary: Summary;
  articles: ArticleRecord[];
}

export function summarize(articles: readonly ArticleRecord[], ms: number): Summary {
  const count = (status: ArticleStatus) => articles.filter((a) => a.status === status).length;
  return {
    articles: articles.length,
    ok: count('ok'),
    failed: count('failed'),
    skipped: count('skipped'),
    pages: articles.reduce((sum, a) => sum + a.pages, 0),
    ms,
  };
}

export async function writeReport(file: string, report: Report): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
}

export async function readReport(file: string): Promise<Report> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new BriefError(`cannot read report ${file}: ${error.message}`, undefined, 'give the report.json files written by briefpress batch');
  });
  let report: Report;
  try {
    report = JSON.parse(text) as Report;
  } catch (error) {
    throw new BriefError(`${file}: not valid JSON: ${(error as Error).message}`, undefined, 'give the report.json files written by briefpress batch');
  }
  if (report.version !== 1 || !Array.isArray(report.articles)) {
    throw new BriefError(`${file}: not a briefpress batch report`, undefined, 'give the report.json files written by briefpress batch');
  }
  return report;
}

/**
 * One report from the reports of the shards of a run. An article reported by several shards
 * (a shard run twice) keeps its last record, in argument order.
 */
export function mergeReports(reports: readonly Report[]): Report {
  const byInput = new Map<string, ArticleRecord>();
  for (const report of reports) for (const article of report.articles) byInput.set(article.input, article);
  const articles = [...byInput.values()];
  return {
    version: 1,
    shard: null,
    interrupted: reports.some((r) => r.interrupted),
    bundle: null,
    bundleError: null,
    printJob: null,
    printError: null,
    summary: summarize(articles, Math.max(0, ...reports.map((r) => r.summary.ms))),
    articles,
  };
}

/** The terminal summary: counts, speed, then each failure with its message. */
export function formatSummary(report: Report): string {
  const s = report.summary;
  const seconds = s.ms / 1000;
  const rendered = s.ok + s.failed;
  const rows: [string, string][] = [
    ['articles', String(s.articles)],
    ['printed', String(s.ok)],
    ['up to date', String(s.skipped)],
    ['failed', String(s.failed)],
    ['pages', String(s.pages)],
    ['time', `${seconds.toFixed(1)} s${rendered > 0 && seconds > 0 ? ` (${(rendered / seconds).toFixed(1)} briefs/s)` : ''}`],
  ];
  if (report.bundle) rows.push(['bundle', `${report.bundle.file} (${report.bundle.pages} pages)`]);
  if (report.bundleError) rows.push(['bundle', `failed: ${report.bundleError}`]);
  if (report.printJob) rows.push(['print job', report.printJob]);
  if (report.printError) rows.push(['print', `failed: ${report.printError}`]);
  if (report.interrupted) rows.push(['interrupted', 'yes: rerun with --resume to finish']);
  const width = Math.max(...rows.map(([label]) => label.length));
  const table = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  const failures = report.articles
    .filter((a) => a.status === 'failed')
    .map((a) => `  ✗ ${a.error ?? a.input}`);
  return [...table, ...(failures.length > 0 ? ['', 'failed:', ...failures] : [])].join('\n');
}
