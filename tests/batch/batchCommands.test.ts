import { describe, expect, it } from 'vitest';
import { batchOptions } from '../../src/cli/batchCommands.js';
import { batchExitCode, articleRecord } from '../../src/batch/runBatch.js';
import { summarize, type Report } from '../../src/batch/report.js';

const args = { inputs: ['inbox'], out: 'out', timeout: 120, duplex: true, copies: 1 };

describe('batchOptions', () => {
  it('turns --bundle without a file into the default bundle, and no --bundle into none', () => {
    expect(batchOptions({ ...args, bundle: '' }).bundle).toBe('');
    expect(batchOptions({ ...args }).bundle).toBe(false);
    expect(batchOptions({ ...args, bundle: 'morning.pdf' }).bundle).toBe('morning.pdf');
  });
  it('prints two-sided unless --no-duplex, and honours --sides', () => {
    expect(batchOptions({ ...args, print: true, printer: 'P', copies: 2 }).print).toEqual({ printer: 'P', copies: 2, sides: 'two-sided-long-edge' });
    expect(batchOptions({ ...args, print: true, duplex: false }).print).toEqual({ copies: 1, sides: 'one-sided' });
    expect(batchOptions({ ...args, print: true, sides: 'two-sided-short-edge' }).print).toMatchObject({ sides: 'two-sided-short-edge' });
    expect(batchOptions({ ...args }).print).toBe(false);
  });
  it('converts --timeout to milliseconds and --date to a Date', () => {
    const options = batchOptions({ ...args, timeout: 2.5, date: '2026-11-26' });
    expect(options.timeoutMs).toBe(2500);
    expect(options.date?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });
  it.each([
    [{ date: 'yesterday' }, /--date yesterday: not an ISO date/],
    [{ jobs: 0 }, /--jobs 0/],
    [{ jobs: 1.5 }, /--jobs 1.5/],
    [{ timeout: 0 }, /--timeout 0/],
    [{ copies: 0 }, /--copies 0/],
  ])('rejects %o', (bad, message) => {
    expect(() => batchOptions({ ...args, ...bad })).toThrow(message);
  });
});

describe('batchExitCode', () => {
  const report = (failed: number, extra: Partial<Report> = {}): Report => ({
    version: 1, shard: null, interrupted: false, bundle: null, bundleError: null, printJob: null, printError: null,
    summary: { ...summarize([], 0), failed }, articles: [], ...extra,
  });
  it('is 0 when all printed, 1 on a failure or a failed print, 130 when interrupted', () => {
    expect(batchExitCode({ report: report(0), reportFile: '' })).toBe(0);
    expect(batchExitCode({ report: report(2), reportFile: '' })).toBe(1);
    expect(batchExitCode({ report: report(0, { printError: 'no printer' }), reportFile: '' })).toBe(1);
    expect(batchExitCode({ report: report(0, { bundleError: 'layout cache missing' }), reportFile: '' })).toBe(1);
    expect(batchExitCode({ report: report(1, { interrupted: true }), reportFile: '' })).toBe(130);
  });
});

describe('articleRecord', () => {
  const item = { input: '/in/a.txt', key: 'a.txt', output: 'a.pdf', options: {} };
  it('records a printed article and a failed one', () => {
    expect(articleRecord(item, { ok: true, title: 'A', pages: 2, quotes: 3, figures: 4, pdf: { tmp: '/out/.briefpress/tmp/x.pdf', bytes: 9 }, layoutTmp: null, diagnostics: [] }, 12.6)).toEqual({
      input: '/in/a.txt', output: 'a.pdf', status: 'ok', title: 'A', pages: 2, quotes: 3, figures: 4, diagnostics: [], error: null, ms: 13,
    });
    expect(articleRecord(item, { ok: false, error: 'a.txt: error: empty', diagnostics: [] }, 1)).toMatchObject({ status: 'failed', output: null, error: 'a.txt: error: empty' });
  });
});
