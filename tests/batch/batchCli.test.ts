/**
 * `briefpress batch` end to end, through the real CLI in a child process: bad inputs, SIGKILL
 * then --resume, Ctrl-C, shards and report merge, the bundle read back, and a real print.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/batch/report.js';
import { bookmarkPages, openPdf, pageText, pdfFiles, runCli, startCli, waitFor, writeArticles } from './helpers.js';

const DATE = '2026-11-26T08:00:00Z';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefpress-batch-'));
});

const readReportFile = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Report;
const journalLines = async (out: string) => (await readFile(path.join(out, '.briefpress/state.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean);

/** Every PDF under `out` opens in a real reader: a partial file would not. */
async function expectAllPdfsValid(out: string): Promise<string[]> {
  const files = await pdfFiles(out);
  for (const file of files) {
    const doc = await openPdf(path.join(out, file));
    expect(doc.numPages, file).toBeGreaterThan(0);
    await doc.destroy();
  }
  return files;
}

describe('briefpress batch with bad inputs', () => {
  it('prints every good article, reports each bad one with its file and reason, and exits 1', async () => {
    const inbox = path.join(dir, 'bad/inbox');
    await writeArticles(inbox, 7);
    await writeFile(path.join(inbox, 'empty.txt'), '');
    await writeFile(path.join(inbox, 'binary.txt'), Buffer.from([0x25, 0x50, 0x00, 0x01, 0xff, 0x00, 0x10, 0x80]));
    await writeFile(path.join(inbox, 'latin1.txt'), Buffer.from('Titre\n\nCaf\xe9 cr\xe8me.\n', 'latin1'));
    await writeFile(path.join(inbox, 'huge.txt'), `Huge\n\n${'one very long paragraph '.repeat(220_000)}\n`);
    // A template error: a manifest gives one article a template whose brief.hbs does not parse.
    const broken = path.join(dir, 'bad/broken-template');
    await mkdir(broken, { recursive: true });
    await writeFile(path.join(broken, 'brief.hbs'), '<brief>\n  {{#if article.title}}\n  <h1>{{article.title}}</h1>\n</brief>\n');
    const templated = path.join(dir, 'bad/templated');
    await writeArticles(templated, 1);
    const [article] = await readdir(templated);
    await writeFile(path.join(dir, 'bad/manifest.csv'), `path,template\ntemplated/${article},broken-template\n`);
    const out = path.join(dir, 'bad/out');

    const run = await runCli(['batch', inbox, path.join(dir, 'bad/manifest.csv'), '--out', out, '--jobs', '2', '--timeout', '10', '--date', DATE]);

    expect(run.code, run.stderr).toBe(1);
    const report = await readReportFile(path.join(out, 'report.json'));
    const failed = report.articles.filter((a) => a.status === 'failed');
    expect(failed.map((a) => path.basename(a.input)).sort()).toEqual([article, 'binary.txt', 'empty.txt', 'huge.txt', 'latin1.txt'].sort());
    const errorOf = (name: string) => failed.find((a) => path.basename(a.input) === name)!.error!;
    expect(errorOf('empty.txt')).toMatch(/empty\.txt.*empty/);
    expect(errorOf('binary.txt')).toMatch(/binary\.txt.*binary/);
    expect(errorOf('latin1.txt')).toMatch(/latin1\.txt.*UTF-8/);
    expect(errorOf('huge.txt')).toMatch(/huge\.txt(:\d+:\d+)?: error: /);
    expect(errorOf(article!)).toMatch(/broken-template\/brief\.hbs:\d+:\d+: .*template/);
    // The good ones are all there, each a readable PDF with the pages the report says.
    const printed = report.articles.filter((a) => a.status === 'ok');
    expect(printed).toHaveLength(7);
    for (const record of printed) {
      const doc = await openPdf(path.join(out, record.output!));
      expect(doc.numPages).toBe(record.pages);
      await doc.destroy();
    }
    expect(report.summary).toMatchObject({ articles: 12, ok: 7, failed: 5 });
    // Not a terminal: one plain progress line per article, then the summary with each failure.
    expect(run.stderr.match(/^\[\s*\d+\/12\] /gm)).toHaveLength(12);
    expect(run.stderr).toContain('✗ ');
    await expect(stat(path.join(out, '.briefpress/tmp'))).rejects.toThrow();
  });
});

