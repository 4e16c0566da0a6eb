/**
 * `npm run bench -- batch [count]`: the batch benchmark. Generates `count` (default 500)
 * articles from the corpus, each with its own names and figures, renders them with --jobs 1
 * and --jobs 2, and prints briefs per second, their ratio, where the CPU time went (workers,
 * V8's own threads, the main thread), peak memory, and the bundle's size against the sum of the
 * single PDFs; then 100 against 1,000 articles, to see whether memory grows with the batch.
 * Each run is a child process, so its peak RSS is its own (worker threads
 * share that process: a worker's share is read as the difference between --jobs 2 and --jobs 1).
 * A run's time is that of `runBatch`, from planning to the report written: it includes starting
 * the workers and their warm-up, not starting Node and loading the CLI (see `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../../src/batch/runBatch.js';
import { PACKAGE_ROOT } from '../../src/packageRoot.js';

const CORPUS = path.join(PACKAGE_ROOT, 'tests/fixtures/corpus');
const DATE = new Date('2026-11-26T08:00:00Z');

interface RunFigures {
  articles: number;
  failed: number;
  ms: number;
  briefsPerSecond: number;
  peakRssMb: number;
  /** CPU time of the whole process (main and workers) over wall time: below `jobs`, other processes took the cores. */
  coresUsed: number;
  mainHeapPeakMb: number;
  /** The machine's 1-minute load average when the run started: other processes share the cores. */
  load: number;
  /** CPU seconds by kind of thread (Linux only, else null); see threadCpu. */
  cpu: ThreadCpu | null;
  bundleBytes: number | null;
  singlesBytes: number;
}

/**
 * `count` articles: the corpus in turn, each made a story of its own, with its own title, a
 * closing sentence, and its people, places and figures renamed and renumbered as the next
 * story's would be. Fifteen texts repeated word for word would flatter the batch: every word
 * shaped, hyphenated and looked up once serves again and again, and the caches never grow,
 * where a real inbox brings new names and numbers with each article.
 */
async function generateArticles(folder: string, count: number): Promise<void> {
  const names = (await readdir(CORPUS)).filter((n) => n.endsWith('.txt')).sort();
  const texts = await Promise.all(names.map((n) => readFile(path.join(CORPUS, n), 'utf8')));
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < count; i += 1) {
    const [title, ...rest] = retold(texts[i % texts.length]!, i).trimEnd().split('\n');
    const varied = [`${title} — ${i + 1}`, ...rest, '', `Edition ${i + 1}, revised ${(i * 7) % 60} minutes after the first report.`];
    await writeFile(path.join(folder, `${String(i).padStart(5, '0')}.txt`), `${varied.join('\n')}\n`);
  }
}

/**
 * The text as story `story` tells it: each capitalised word inside a sentence (a name, mostly)
 * takes a suffix of its own, the same throughout the story; each number, its last digit shifted.
 */
function retold(text: string, story: number): string {
  const suffix = story.toString(26).replace(/./g, (d) => 'aeioulnrst'.charAt(parseInt(d, 26) % 10) + 'bcdfghjkmpvz'.charAt(parseInt(d, 26) % 12));
  return text
    .replace(/(?<=\p{Ll} )\p{Lu}\p{Ll}{2,}(?!\p{L})/gu, (name) => name + suffix)
    .replace(/\d(?!\d)/g, (digit) => String((Number(digit) + story) % 10));
}

/**
 * Where the CPU time went: the main thread; the threads the process started with, which are
 * V8's (concurrent compilation, concurrent marking, parallel scavenges; Node starts four); and
 * the threads started later: the workers (and libuv's, which do little here). With --jobs 1 the
 * V8 threads run on the second core beside the worker; with --jobs 2 they take from the workers.
 */
interface ThreadCpu {
  main: number;
  v8: number;
  workers: number;
}

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common architecture). */
const TICKS_PER_SECOND = 100;

/** CPU seconds of each live thread of this process, by thread id; empty where there is no /proc. */
function threadSeconds(): Map<number, number> {
  const seconds = new Map<number, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seconds.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    }
  } catch {
    // no /proc, or a thread that ended while being read: the next sample has the rest
  }
  return seconds;
}

/** Samples the threads until `stop()`, which returns the CPU time by kind (workers end before it: hence the samples). */
function sampleThreads(): { sample(): void; stop(): ThreadCpu | null } {
  const startup = new Set(threadSeconds().keys());
  const last = new Map<number, number>();
  const sample = () => {
    for (const [tid, s] of threadSeconds()) last.set(tid, s);
  };
  return {
    sample,
    stop() {
      sample();
      if (last.size === 0) return null;
      const cpu: ThreadCpu = { main: 0, v8: 0, workers: 0 };
      for (const [tid, s] of last) cpu[tid === process.pid ? 'main' : startup.has(tid) ? 'v8' : 'workers'] += s;
      return cpu;
    },
  };
}

