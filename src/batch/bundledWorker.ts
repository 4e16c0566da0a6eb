/**
 * The module the pool's worker threads load: renderWorker as scripts/bundle.mjs bundles it
 * (dist/bundle/renderWorker.cjs), run with a V8 code cache, as bin/briefpress.js runs the CLI.
 * Each worker imported the pipeline's few hundred ES modules (~1 s of a batch on a loaded
 * machine), then compiled each function as its first briefs ran it: every batch, every worker.
 */
import path from 'node:path';
import { runCachedBundle } from '../codeCache.js';
import { PACKAGE_ROOT } from '../packageRoot.js';
import type { RenderOutcome, RenderTask } from './RenderTask.js';
import type renderArticle from './renderWorker.js';

const worker = runCachedBundle<{ default: typeof renderArticle }>(
  path.join(PACKAGE_ROOT, 'dist/bundle/renderWorker.cjs'),
  path.join(PACKAGE_ROOT, 'node_modules/.cache/briefpress'),
  'worker',
);
let cacheSaved = false;

export default async function renderBundled(task: RenderTask): Promise<RenderOutcome> {
  const outcome = await worker.exports.default(task);
  // After a first brief the cache holds the functions a render runs (only if there was none).
  if (!cacheSaved) {
    cacheSaved = true;
    worker.saveCache();
  }
  return outcome;
}
