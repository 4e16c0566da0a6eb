/**
 * Progress: a bar with count, rate and time left when stderr is a terminal; one plain line per
 * article otherwise (CI logs and pipes cannot redraw a bar).
 */
import cliProgress from 'cli-progress';
import type { ArticleRecord } from './report.js';

export interface Progress {
  start(total: number): void;
  done(record: ArticleRecord): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'briefs {bar} {value}/{total} | {rate}/s | {eta_formatted} left | {failed} failed',
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  let count = 0;
  let failed = 0;
  return {
    start(total) {
      started = performance.now();
      bar.start(total, 0, { rate: '0.0', failed: 0 });
    },
    done(record) {
      count += 1;
      if (record.status === 'failed') failed += 1;
      const seconds = (performance.now() - started) / 1000;
      bar.update(count, { rate: seconds > 0 ? (count / seconds).toFixed(1) : '0.0', failed });
    },
    stop: () => bar.stop(),
  };
}

function lineProgress(stream: NodeJS.WriteStream): Progress {
  let total = 0;
  let count = 0;
  return {
    start(n) {
      total = n;
    },
    done(record) {
      count += 1;
      stream.write(`${progressLine(count, total, record)}\n`);
    },
    stop() {},
  };
}

/** `[ 12/500] ok      a/x.pdf (3 pages, 45 ms)` or the failure with its message. */
export function progressLine(count: number, total: number, record: ArticleRecord): string {
  const counter = `[${String(count).padStart(String(total).length)}/${total}]`;
  switch (record.status) {
    case 'ok':
      return `${counter} ok      ${record.output} (${record.pages} pages, ${Math.round(record.ms)} ms)`;
    case 'skipped':
      return `${counter} skipped ${record.output} (up to date)`;
    case 'failed':
      return `${counter} failed  ${record.error}`;
  }
}