/** In the child: one batch, then its figures as one JSON line on stdout. */
async function childRun(inbox: string, out: string, jobs: number, bundle: boolean): Promise<void> {
  const load = loadavg()[0]!;
  let mainHeapPeak = 0;
  const sampler = setInterval(() => (mainHeapPeak = Math.max(mainHeapPeak, process.memoryUsage().heapUsed)), 20);
  // Less often: a worker's last 100 ms before it ends are idle (the pool ends after the last brief).
  const threads = sampleThreads();
  const threadSampler = setInterval(threads.sample, 100);
  const t0 = performance.now();
  const { report } = await runBatch({ inputs: [inbox], out, jobs, date: DATE, bundle, resume: bundle });
  const ms = performance.now() - t0;
  clearInterval(sampler);
  clearInterval(threadSampler);
  const cpu = threads.stop();
  const usage = process.resourceUsage();
  const singles = await Promise.all(report.articles.filter((a) => a.output).map(async (a) => (await stat(path.join(out, a.output!))).size));
  const figures: RunFigures = {
    articles: report.summary.articles,
    failed: report.summary.failed,
    ms,
    briefsPerSecond: (report.summary.ok / ms) * 1000,
    peakRssMb: usage.maxRSS / 1024,
    coresUsed: (usage.userCPUTime + usage.systemCPUTime) / 1000 / ms,
    mainHeapPeakMb: mainHeapPeak / 2 ** 20,
    load,
    cpu,
    bundleBytes: report.bundle?.bytes ?? null,
    singlesBytes: singles.reduce((s, n) => s + n, 0),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function spawnRun(inbox: string, out: string, jobs: number, bundle = false): RunFigures {
  const bench = fileURLToPath(new URL('./bench.js', import.meta.url));
  const child = spawnSync(process.execPath, [bench, 'batch', '--child', inbox, out, String(jobs), String(bundle)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`bench child failed with ${child.status}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as RunFigures;
}

const mb = (x: number) => `${x.toFixed(0)} MB`;
const perBrief = (seconds: number, run: RunFigures) => ((1000 * seconds) / run.articles).toFixed(1);

export async function benchBatch(args: string[]): Promise<void> {
  if (args[0] === '--child') return childRun(args[1]!, args[2]!, Number(args[3]), args[4] === 'true');
  const count = Number(args[0] ?? 500);
  const work = await mkdtemp(path.join(tmpdir(), 'briefpress-bench-'));
  try {
    const inbox = path.join(work, 'inbox');
    await generateArticles(inbox, count);
    const one = spawnRun(inbox, path.join(work, 'jobs1'), 1);
    const two = spawnRun(inbox, path.join(work, 'jobs2'), 2);
    console.log(`${count} articles (${one.failed} failed)`);
    for (const [jobs, run] of [[1, one], [2, two]] as const) {
      console.log(`  --jobs ${jobs}: ${(run.ms / 1000).toFixed(1)} s, ${run.briefsPerSecond.toFixed(1)} briefs/s, ${run.coresUsed.toFixed(2)} cores used, peak RSS ${mb(run.peakRssMb)}, main heap peak ${mb(run.mainHeapPeakMb)} (load ${run.load.toFixed(1)})`);
      if (run.cpu) console.log(`    CPU ms a brief: workers ${perBrief(run.cpu.workers, run)}, V8's threads ${perBrief(run.cpu.v8, run)}, main thread ${perBrief(run.cpu.main, run)}`);
    }
    console.log(`  speed-up --jobs 2 / --jobs 1: ${(two.briefsPerSecond / one.briefsPerSecond).toFixed(2)}×`);
    console.log(`  one worker's share of memory (RSS jobs 2 − jobs 1): ${mb(two.peakRssMb - one.peakRssMb)}`);
    // The bundle from the layout cache of an up-to-date batch: every brief skipped, only the bundle drawn.
    const bundled = spawnRun(inbox, path.join(work, 'bundle'), 2, true);
    const cached = spawnRun(inbox, path.join(work, 'bundle'), 2, true);
    console.log(`  bundle: ${(bundled.bundleBytes! / 2 ** 20).toFixed(1)} MB for ${count} briefs, ${((100 * bundled.bundleBytes!) / bundled.singlesBytes).toFixed(0)} % of the single PDFs (${(bundled.singlesBytes / 2 ** 20).toFixed(1)} MB); rebuilt from the cache in ${(cached.ms / 1000).toFixed(1)} s, peak RSS ${mb(cached.peakRssMb)}`);
    await rm(path.join(work, 'jobs1'), { recursive: true });
    await rm(path.join(work, 'jobs2'), { recursive: true });
    await rm(path.join(work, 'bundle'), { recursive: true });
    for (const n of [100, 1000]) {
      const folder = path.join(work, `inbox-${n}`);
      await generateArticles(folder, n);
      const run = spawnRun(folder, path.join(work, `out-${n}`), 2);
      console.log(`  ${String(n).padStart(4)} articles, --jobs 2: peak RSS ${mb(run.peakRssMb)}, main heap peak ${mb(run.mainHeapPeakMb)}, ${run.briefsPerSecond.toFixed(1)} briefs/s (load ${run.load.toFixed(1)})`);
      await rm(path.join(work, `out-${n}`), { recursive: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
