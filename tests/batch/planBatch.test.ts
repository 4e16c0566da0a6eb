import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { staticBase } from '../../src/batch/inputs.js';
import { outputPath, planBatch } from '../../src/batch/planBatch.js';
import { BriefError } from '../../src/diagnostics.js';

let dir: string;
const OUT = '/nonexistent-out';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefpress-plan-'));
  for (const file of ['inbox/a/x.txt', 'inbox/b/x.txt', 'inbox/b/y.md', 'inbox/notes.csv.bak', 'inbox/.hidden.txt', 'other/z.txt']) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), 'Title\n\nBody.\n');
  }
  await writeFile(path.join(dir, 'list.csv'), 'path,lang,title,output\ninbox/a/x.txt,fr,Premier,desk/first\nother/z.txt,,,\n');
  await writeFile(path.join(dir, 'list.jsonl'), '{"path": "inbox/b/y.md", "paper": "Letter"}\n\n{"path": "other/z.txt", "template": "tpl"}\n');
  await writeFile(path.join(dir, 'bad.jsonl'), '{"path": "a.txt"}\n{"path": "b.txt", "colour": "red"}\n');
  await writeFile(path.join(dir, 'escape.csv'), 'path,output\ninbox/a/x.txt,../../etc/x.pdf\n');
});

describe('planBatch', () => {
  it('expands a folder to its articles (text and Markdown), sorted, mirroring its tree', async () => {
    const plan = await planBatch(['inbox'], dir, OUT);
    expect(plan.map((p) => [p.key, p.output])).toEqual([
      ['a/x.txt', 'a/x.pdf'],
      ['b/x.txt', 'b/x.pdf'],
      ['b/y.md', 'b/y.pdf'],
    ]);
  });
  it('expands quoted globs from their static base', async () => {
    const plan = await planBatch(['inbox/**/x.txt'], dir, OUT);
    expect(plan.map((p) => p.output)).toEqual(['a/x.pdf', 'b/x.pdf']);
    expect(staticBase('inbox/a/**/*.txt')).toBe('inbox/a');
    expect(staticBase('*.txt')).toBe('.');
  });
  it('names files from different folders by their common root', async () => {
    const plan = await planBatch(['inbox/a/x.txt', 'inbox/b/x.txt', 'other/z.txt', 'inbox/a/x.txt'], dir, OUT);
    expect(plan.map((p) => p.output)).toEqual(['inbox/a/x.pdf', 'inbox/b/x.pdf', 'other/z.pdf']);
  });
  it('reads CSV and JSON-lines manifests with per-article options', async () => {
    const csv = await planBatch(['list.csv'], dir, OUT);
    expect(csv.map((p) => [p.output, p.options])).toEqual([
      ['desk/first.pdf', { lang: 'fr', title: 'Premier' }],
      ['other/z.pdf', {}],
    ]);
    const jsonl = await planBatch(['list.jsonl'], dir, OUT);
    expect(jsonl[0]!.options).toEqual({ paper: 'Letter' });
    expect(jsonl[1]!.options).toEqual({ template: path.join(dir, 'tpl') });
    expect(jsonl[1]!.origin).toEqual({ file: path.join(dir, 'list.jsonl'), line: 3, column: 1 });
  });
  it('names the manifest line of an unknown field', async () => {
    await expect(planBatch(['bad.jsonl'], dir, OUT)).rejects.toThrow(/bad\.jsonl:2: unknown field "colour"/);
  });
  it('refuses an output name that leaves --out', async () => {
    await expect(planBatch(['escape.csv'], dir, OUT)).rejects.toThrow(/escape\.csv:2: .*outside the output folder/);
  });
  it('reports a missing input and an empty selection', async () => {
    await expect(planBatch(['nope.txt'], dir, OUT)).rejects.toThrow(/input not found: nope\.txt/);
    await expect(planBatch(['inbox/**/*.docx'], dir, OUT)).rejects.toThrow(BriefError);
  });
  it('shards 1/3, 2/3, 3/3 cover the plan exactly once', async () => {
    const all = await planBatch(['inbox', 'other'], dir, OUT);
    const shards = await Promise.all([1, 2, 3].map((index) => planBatch(['inbox', 'other'], dir, OUT, { index, count: 3 })));
    const outputs = shards.flat().map((p) => p.output);
    expect(outputs.sort()).toEqual(all.map((p) => p.output).sort());
  });
  it('leaves out the files under --out, such as its report.json', async () => {
    await mkdir(path.join(dir, 'inbox/out'), { recursive: true });
    await writeFile(path.join(dir, 'inbox/out/report.json'), '{}');
    const plan = await planBatch(['inbox'], dir, path.join(dir, 'inbox/out'));
    expect(plan.map((p) => p.key)).toEqual(['a/x.txt', 'b/x.txt', 'b/y.md']);
  });
  it('keeps outputs inside --out', () => {
    expect(outputPath('/out', { input: '/in/a.txt', key: 'a.txt', output: 'a/b.pdf', options: {} })).toBe('/out/a/b.pdf');
    expect(() => outputPath('/out', { input: '/in/a.txt', key: 'a.txt', output: '../b.pdf', options: {} })).toThrow(/would leave/);
  });
});
