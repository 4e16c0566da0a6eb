/**
 * `briefpress batch` and `briefpress report merge`: the command-line face of `runBatch`.
 * Exit codes: 0 all printed, 1 some article (or the print) failed, 2 usage error, 130 Ctrl-C.
 */
import type { Argv } from 'yargs';
import { BriefError } from '../diagnostics.js';
import type { BatchOptions } from '../batch/runBatch.js';
import { SIDES, type Sides } from '../batch/printBundle.js';
import { parseDate, renderOptions, UsageError, type RenderArgs } from './options.js';

// The batch machinery (worker pool, progress bar, reports) loads only when a batch command
// runs: `render` and `inspect` start faster without it.

interface BatchArgs extends RenderArgs {
  inputs: string[];
  out: string;
  jobs?: number;
  shard?: string;
  resume?: boolean;
  timeout: number;
  bundle?: string;
  duplex: boolean;
  print?: boolean;
  printer?: string;
  copies: number;
  sides?: Sides;
}

/** A usage problem found after parsing (bad value): reported like yargs' own, exit 2. */
function usage(message: string): never {
  throw new UsageError(message);
}

export function batchOptions(argv: BatchArgs): Omit<BatchOptions, 'progress' | 'signal'> {
  const date = parseDate(argv.date);
  if (argv.jobs !== undefined && !(Number.isInteger(argv.jobs) && argv.jobs >= 1)) usage(`--jobs ${argv.jobs}: give a whole number of workers, 1 or more`);
  if (!(argv.timeout > 0)) usage(`--timeout ${argv.timeout}: give seconds, more than 0`);
  if (!(Number.isInteger(argv.copies) && argv.copies >= 1)) usage(`--copies ${argv.copies}: give a whole number, 1 or more`);
  return {
    inputs: argv.inputs,
    out: argv.out,
    ...(argv.jobs !== undefined && { jobs: argv.jobs }),
    ...(argv.shard !== undefined && { shard: argv.shard }),
    resume: argv.resume ?? false,
    timeoutMs: argv.timeout * 1000,
    ...(argv.lang !== undefined && { lang: argv.lang }),
    ...(argv.template !== undefined && { template: argv.template }),
    ...(argv.paper !== undefined && { paper: argv.paper }),
    ...(date && { date }),
    // `--bundle` alone parses as '' (the default file); absent is undefined.
    bundle: argv.bundle === undefined ? false : argv.bundle,
    duplex: argv.duplex,
    print: argv.print
      ? {
          ...(argv.printer !== undefined && { printer: argv.printer }),
          copies: argv.copies,
          sides: argv.sides ?? (argv.duplex ? 'two-sided-long-edge' : 'one-sided'),
        }
      : false,
  };
}

async function batchCommand(argv: BatchArgs): Promise<number> {
  let options: ReturnType<typeof batchOptions>;
  try {
    options = batchOptions(argv);
  } catch (error) {
    return usageFailure(error);
  }
  const controller = new AbortController();
  const onSigint = () => {
    process.stderr.write('\nstopping: the articles in progress are abandoned, no partial file is left; rerun with --resume to finish\n');
    controller.abort();
  };
  // Once: a second Ctrl-C falls back to Node's default and ends the process at once.
  process.once('SIGINT', onSigint);
  const [{ runBatch, batchExitCode }, { createProgress }, { formatSummary }] = await Promise.all([
    import('../batch/runBatch.js'), import('../batch/progress.js'), import('../batch/report.js'),
  ]);
  try {
    const result = await runBatch({ ...options, progress: createProgress(), signal: controller.signal });
    process.stderr.write(`${formatSummary(result.report)}\n  report      ${result.reportFile}\n`);
    return batchExitCode(result);
  } catch (error) {
    // Bad inputs, shard or manifest are found before any article is rendered: usage errors.
    if (error instanceof BriefError) return usageFailure(error);
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

function usageFailure(error: unknown): number {
  if (!(error instanceof BriefError)) throw error;
  process.stderr.write(`error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`);
  return 2;
}

async function mergeCommand(argv: { reports: string[]; output?: string }): Promise<number> {
  const { formatSummary, mergeReports, readReport, writeReport } = await import('../batch/report.js');
  let reports;
  try {
    reports = await Promise.all(argv.reports.map(readReport));
  } catch (error) {
    return usageFailure(error);
  }
  const merged = mergeReports(reports);
  if (argv.output) await writeReport(argv.output, merged);
  else process.stdout.write(`${JSON.stringify(merged, null, 2)}\n`);
  process.stderr.write(`${formatSummary(merged)}\n`);
  return merged.summary.failed > 0 ? 1 : 0;
}

export function registerBatchCommands(y: Argv, setExit: (code: number) => void): Argv {
  return y
    .command(
      'batch <inputs..>',
      'print a batch: one brief per article, a report, and optionally a bundle sent to a printer',
      (b) =>
        renderOptions(b)
          .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'article files, folders, quoted globs, or .csv/.jsonl manifests' })
          .option('out', { alias: 'o', type: 'string', default: 'output/', describe: 'output folder (PDFs, report.json, bundle)' })
          .option('jobs', { alias: 'j', type: 'number', describe: 'worker threads (default: number of cores)' })
          .option('shard', { type: 'string', describe: 'render only share k of n (k/n), by hash of the input path' })
          .option('resume', { type: 'boolean', describe: 'skip articles whose PDF is up to date (same input, template, options)' })
          .option('timeout', { type: 'number', default: 120, describe: 'seconds allowed per article' })
          .option('bundle', { type: 'string', describe: 'also write one PDF for the printer (default file: bundle.pdf in --out)' })
          .option('duplex', { type: 'boolean', default: true, describe: 'start each brief of the bundle on an odd page (--no-duplex to pack them)' })
          .option('print', { type: 'boolean', describe: 'send the bundle to a CUPS printer with lp (implies --bundle)' })
          .option('printer', { type: 'string', describe: 'CUPS printer (default: the system default; lpstat -p lists them)' })
          .option('copies', { type: 'number', default: 1, describe: 'copies to print' })
          .option('sides', { choices: SIDES, describe: 'duplex mode for the printer (default: two-sided-long-edge, or one-sided with --no-duplex)' })
          .example("$0 batch 'inbox/**/*.txt' --out output/today --bundle --jobs 2", 'every article, plus a bundle')
          .example('$0 batch inbox/ --out output/today --print --printer Office-3F --copies 2', 'print the bundle')
          .example('$0 batch inbox/ --out output/today --resume', 'finish after a crash or Ctrl-C')
          .example('$0 batch inbox/ --out /shared/out --shard 3/16', 'one of 16 machines'),
      async (a) => setExit(await batchCommand(a as unknown as BatchArgs)),
    )
    .command('report', 'work with batch reports', (r) =>
      r
        .command(
          'merge <reports..>',
          'merge the report.json files of the shards of a batch into one',
          (m) =>
            m
              .positional('reports', { type: 'string', array: true, demandOption: true, describe: 'report files' })
              .option('output', { alias: 'o', type: 'string', describe: 'merged report file (default: stdout)' })
              .example('$0 report merge out/report-*-of-16.json -o out/report.json', 'one report for 16 shards'),
          async (a) => setExit(await mergeCommand(a as unknown as { reports: string[]; output?: string })),
        )
        .demandCommand(1, 'give a report command: merge'),
    );
}
