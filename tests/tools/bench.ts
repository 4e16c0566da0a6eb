/**
 * `npm run bench`: speed figures, measured, never asserted in tests.
 *   npm run bench                 one brief per stage, layout+render over the corpus, analysis, one CLI process
 *   npm run bench -- cli [runs]   only the whole `briefpress render` process (default: median of 10)
 *   npm run bench -- batch …      the batch benchmark (tests/tools/benchBatch.ts)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../../src/analyse/figures/extractFigures.js';
import { extractQuotes } from '../../src/analyse/quotes/extractQuotes.js';
import { renderBriefFromBytes, type StageTimings } from '../../src/pipeline.js';
import { ingest } from '../../src/ingest/ingest.js';
import { PACKAGE_ROOT } from '../../src/packageRoot.js';

const CORPUS = path.join(PACKAGE_ROOT, 'tests/fixtures/corpus');
const SEED = path.join(PACKAGE_ROOT, 'examples/fr_microsoft_openai_envie_google.txt');
const date = new Date('2026-11-26T08:00:00Z');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Median of `runs` timings of `fn` after `warm` runs that fill the caches. */
function timeIt(fn: () => void, runs: number, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

async function briefs(runs: number): Promise<void> {
  const bytes = readFileSync(SEED);
  const per: StageTimings[] = [];
  const total: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    const r = await renderBriefFromBytes(SEED, bytes, { date });
    if (i >= 3) {
      total.push(performance.now() - t0);
      per.push(r.timings);
    }
  }
  console.log(`Seed brief, ${runs} renders in one process (after 3 warm-up renders):`);
  console.log(`  whole brief      ${ms(median(total))}`);
  for (const stage of ['ingest', 'analyse', 'compose', 'layout', 'render'] as const) {
    console.log(`  ${stage.padEnd(16)} ${ms(median(per.map((p) => p[stage])))}`);
  }
}

async function corpusLayoutRender(runs: number): Promise<void> {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, f));
  const rows: [string, number, number][] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const lr: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const r = await renderBriefFromBytes(file, bytes, { date });
      if (i >= 2) lr.push(r.timings.layout + r.timings.render);
    }
    const analysis = timeIt(() => extractQuotes(ingest(file, bytes)), runs);
    const figures = timeIt(() => extractFigures(ingest(file, bytes)), runs);
    rows.push([path.basename(file, '.txt'), median(lr), analysis]);
    console.log(`  ${path.basename(file, '.txt').padEnd(36)} layout+render ${ms(median(lr)).padStart(9)}   quotes ${ms(analysis).padStart(8)}   figures ${ms(figures).padStart(8)}`);
  }
  console.log(`  median layout+render over the corpus: ${ms(median(rows.map((r) => r[1])))}`);
}

/** Wall time of `runs` child processes of `args`, after one that fills the caches (the OS's and the CLI's code cache). */
function processTimes(args: string[], runs: number): number[] {
  const t: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    if (i > 0) t.push(performance.now() - t0);
  }
  return t;
}

function cliProcess(runs: number): void {
  const bin = path.join(PACKAGE_ROOT, 'bin/briefpress.js');
  const render = processTimes([bin, 'render', SEED, '-o', path.join(PACKAGE_ROOT, 'output/bench-seed.pdf'), '--date', '2026-11-26', '-q'], runs);
  const node = processTimes(['-e', '0'], runs);
  console.log(`One whole \`briefpress render\` process (seed, median of ${runs}): ${ms(median(render))} (min ${ms(Math.min(...render))}; \`node -e 0\` alone: ${ms(median(node))})`);
}

async function main(args: string[]): Promise<void> {
  if (args[0] === 'batch') {
    const { benchBatch } = await import('./benchBatch.js');
    return benchBatch(args.slice(1));
  }
  if (args[0] === 'cli') return cliProcess(Number(args[1] ?? 10));
  const runs = Number(args[0] ?? 30);
  await briefs(runs);
  console.log(`Per corpus article (median of ${runs}; analysis timed after start-up):`);
  await corpusLayoutRender(runs);
  cliProcess(10);
}

await main(process.argv.slice(2));
