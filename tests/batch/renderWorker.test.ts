import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import renderArticle, { capDiagnostics, describeError } from '../../src/batch/renderWorker.js';
import { BriefError, type Diagnostic } from '../../src/diagnostics.js';
import { ROOT } from './helpers.js';

describe('renderArticle', () => {
  const input = path.join(ROOT, 'tests/fixtures/corpus/fr_boson_de_higgs.txt');
  const options = { date: '2026-11-26T08:00:00Z' };

  it('renders the article into the temporary folder: the PDF, and the display list when asked', async () => {
    const tmpDir = await mkdtemp(path.join(tmpdir(), 'briefpress-worker-'));
    const outcome = await renderArticle({ input, tmpDir, layout: true, options });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome).toMatchObject({ pages: 1 });
    const pdf = await readFile(outcome.pdf.tmp);
    expect(pdf.length).toBe(outcome.pdf.bytes);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((JSON.parse(await readFile(outcome.layoutTmp!, 'utf8')) as { pages: unknown[] }).pages).toHaveLength(1);
    expect((await readdir(tmpDir)).map((f) => path.join(tmpDir, f)).sort()).toEqual([outcome.pdf.tmp, outcome.layoutTmp].sort());
    const without = await renderArticle({ input, tmpDir, layout: false, options });
    expect(without.ok && without.layoutTmp).toBeNull();
  });

  it('returns the error of an article that cannot be read, naming the file', async () => {
    const outcome = await renderArticle({ input: '/no/such/article.txt', tmpDir: tmpdir(), layout: false, options });
    expect(outcome.ok === false && outcome.error).toMatch(/^\/no\/such\/article\.txt: error: .*check that the file exists/);
  });

  it('fails the article, saying so, when it cannot write to the temporary folder', async () => {
    const outcome = await renderArticle({ input, tmpDir: '/no/such/folder', layout: false, options });
    expect(outcome.ok === false && outcome.error).toMatch(/: error: cannot write \/no\/such\/folder: .*check that --out can be written to/);
  });
});

describe('describeError', () => {
  it('keeps the location and hint of a BriefError', () => {
    const error = new BriefError('template error: Parse error', { file: 't/brief.hbs', line: 5, column: 1 }, 'fix the template');
    expect(describeError('a.txt', error)).toBe('t/brief.hbs:5:1: error: template error: Parse error (fix the template)');
    expect(describeError('a.txt', new BriefError('the file is empty'))).toBe('a.txt: error: the file is empty');
  });
  it('marks anything else as a briefpress defect', () => {
    expect(describeError('a.txt', new TypeError('x is undefined'))).toMatch(/^a\.txt: error: x is undefined \(an unexpected failure in briefpress/);
  });
});

describe('capDiagnostics', () => {
  it('keeps the first hundred and says how many more there were', () => {
    const many: Diagnostic[] = Array.from({ length: 130 }, (_, i) => ({ severity: 'warning', code: 'x', message: `m${i}` }));
    const capped = capDiagnostics(many);
    expect(capped).toHaveLength(101);
    expect(capped[100]).toMatchObject({ code: 'batch.diagnostics-capped', message: '30 more diagnostics not listed' });
    expect(capDiagnostics(many.slice(0, 3))).toHaveLength(3);
  });
});
