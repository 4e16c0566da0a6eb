/** The command line as a user runs it: a child process of the built CLI. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, PACKAGE_VERSION } from '../../src/packageRoot.js';
import { inspectArticle, renderBrief } from '../../src/pipeline.js';
import { toInspectReport } from '../../src/inspectReport.js';
import { CORPUS_DIR, SEED } from '../helpers/corpus.js';

const BIN = path.join(PACKAGE_ROOT, 'bin/briefpress.js');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'briefpress-cli-'));

describe('briefpress CLI', () => {
  it('prints its version and help', () => {
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${PACKAGE_VERSION}\n` });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/render <files\.\.>/);
    expect(help.stdout).toMatch(/inspect <file>/);
  });

  it('exits 2 on usage errors, saying what is wrong', () => {
    expect(run([]).code).toBe(2);
    const unknown = run(['render', SEED, '--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/colour/);
    expect(run(['render', SEED, '--date', 'yesterday']).stderr).toMatch(/--date yesterday: not an ISO date/);
    expect(run(['render', SEED, '--date', 'yesterday']).code).toBe(2);
    expect(run(['render', SEED, SEED, '-o', path.join(tmp(), 'one.pdf')]).code).toBe(2);
  });

  it('renders the good inputs, reports the bad one by name and exits 1', () => {
    const dir = tmp();
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const out = path.join(dir, 'out');
    const r = run(['render', SEED, empty, path.join(dir, 'missing.txt'), '-o', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${empty}: the file is empty`);
    expect(r.stderr).toContain('missing.txt: cannot read the article: no such file');
    expect(readdirSync(out)).toEqual(['fr_microsoft_openai_envie_google.pdf']);
    expect(readFileSync(path.join(out, 'fr_microsoft_openai_envie_google.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes byte-identical PDFs for the same --date, and honours SOURCE_DATE_EPOCH', () => {
    const dir = tmp();
    const [a, b, c, d] = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf'].map((f) => path.join(dir, f)) as [string, string, string, string];
    expect(run(['render', SEED, '-o', a, '--date', '2026-11-26T08:00:00Z', '-q']).code).toBe(0);
    expect(run(['render', SEED, '-o', b, '--date', '2026-11-26T08:00:00Z', '-q']).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    run(['render', SEED, '-o', c, '-q'], { SOURCE_DATE_EPOCH: String(Date.parse('2026-11-26T08:00:00Z') / 1000) });
    expect(readFileSync(c).equals(readFileSync(a))).toBe(true);
    run(['render', SEED, '-o', d, '--date', '2026-11-27', '-q']);
    expect(readFileSync(d).equals(readFileSync(a))).toBe(false);
  });

  it('inspect --json prints exactly one JSON object of the documented shape on stdout', () => {
    const r = run(['inspect', SEED, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['file', 'lang', 'title', 'dek', 'date', 'paragraphs', 'set_aside', 'people', 'quotes', 'figures', 'diagnostics']);
    expect(report).toMatchObject({ lang: 'fr', dek: null, date: null, paragraphs: 9 });
    expect(report.set_aside.map((s: { kind: string }) => s.kind)).toEqual(['caption', 'credit', 'trailer']);
    const seed = readFileSync(SEED, 'utf8');
    for (const q of report.quotes) expect(seed.slice(q.start, q.end)).toContain(q.text.slice(0, 20));
    for (const d of report.diagnostics) expect(d).toEqual({ severity: expect.any(String), code: expect.any(String), message: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
  });

  it('inspect fails with a clear message on a binary file', () => {
    const file = path.join(tmp(), 'photo.jpg');
    writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    const r = run(['inspect', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/photo\.jpg: this looks like a binary file/);
  });

  it('says clearly when the output cannot be written', () => {
    const dir = tmp();
    const blocker = path.join(dir, 'file');
    writeFileSync(blocker, 'not a folder');
    const r = run(['render', SEED, '-o', path.join(blocker, 'x.pdf'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(blocker, 'x.pdf')}: cannot write the brief:`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the bundled command line prints the very bytes the library does', async () => {
    // The bundle loads some modules lazily and edits franc-min (scripts/bundle.mjs): same results.
    const date = '2026-11-26T08:00:00Z';
    const dir = tmp();
    for (const file of [SEED, path.join(CORPUS_DIR, 'en_korea_quasi_state_of_war.txt'), path.join(PACKAGE_ROOT, 'examples/en_storm_brief.md')]) {
      const out = path.join(dir, `${path.basename(file)}.pdf`);
      expect(run(['render', file, '-o', out, '--date', date, '-q']).code).toBe(0);
      const brief = await renderBrief(file, { date: new Date(date) });
      expect(readFileSync(out).equals(Buffer.from(brief.pdf))).toBe(true);
      const { article, analysis } = await inspectArticle(file);
      expect(JSON.parse(run(['inspect', file, '--json']).stdout)).toEqual(JSON.parse(JSON.stringify(toInspectReport(article, analysis))));
    }
  });

  it('leaves no file behind when a render fails', () => {
    const dir = tmp();
    const bin = path.join(dir, 'x.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2]));
    expect(run(['render', bin, '-o', path.join(dir, 'x.pdf')]).code).toBe(1);
    expect(existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });
});
