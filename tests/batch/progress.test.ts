import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../src/batch/progress.js';
import type { ArticleRecord } from '../../src/batch/report.js';

const record: ArticleRecord = { input: '/in/a.txt', output: 'a.pdf', status: 'ok', title: 'A', pages: 3, quotes: 1, figures: 1, diagnostics: [], error: null, ms: 45.4 };

describe('progressLine', () => {
  it('numbers each article and says what became of it', () => {
    expect(progressLine(12, 500, record)).toBe('[ 12/500] ok      a.pdf (3 pages, 45 ms)');
    expect(progressLine(1, 2, { ...record, status: 'skipped' })).toBe('[1/2] skipped a.pdf (up to date)');
    expect(progressLine(2, 2, { ...record, status: 'failed', error: 'b.txt: error: empty' })).toBe('[2/2] failed  b.txt: error: empty');
  });
});

describe('createProgress', () => {
  it('writes plain lines when the stream is not a terminal', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const progress = createProgress(stream);
    progress.start(1);
    progress.done(record);
    progress.stop();
    expect(written).toEqual(['[1/1] ok      a.pdf (3 pages, 45 ms)\n']);
  });
});