describe('briefpress batch --resume', () => {
  it('after a SIGKILL half way, redoes only what was not finished and leaves every PDF valid', async () => {
    const inbox = path.join(dir, 'kill/inbox');
    await writeArticles(inbox, 60);
    const out = path.join(dir, 'kill/out');
    const args = ['batch', inbox, '--out', out, '--jobs', '1', '--date', DATE, '--bundle'];

    const first = startCli(args);
    await waitFor(async () => (await journalLines(out)).length >= 5, 60_000, 'five finished articles');
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');

    const finished = new Map((await journalLines(out)).map((l) => JSON.parse(l) as { output: string }).map((e) => [e.output, e]));
    expect(finished.size).toBeLessThan(60);
    const before = new Map<string, number>();
    for (const output of finished.keys()) before.set(output, (await stat(path.join(out, output))).mtimeMs);
    await expectAllPdfsValid(out);

    const second = await runCli([...args, '--resume']);
    expect(second.code, second.stderr).toBe(0);
    const report = await readReportFile(path.join(out, 'report.json'));
    expect(report.summary).toMatchObject({ articles: 60, skipped: finished.size, ok: 60 - finished.size, failed: 0 });
    for (const [output, mtime] of before) expect((await stat(path.join(out, output))).mtimeMs, output).toBe(mtime);
    const pdfs = await expectAllPdfsValid(out);
    expect(pdfs).toHaveLength(61); // 60 briefs and the bundle
  });

  it('stops cleanly on Ctrl-C: exit 130, no partial file, a report, and --resume finishes', async () => {
    const inbox = path.join(dir, 'sigint/inbox');
    await writeArticles(inbox, 60);
    const out = path.join(dir, 'sigint/out');
    const args = ['batch', inbox, '--out', out, '--jobs', '2', '--date', DATE];

    const first = startCli(args);
    await waitFor(async () => (await journalLines(out)).length >= 3, 60_000, 'three finished articles');
    first.child.kill('SIGINT');
    const stopped = await first.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain('rerun with --resume');
    const report = await readReportFile(path.join(out, 'report.json'));
    expect(report.interrupted).toBe(true);
    expect(report.summary.ok).toBeLessThan(60);
    await expect(stat(path.join(out, '.briefpress/tmp'))).rejects.toThrow();
    expect(await expectAllPdfsValid(out)).toHaveLength(report.summary.ok);

    const second = await runCli([...args, '--resume']);
    expect(second.code, second.stderr).toBe(0);
    const resumed = await readReportFile(path.join(out, 'report.json'));
    expect(resumed.summary).toMatchObject({ articles: 60, skipped: report.summary.ok, failed: 0 });
  });
});

