/**
 * The worker pool (tinypool, worker threads): one task per worker at a time, a wall-clock
 * timeout per article, and a crashed or timed-out worker replaced without stopping the batch.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { RenderOutcome, RenderTask } from './RenderTask.js';

export interface PoolOptions {
  jobs: number;
  /** Per-article wall-clock limit; the worker is terminated and the article recorded as failed. */
  timeoutMs: number;
  /** Worker module (compiled JS); tests substitute their own to provoke crashes and hangs. */
  workerFile?: string;
  /** Heap limit per worker, so one runaway article fails alone instead of exhausting memory. */
  maxHeapMb?: number;
}

export interface RenderPool {
  run(task: RenderTask): Promise<RenderOutcome>;
  /** Terminates running tasks: their outcome is `interrupted`, not a failure of the article. */
  interrupt(): void;
  destroy(): Promise<void>;
}

/** The compiled worker, next to this module once built (`dist/src/batch/`). */
export const RENDER_WORKER = fileURLToPath(new URL('./renderWorker.js', import.meta.url));

export function defaultJobs(): number {
  return availableParallelism();
}

export class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

export function createRenderPool(options: PoolOptions): RenderPool {
  const pool = new Tinypool({
    filename: options.workerFile ?? RENDER_WORKER,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    // Workers stay up for the whole batch: fonts and templates are loaded once per worker.
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
  });
  const running = new Set<AbortController>();
  let interrupted = false;

  async function run(task: RenderTask): Promise<RenderOutcome> {
    if (interrupted) throw new Interrupted();
    const controller = new AbortController();
    running.add(controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    try {
      return (await pool.run(task, { signal: controller.signal })) as RenderOutcome;
    } catch (error) {
      if (interrupted) throw new Interrupted();
      return { ok: false, error: failureMessage(task.input, error, timedOut, options.timeoutMs), diagnostics: [] };
    } finally {
      clearTimeout(timer);
      running.delete(controller);
    }
  }

  return {
    run,
    interrupt() {
      interrupted = true;
      for (const controller of running) controller.abort();
    },
    destroy: () => pool.destroy(),
  };
}

export function failureMessage(input: string, error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) {
    return `${input}: error: rendering took longer than ${timeoutMs / 1000} s and was stopped (raise --timeout, or check the article: one huge paragraph is a common cause)`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `${input}: error: the worker rendering this article crashed: ${reason} (the rest of the batch went on; if it ran out of memory, check the article's size)`;
}
