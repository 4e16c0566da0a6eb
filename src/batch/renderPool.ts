/**
 * The worker pool (tinypool, worker threads): one task per worker at a time, a wall-clock
 * timeout per article, and a crashed or timed-out worker replaced without stopping the batch.
 * Callers may run more tasks than there are workers (so the next article is ready when a worker
 * frees up): the extra ones wait here, not in tinypool's queue, so that an article's timeout
 * starts when a worker takes it, not while it waits its turn behind a slow one.
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

/** A worker's outcome, with the milliseconds from a worker taking the task to its answer. */
export type TimedOutcome = RenderOutcome & { ms: number };

export interface RenderPool {
  run(task: RenderTask): Promise<TimedOutcome>;
  /** Terminates running tasks: their outcome is `interrupted`, not a failure of the article. */
  interrupt(): void;
  destroy(): Promise<void>;
}

/** The worker module, next to this module once built (`dist/src/batch/`): the bundled renderWorker. */
export const RENDER_WORKER = fileURLToPath(new URL('./bundledWorker.js', import.meta.url));

/**
 * A worker's young generation: 8 MB semi-spaces instead of V8's 16. A worker that never waits
 * keeps its young generation at the maximum; halved, it saves ~22 MB a worker for ~3–5 % more
 * CPU (scavenges twice as often). 16 MB (4 MB semi-spaces) saves nothing more and costs ~10 %.
 */
const YOUNG_GENERATION_MB = 24;

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
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const running = new Set<AbortController>();
  const slots = createSlots(options.jobs);
  let interrupted = false;

  async function runOnWorker(task: RenderTask): Promise<RenderOutcome> {
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

  async function run(task: RenderTask): Promise<TimedOutcome> {
    if (interrupted) throw new Interrupted();
    await slots.take();
    try {
      if (interrupted) throw new Interrupted();
      const started = performance.now();
      const outcome = await runOnWorker(task);
      return { ...outcome, ms: performance.now() - started };
    } finally {
      slots.give();
    }
  }

  return {
    run,
    interrupt() {
      interrupted = true;
      slots.cancel(new Interrupted());
      for (const controller of running) controller.abort();
    },
    destroy: () => pool.destroy(),
  };
}

/** `count` slots taken in arrival order; `cancel` rejects every waiting taker. */
function createSlots(count: number) {
  let free = count;
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    take(): Promise<void> {
      if (free === 0) return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      free -= 1;
      return Promise.resolve();
    },
    give(): void {
      const next = waiting.shift();
      if (next) next.resolve();
      else free += 1;
    },
    cancel(error: Error): void {
      for (const taker of waiting.splice(0)) taker.reject(error);
    },
  };
}

export function failureMessage(input: string, error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) {
    return `${input}: error: rendering took longer than ${timeoutMs / 1000} s and was stopped (raise --timeout, or check the article: one huge paragraph is a common cause)`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `${input}: error: the worker rendering this article crashed: ${reason} (the rest of the batch went on; if it ran out of memory, check the article's size)`;
}