describe('briefpress batch --shard', () => {
  it('shards 1/3, 2/3 and 3/3 print every article exactly once, and their reports merge', async () => {
    const inbox = path.join(dir, 'shard/inbox');
    const files = await writeArticles(inbox, 12);
    const out = path.join(dir, 'shard/out');
    for (const k of [1, 2, 3]) {
      const run = await runCli(['batch', inbox, '--out', out, '--shard', `${k}/3`, '--date', DATE, '--jobs', '1']);
      expect(run.code, run.stderr).toBe(0);
    }
    const reports = await Promise.all([1, 2, 3].map((k) => readReportFile(path.join(out, `report-${k}-of-3.json`))));
    const inputs = reports.flatMap((r) => r.articles.map((a) => a.input));
    expect(inputs.sort()).toEqual([...files].sort());
    expect(await pdfFiles(out)).toHaveLength(12);

    const merged = await runCli(['report', 'merge', ...[1, 2, 3].map((k) => path.join(out, `report-${k}-of-3.json`)), '-o', path.join(out, 'report.json')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect((await readReportFile(path.join(out, 'report.json'))).summary).toMatchObject({ articles: 12, ok: 12 });
  });

  it('refuses a missing --template folder before rendering anything', async () => {
    const inbox = path.join(dir, 'template/inbox');
    await writeArticles(inbox, 1);
    const run = await runCli(['batch', inbox, '--out', path.join(dir, 'template/out'), '--template', path.join(dir, 'no-such-template')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--template .*no-such-template: no such folder \(give a folder with brief\.hbs/);
    await expect(stat(path.join(dir, 'template/out'))).rejects.toThrow();
  });

  it('refuses a malformed shard as a usage error', async () => {
    const inbox = path.join(dir, 'shard/inbox-bad');
    await writeArticles(inbox, 1);
    const run = await runCli(['batch', inbox, '--out', path.join(dir, 'shard/x'), '--shard', '4/3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--shard "4\/3" is not valid.*k\/n/);
  });
});

describe('briefpress batch --bundle', () => {
  let out: string;
  let report: Report;

  beforeAll(async () => {
    const inbox = path.join(dir, 'bundle/inbox');
    await writeArticles(inbox, 40);
    out = path.join(dir, 'bundle/out');
    const run = await runCli(['batch', inbox, '--out', out, '--bundle', '--date', DATE, '--jobs', '2']);
    expect(run.code, run.stderr).toBe(0);
    report = await readReportFile(path.join(out, 'report.json'));
  }, 300_000);

  it('has a cover listing every brief with its page, a bookmark per brief, each on an odd page', async () => {
    const doc = await openPdf(path.join(out, 'bundle.pdf'));
    expect(report.bundle).toMatchObject({ file: 'bundle.pdf', pages: doc.numPages });
    const bookmarks = await bookmarkPages(doc);
    expect(bookmarks.map((b) => b.title)).toEqual(report.articles.map((a) => a.title));
    const starts = bookmarks.map((b) => b.page);
    for (const start of starts) expect(start % 2).toBe(1);
    // Each brief's first page is its own: its title is printed there.
    for (const [i, start] of starts.entries()) expect(await pageText(doc, start)).toContain(report.articles[i]!.title!.slice(0, 20));
    const coverPages = await Promise.all(Array.from({ length: starts[0]! - 1 }, (_, i) => pageText(doc, i + 1)));
    const cover = coverPages.join(' ');
    expect(cover).toContain('40 briefs');
    for (const [i, article] of report.articles.entries()) expect(cover).toContain(`${article.title} ${starts[i]}`);
    // Each cover line is a link to its brief's first page.
    const links = (await Promise.all(coverPages.map(async (_, i) => (await doc.getPage(i + 1)).getAnnotations()))).flat().filter((a) => a.subtype === 'Link');
    const targets = await Promise.all(links.map(async (link) => (await doc.getPageIndex(((await doc.getDestination(link.dest as string)) as [{ num: number; gen: number }])[0])) + 1));
    expect(targets).toEqual(starts);
    await doc.destroy();
  });

  it('embeds each font once and weighs at most 60 % of the single PDFs together', async () => {
    const bundle = await readFile(path.join(out, 'bundle.pdf'));
    const text = bundle.toString('latin1');
    const embedded = text.match(/\/FontFile2\b/g) ?? [];
    const faces = new Set([...text.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]));
    expect(embedded.length).toBeGreaterThan(0);
    expect(embedded.length).toBe(faces.size);
    const singles = await Promise.all(report.articles.map(async (a) => (await stat(path.join(out, a.output!))).size));
    const sum = singles.reduce((s, n) => s + n, 0);
    expect(bundle.length).toBeLessThanOrEqual(0.6 * sum);
  });

  it('with --no-duplex packs the briefs without blank pages, from the resume cache', async () => {
    const inbox = path.join(dir, 'bundle/inbox');
    const run = await runCli(['batch', inbox, '--out', out, '--resume', '--bundle', path.join(out, 'packed.pdf'), '--no-duplex', '--date', DATE]);
    expect(run.code, run.stderr).toBe(0);
    const again = await readReportFile(path.join(out, 'report.json'));
    expect(again.summary).toMatchObject({ skipped: 40, ok: 0 });
    const doc = await openPdf(path.join(out, 'packed.pdf'));
    const starts = (await bookmarkPages(doc)).map((b) => b.page);
    for (const [i, article] of report.articles.entries()) {
      expect(starts[i]! + article.pages).toBe(i + 1 < starts.length ? starts[i + 1] : doc.numPages + 1);
    }
    await doc.destroy();
  });
});

/** The first CUPS queue whose device is cups-pdf, or null with the reason. */
function cupsPdfPrinter(): { printer: string | null; reason: string } {
  try {
    const devices = execFileSync('lpstat', ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const printer = /device for ([^:]+): cups-pdf:/.exec(devices)?.[1] ?? null;
    return { printer, reason: printer ? '' : 'no cups-pdf printer in lpstat -v; run bash .ci/setup-cups.sh' };
  } catch {
    return { printer: null, reason: 'CUPS is not installed or not running; run bash .ci/setup-cups.sh' };
  }
}

describe('briefpress batch --print', () => {
  const { printer, reason } = cupsPdfPrinter();
  // Also on stderr: the default reporter shows a skipped test's count, not its name.
  if (printer === null) console.warn(`batch print test skipped: ${reason}`);

  it.skipIf(printer === null)(`prints the bundle on a real cups-pdf printer${printer ? '' : ` (skipped: ${reason})`}`, async () => {
    const inbox = path.join(dir, 'print/inbox');
    await writeArticles(inbox, 3);
    const out = path.join(dir, 'print/out');
    const title = `briefpress-test-${process.pid}-${Date.now()}`;
    const run = await runCli(['batch', inbox, '--out', out, '--print', '--printer', printer!, '--bundle', path.join(out, `${title}.pdf`), '--date', DATE]);
    expect(run.code, run.stderr).toBe(0);
    const report = await readReportFile(path.join(out, 'report.json'));
    expect(report.printJob).toMatch(new RegExp(`^${printer}-\\d+$`));
    // cups-pdf names its output after the job title, in ~/PDF or its spool folders.
    const folders = [path.join(homedir(), 'PDF'), '/root/PDF', '/var/spool/cups-pdf/ANONYMOUS', '/var/spool/cups-pdf/root'];
    let printed: string | null = null;
    await waitFor(async () => {
      for (const folder of folders) {
        const hit = (await readdir(folder).catch(() => [] as string[])).find((name) => name.startsWith(title) && name.endsWith('.pdf'));
        // cups-pdf creates the file empty, then writes it: wait for a complete PDF.
        const content = hit ? await readFile(path.join(folder, hit)) : null;
        if (content && content.subarray(-1024).includes('%%EOF')) printed = path.join(folder, hit!);
      }
      return printed !== null;
    }, 60_000, `cups-pdf output for ${title}`);
    const doc = await openPdf(printed!);
    expect(doc.numPages).toBe(report.bundle!.pages);
    await doc.destroy();
    await rm(printed!);
  });

  it('says clearly when the printer does not exist, and exits 1 after printing the briefs', async () => {
    const inbox = path.join(dir, 'print/inbox-missing');
    await writeArticles(inbox, 1);
    const out = path.join(dir, 'print/out-missing');
    const run = await runCli(['batch', inbox, '--out', out, '--print', '--printer', 'no-such-printer-briefpress', '--date', DATE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/printer "no-such-printer-briefpress" does not exist|lp command is not installed|scheduler is not running/);
    expect(await pdfFiles(out)).toEqual(['0000-en_asylum_seekers_aceh.pdf', 'bundle.pdf']);
  });
});
