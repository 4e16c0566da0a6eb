import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import renderArticle, { capDiagnostics, describeError } from '../../src/batch/renderWorker.js';
import { BriefError, type Diagnostic } from '../../src/diagnostics.js';
import { ROOT } from './helpers.js';

describe('renderArticle', () => {
  it('writes the PDF and the layout cache itself and returns only a small outcome', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefpress-worker-'));
    const input = path.join(ROOT, 'tests/fixtures/corpus/fr_boson_de_higgs.txt');
    const outcome = await renderArticle({
      input, output: path.join(dir, 'out/a.pdf'), tmpDir: dir, layoutFile: path.join(dir, 'layout/a.json'), options: { date: '2026-11-26T08:00:00Z' },
    });
    expect(outcome).toMatchObject({ ok: true, pages: 1 });
    const pdf = await readFile(path.join(dir, 'out/a.pdf'));
    expect(outcome.ok && outcome.bytes).toBe(pdf.length);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse(await readFile(path.join(dir, 'layout/a.json'), 'utf8')).pages).toHaveLength(1);
    // Nothing left behind in the temporary folder.
    expect((await readdir(dir)).sort()).toEqual(['layout', 'out']);
  });

  it('returns the error of an article that cannot be printed, naming the file', async () => {
    const outcome = await renderArticle({ input: '/no/such/article.txt', output: '/tmp/x.pdf', tmpDir: '/tmp', layoutFile: null, options: { date: '2026-11-26T08:00:00Z' } });
    expect(outcome.ok === false && outcome.error).toMatch(/^\/no\/such\/article\.txt: error: .*check that the file exists/);
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
