/**
 * The command line: a thin yargs layer over the library API (a plain `render` command line is
 * read without it: plainArgs.ts). Exit codes: 0 ok, 1 an input failed, 2 usage.
 */
import { mkdir } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import type { Argv, Options } from 'yargs';
import { BriefError, formatDiagnostic } from '../diagnostics.js';
import { toInspectReport } from '../inspectReport.js';
import { inspectArticle, renderBrief, type BriefOptions } from '../pipeline.js';
import { PACKAGE_VERSION } from '../packageRoot.js';
import { registerBatchCommands } from './batchCommands.js';
import { outputPaths } from './outputPaths.js';
import { parseDate, RENDER_OPTIONS, renderOptions, UsageError, type RenderArgs } from './options.js';
import { plainArgs } from './plainArgs.js';


export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

function briefOptions(argv: RenderArgs): BriefOptions {
  return { lang: argv.lang, template: argv.template, paper: argv.paper, date: parseDate(argv.date) };
}

/** One line per problem on stderr; errors name file, line and what to do. */
function reportError(e: unknown): void {
  if (e instanceof BriefError) {
    const hint = e.hint ? ` (${e.hint})` : '';
    process.stderr.write(`error: ${e.message}${hint}\n`);
  } else {
    process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
  }
}

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk', ENOTDIR: 'a part of the path is a file, not a folder', EEXIST: 'a part of the path is a file, not a folder', ENOENT: 'the folder cannot be created',
};

/** node:fs's callback mkdir: node:fs/promises loads with readline and fs watchers (~1.2 ms of a render). */
const mkdirAsync = promisify(mkdir);

/** Writes a PDF atomically (temporary file + rename): a failure leaves no half-written file. */
async function writeOutput(target: string, pdf: Uint8Array): Promise<void> {
  try {
    await mkdirAsync(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new BriefError(`${target}: cannot write the brief: ${WRITE_PROBLEMS[code] ?? (e as Error).message}`, undefined, 'choose another output with -o');
  }
}

/** The render command's own options. */
const RENDER_COMMAND_OPTIONS = {
  output: { alias: 'o', type: 'string', default: 'output/', describe: 'output PDF file (one input) or folder' },
  quiet: { alias: 'q', type: 'boolean', describe: 'do not print diagnostics' },
} satisfies Record<string, Options>;

type RenderCommandArgs = { files: string[]; output: string; quiet?: boolean } & RenderArgs;

async function renderCommand(argv: RenderCommandArgs): Promise<number> {
  const options = briefOptions(argv);
  const targets = outputPaths(argv.files, argv.output);
  if ('error' in targets) throw new UsageError(targets.error);
  let failed = 0;
  for (const [i, file] of argv.files.entries()) {
    const target = targets[i]!;
    try {
      const result = await renderBrief(file, options);
      await writeOutput(target, result.pdf);
      for (const d of result.diagnostics) if (d.severity !== 'info' && !argv.quiet) process.stderr.write(`${formatDiagnostic(d)}\n`);
      process.stderr.write(`${file} -> ${target} (${result.pages} page${result.pages === 1 ? '' : 's'})\n`);
    } catch (e) {
      failed++;
      reportError(e);
    }
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function inspectCommand(argv: { file: string; json?: boolean } & RenderArgs): Promise<number> {
  const options = briefOptions(argv);
  try {
    const { article, analysis } = await inspectArticle(argv.file, options);
    const report = toInspectReport(article, analysis);
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return EXIT_OK;
    }
    const lines = [
      `${report.title}  [${report.lang}${report.date ? `, ${report.date}` : ''}, ${report.paragraphs} paragraphs]`,
      ...report.set_aside.map((s) => `  set aside (${s.kind}): ${s.text}`),
      'People:',
      ...report.people.map((p) => `  ${p.name}${p.roles.length ? ` — ${p.roles.join('; ')}` : ''}`),
      'Quotes:',
      ...report.quotes.map((q) => `  ${q.sidebar ? '*' : ' '} [${q.kind}] ${q.speaker ?? '(no speaker)'}: ${q.text.length > 90 ? `${q.text.slice(0, 87)}…` : q.text}`),
      'Figures:',
      ...report.figures.map((f) => `  ${f.key ? '*' : ' '} ${f.surface} = ${JSON.stringify(f.value)} ${f.unit}${f.qualifier ? ` (${f.qualifier})` : ''} — ${f.label}`),
      ...(report.diagnostics.length ? ['Diagnostics:', ...report.diagnostics.map((d) => `  ${argv.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`)] : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_OK;
  } catch (e) {
    reportError(e);
    return EXIT_FAILED;
  }
}

/** The part of yargs's internals (18.x, pinned) that `skipHelpCache` reaches: not in its typings. */
interface YargsInternals {
  getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void } };
}

/**
 * After running a command's handler, yargs lays out the whole help text and keeps it, in case
 * the handler asks for it (`showHelp`): 20–50 ms of a render, for a text ours never ask for.
 */
function skipHelpCache(cli: Argv): Argv {
  (cli as unknown as YargsInternals).getInternalMethods().getUsageInstance().cacheHelpMessage = () => {};
  return cli;
}

/**
 * The yargs parser of every command; yargs loads here, when a command line is not plain (see
 * `main`). `render` runs the render command: tests give theirs, to see what yargs passes it.
 */
export async function buildCli(argv: string[], setExit: (code: number) => void, render = renderCommand): Promise<Argv> {
  const { default: yargs } = await import('yargs');
  const commands = skipHelpCache(yargs(argv))
    .scriptName('briefpress')
    .usage('$0 <command> [options]\n\nTurns news articles into printed PDF briefs: the article in justified columns, a sidebar of quotes with their speakers, and a key-figures box.')
    .command(
      'render <files..>',
      'render one brief per article',
      (y) => renderOptions(y)
        .positional('files', { type: 'string', array: true, demandOption: true, describe: 'article files (plain text: title on line 1, blank lines between paragraphs)' })
        .options(RENDER_COMMAND_OPTIONS)
        .example('$0 render article.txt -o output/article.pdf', 'one brief')
        .example('$0 render inbox/*.txt -o output/', 'one brief per article in output/'),
      async (a) => setExit(await render(a as never)),
    )
    .command(
      'inspect <file>',
      'show what briefpress finds in an article: page parts, people, quotes, figures',
      (y) => renderOptions(y)
        .positional('file', { type: 'string', demandOption: true })
        .option('json', { type: 'boolean', describe: 'print one JSON object on stdout (see README)' }),
      async (a) => setExit(await inspectCommand(a as never)),
    );
  return registerBatchCommands(commands, setExit)
    .demandCommand(1, 'give a command: render, inspect, batch, report (see --help)')
    .strict()
    .version(PACKAGE_VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err) => {
      // Throwing stops yargs: a handler must not run after a validation failure.
      if (err && !(err instanceof UsageError)) throw err;
      throw err ?? new UsageError(msg);
    });
}

/** `render`'s arguments when `argv` gives them plainly (plainArgs.ts): read without yargs. */
export const plainRenderArgs = (argv: readonly string[]) =>
  plainArgs(argv, 'render', 'files', { ...RENDER_OPTIONS, ...RENDER_COMMAND_OPTIONS }) as RenderCommandArgs | undefined;

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  try {
    const plain = plainRenderArgs(argv);
    if (plain) code = await renderCommand(plain);
    else await (await buildCli(argv, (c) => (code = c))).parseAsync();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\nRun briefpress --help for usage.\n`);
      return EXIT_USAGE;
    }
    reportError(e);
    return EXIT_FAILED;
  }
  return code;
}
