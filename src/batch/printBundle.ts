/** `--print`: hands the bundle to CUPS with `lp` and reports the job id. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { BriefError } from '../diagnostics.js';

export const SIDES = ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'] as const;
export type Sides = (typeof SIDES)[number];

export interface PrintOptions {
  /** CUPS destination; the system default when absent. */
  printer?: string;
  copies?: number;
  sides?: Sides;
}

export function lpArgs(file: string, options: PrintOptions): string[] {
  return [
    ...(options.printer ? ['-d', options.printer] : []),
    ...(options.copies && options.copies > 1 ? ['-n', String(options.copies)] : []),
    ...(options.sides ? ['-o', `sides=${options.sides}`] : []),
    // The job title is what the print queue (and cups-pdf's file name) shows.
    '-t',
    path.basename(file, '.pdf'),
    '--',
    file,
  ];
}

/** `request id is Office-3F-42 (1 file(s))` -> `Office-3F-42`. */
export function parseJobId(stdout: string): string | null {
  return /request id is (\S+)/.exec(stdout)?.[1] ?? null;
}

/** A message saying what is missing and what to do, from how `lp` failed. */
export function explainLpFailure(printer: string | undefined, error: { code?: string | number; stderr: string }): string {
  const queue = printer ? `printer "${printer}"` : 'the default printer';
  if (error.code === 'ENOENT') {
    return 'cannot print: the lp command is not installed (install CUPS, e.g. apt-get install cups cups-client, or drop --print)';
  }
  if (/does not exist|not exist|Unknown printer|Bad printer/i.test(error.stderr)) {
    return `cannot print: ${queue} does not exist (lpstat -p lists the printers; pass one with --printer)`;
  }
  if (/no default destination/i.test(error.stderr)) {
    return 'cannot print: no default printer is set (pass --printer NAME; lpstat -p lists the printers)';
  }
  if (/scheduler not responding|connection refused|Unable to connect/i.test(error.stderr)) {
    return 'cannot print: the CUPS scheduler is not running (start cupsd, e.g. service cups start)';
  }
  return `cannot print on ${queue}: ${error.stderr.trim() || `lp exited with ${error.code}`}`;
}

export function printFile(file: string, options: PrintOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('lp', lpArgs(file, options), { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new BriefError(explainLpFailure(options.printer, { code: (error as NodeJS.ErrnoException).code ?? error.code ?? undefined, stderr: String(stderr) })));
        return;
      }
      const job = parseJobId(String(stdout));
      if (job === null) reject(new BriefError(`cannot print: lp gave no job id (its output: ${String(stdout).trim() || String(stderr).trim()})`));
      else resolve(job);
    });
  });
}
