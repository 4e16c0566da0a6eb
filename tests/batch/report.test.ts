import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary, mergeReports, readReport, summarize, writeReport, type ArticleRecord, type Report } from '../../src/batch/report.js';

const ok = (input: string, pages = 2): ArticleRecord => ({ input, output: `${input}.pdf`, status: 'ok', title: input, pages, quotes: 1, figures: 2, diagnostics: [], error: null, ms: 10 });
const failed = (input: string): ArticleRecord => ({ ...ok(input, 0), output: null, status: 'failed', title: null, error: `${input}: error: the file is empty (give an article with a title line)` });
const report = (articles: ArticleRecord[], shard: string | null, ms = 1000): Report => ({
  version: 1, shard, interrupted: false, bundle: null, bundleError: null, printJob: null, printError: null, summary: summarize(articles, ms), articles,
});

describe('summarize', () => {
  it('counts statuses and pages', () => {
    expect(summarize([ok('a'), ok('b', 3), failed('c'), { ...ok('d'), status: 'skipped' }], 500)).toEqual({ articles: 4, ok: 2, failed: 1, skipped: 1, pages: 7, ms: 500 });
  });
});

describe('mergeReports', () => {
  it('joins shards, keeping the last record of an article reported twice', () => {
    const merged = mergeReports([report([ok('a'), failed('b')], '1/2', 800), report([ok('c')], '2/2', 1200), report([ok('b')], '1/2', 300)]);
    expect(merged.articles.map((a) => [a.input, a.status])).toEqual([['a', 'ok'], ['b', 'ok'], ['c', 'ok']]);
    expect(merged.summary).toMatchObject({ articles: 3, ok: 3, failed: 0, ms: 1200 });
    expect(merged.shard).toBeNull();
  });
});

describe('formatSummary', () => {
  it('lists counts and each failure with its message', () => {
    const text = formatSummary(report([ok('a'), failed('empty.txt')], null, 2000));
    expect(text).toMatch(/articles\s+2/);
    expect(text).toMatch(/failed\s+1/);
    expect(text).toContain('(1.0 briefs/s)');
    expect(text).toContain('✗ empty.txt: error: the file is empty');
  });
});

describe('readReport', () => {
  it('round-trips and rejects what is not a report, naming the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefpress-report-'));
    const file = path.join(dir, 'report.json');
    await writeReport(file, report([ok('a')], null));
    expect((await readReport(file)).articles).toHaveLength(1);
    await writeFile(path.join(dir, 'x.json'), '{"hello": 1}');
    await expect(readReport(path.join(dir, 'x.json'))).rejects.toThrow(/x\.json: not a briefpress batch report/);
    await writeFile(path.join(dir, 'bad.json'), '{');
    await expect(readReport(path.join(dir, 'bad.json'))).rejects.toThrow(/bad\.json: not valid JSON/);
    await expect(readReport(path.join(dir, 'none.json'))).rejects.toThrow(/cannot read report .*none\.json/);
  });
});
