/** runBatch itself, in this process: what it starts, and what it skips. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as renderPool from '../../src/batch/renderPool.js';
import { runBatch } from '../../src/batch/runBatch.js';
import { runCli, writeArticles } from './helpers.js';

vi.mock('../../src/batch/renderPool.js', async (original) => {
  const actual = await original<typeof import('../../src/batch/renderPool.js')>();
  return { ...actual, createRenderPool: vi.fn(actual.createRenderPool) };
});

const DATE = '2026-11-26T08:00:00Z';
let inbox: string;
let out: string;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefpress-run-'));
  inbox = path.join(dir, 'inbox');
  out = path.join(dir, 'out');
  await writeArticles(inbox, 3);
  const first = await runCli(['batch', inbox, '--out', out, '--jobs', '1', '--date', DATE]);
  expect(first.code, first.stderr).toBe(0);
});

describe('runBatch', () => {
  it('starts no worker when --resume finds every brief up to date', async () => {
    const { report } = await runBatch({ inputs: [inbox], out, jobs: 2, resume: true, date: new Date(DATE) });
    expect(report.summary).toMatchObject({ articles: 3, skipped: 3, failed: 0 });
    expect(renderPool.createRenderPool).not.toHaveBeenCalled();
  });
});
