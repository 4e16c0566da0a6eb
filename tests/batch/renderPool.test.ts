import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createRenderPool, failureMessage, Interrupted, type RenderPool } from '../../src/batch/renderPool.js';
import type { RenderTask } from '../../src/batch/RenderTask.js';

const workerFile = fileURLToPath(new URL('../fixtures/batch/testWorker.mjs', import.meta.url));
const task = (input: string): RenderTask => ({ input, tmpDir: '/tmp', layout: false, options: { date: '2026-11-26T00:00:00Z' } });

let pool: RenderPool;
afterEach(async () => pool.destroy());

describe('createRenderPool', () => {
  it('returns what the worker returns', async () => {
    pool = createRenderPool({ jobs: 1, timeoutMs: 10_000, workerFile });
    await expect(pool.run(task('a.txt'))).resolves.toMatchObject({ ok: true, title: 'a.txt' });
  });

  it('records a worker that runs out of memory as a failed article and goes on', async () => {
    pool = createRenderPool({ jobs: 1, timeoutMs: 30_000, workerFile, maxHeapMb: 32 });
    const crashed = await pool.run(task('oom.txt'));
    expect(crashed.ok === false && crashed.error).toMatch(/^oom\.txt: error: the worker rendering this article crashed: .*memory/);
    await expect(pool.run(task('after.txt'))).resolves.toMatchObject({ ok: true });
  });

  it('catches a worker that exits silently by the timeout', async () => {
    // tinypool only notices worker errors; a plain exit leaves the task waiting, so the timeout ends it.
    pool = createRenderPool({ jobs: 1, timeoutMs: 500, workerFile });
    const exited = await pool.run(task('exit.txt'));
    expect(exited.ok === false && exited.error).toMatch(/^exit\.txt: error: rendering took longer than 0\.5 s/);
    await expect(pool.run(task('after.txt'))).resolves.toMatchObject({ ok: true });
  });

  it('records a worker exception as a failed article', async () => {
    pool = createRenderPool({ jobs: 1, timeoutMs: 10_000, workerFile });
    const failed = await pool.run(task('throw.txt'));
    expect(failed.ok === false && failed.error).toMatch(/boom/);
  });

  it('stops an article past its timeout and goes on', async () => {
    pool = createRenderPool({ jobs: 2, timeoutMs: 300, workerFile });
    const [hung, fine] = await Promise.all([pool.run(task('hang.txt')), pool.run(task('fine.txt'))]);
    expect(hung.ok === false && hung.error).toMatch(/^hang\.txt: error: rendering took longer than 0\.3 s/);
    expect(fine).toMatchObject({ ok: true });
    await expect(pool.run(task('next.txt'))).resolves.toMatchObject({ ok: true });
  });

  it('starts the timeout of an article when a worker takes it, not while it waits for one', async () => {
    pool = createRenderPool({ jobs: 1, timeoutMs: 600, workerFile });
    // The second waits ~400 ms for the worker, then takes ~400 ms: 800 ms in all, within its 600.
    const [first, second] = await Promise.all([pool.run(task('slow-1.txt')), pool.run(task('slow-2.txt'))]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });
    expect(second.ms).toBeGreaterThanOrEqual(390);
    expect(second.ms).toBeLessThan(600);
  });

  it('interrupt abandons running and waiting tasks as Interrupted, not as failures', async () => {
    pool = createRenderPool({ jobs: 1, timeoutMs: 10_000, workerFile });
    const running = pool.run(task('hang.txt'));
    const waiting = pool.run(task('next.txt'));
    setTimeout(() => pool.interrupt(), 200);
    await expect(running).rejects.toBeInstanceOf(Interrupted);
    await expect(waiting).rejects.toBeInstanceOf(Interrupted);
    await expect(pool.run(task('later.txt'))).rejects.toBeInstanceOf(Interrupted);
  });
});

describe('failureMessage', () => {
  it('says what to do', () => {
    expect(failureMessage('a.txt', new Error('x'), true, 5000)).toContain('raise --timeout');
    expect(failureMessage('a.txt', new Error('Worker exited'), false, 5000)).toContain('Worker exited');
  });
});
