import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendJournal, articleKey, compactJournal, folderFingerprint, parseJournal, readJournal, stableJson, upToDate, type JournalEntry } from '../../src/batch/resume.js';
import type { ArticleRecord } from '../../src/batch/report.js';

const parts = { input: new TextEncoder().encode('Title\n\nBody'), templateFingerprint: 't', options: { lang: 'fr' }, version: '1' };
const record: ArticleRecord = { input: '/in/a.txt', output: 'a.pdf', status: 'ok', title: 'A', pages: 2, quotes: 1, figures: 1, diagnostics: [], error: null, ms: 5 };

describe('articleKey', () => {
  it('changes with input, template, options and version, not with key order', () => {
    const base = articleKey(parts);
    expect(articleKey({ ...parts })).toBe(base);
    expect(articleKey({ ...parts, input: new TextEncoder().encode('Title\n\nBody!') })).not.toBe(base);
    expect(articleKey({ ...parts, templateFingerprint: 'u' })).not.toBe(base);
    expect(articleKey({ ...parts, options: { lang: 'en' } })).not.toBe(base);
    expect(articleKey({ ...parts, version: '2' })).not.toBe(base);
    expect(stableJson({ b: 1, a: 2, c: undefined })).toBe('{"a":2,"b":1}');
  });
});

describe('folderFingerprint', () => {
  it('changes when a template file changes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefpress-fp-'));
    await writeFile(path.join(dir, 'brief.hbs'), '<brief/>');
    const before = await folderFingerprint(dir);
    expect(await folderFingerprint(dir)).toBe(before);
    await writeFile(path.join(dir, 'brief.hbs'), '<brief lang="fr"/>');
    expect(await folderFingerprint(dir)).not.toBe(before);
    expect(await folderFingerprint(path.join(dir, 'missing'))).not.toBe(before);
  });
});

describe('journal', () => {
  it('keeps the last entry per output and skips a line cut by a crash', () => {
    const a1: JournalEntry = { output: 'a.pdf', key: 'k1', bytes: 10, record };
    const a2: JournalEntry = { ...a1, key: 'k2' };
    const text = `${JSON.stringify(a1)}\n${JSON.stringify(a2)}\n${JSON.stringify({ ...a1, output: 'b.pdf' }).slice(0, 20)}`;
    const entries = parseJournal(text);
    expect([...entries.keys()]).toEqual(['a.pdf']);
    expect(entries.get('a.pdf')!.key).toBe('k2');
  });

  it('appends, compacts and reads back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefpress-journal-'));
    const file = path.join(dir, 'state.jsonl');
    expect((await readJournal(file)).size).toBe(0);
    appendJournal(file, { output: 'a.pdf', key: 'k1', bytes: 1, record });
    appendJournal(file, { output: 'a.pdf', key: 'k2', bytes: 1, record });
    const entries = await readJournal(file);
    await compactJournal(file, entries.values());
    expect((await readFile(file, 'utf8')).trim().split('\n')).toHaveLength(1);
    expect((await readJournal(file)).get('a.pdf')!.key).toBe('k2');
  });
});

describe('upToDate', () => {
  it('needs the same key, the PDF at its recorded size, and the extra files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefpress-uptodate-'));
    const pdf = path.join(dir, 'a.pdf');
    const layout = path.join(dir, 'a.json');
    await writeFile(pdf, '%PDF-1.7 0123');
    const entry: JournalEntry = { output: 'a.pdf', key: 'k', bytes: 13, record };
    expect(await upToDate(entry, 'k', pdf, [])).toBe(entry);
    expect(await upToDate(entry, 'other', pdf, [])).toBeNull();
    expect(await upToDate(undefined, 'k', pdf, [])).toBeNull();
    expect(await upToDate({ ...entry, bytes: 12 }, 'k', pdf, [])).toBeNull();
    expect(await upToDate(entry, 'k', pdf, [layout])).toBeNull();
    await writeFile(layout, '{}');
    expect(await upToDate(entry, 'k', pdf, [layout])).toBe(entry);
    expect(await upToDate({ ...entry, record: { ...record, status: 'failed' } }, 'k', pdf, [])).toBeNull();
  });
});
