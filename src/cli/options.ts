/** Options every command that renders shares, and how their values are checked. */
import type { Argv, Options } from 'yargs';
import { BriefError } from '../diagnostics.js';

/** A bad option value: the command stops before doing anything and exits 2. */
export class UsageError extends BriefError {}

/** The date of `--date`; undefined when absent (then `SOURCE_DATE_EPOCH`, else now). */
export function parseDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--date ${value}: not an ISO date (for example 2026-11-26 or 2026-11-26T08:00:00Z)`);
  return d;
}

export interface RenderArgs {
  lang?: string;
  template?: string;
  paper?: 'A4' | 'Letter';
  date?: string;
}

export const RENDER_OPTIONS = {
  lang: { type: 'string', describe: 'article language (ISO 639-1: fr, en, …); detected when absent' },
  template: { type: 'string', describe: 'template folder (brief.hbs, partials/, theme.json); see templates/README.md' },
  paper: { choices: ['A4', 'Letter'] as const, describe: 'paper size (default A4)' },
  date: { type: 'string', describe: 'creation date written in the PDF (ISO 8601); default SOURCE_DATE_EPOCH, else now' },
} satisfies Record<string, Options>;

export const renderOptions = <T>(y: Argv<T>) => y.options(RENDER_OPTIONS);
