/** The messages between the batch and its workers: small, structured-clonable values. */
import type { Diagnostic } from '../diagnostics.js';

export interface RenderTask {
  /** Absolute path of the article. */
  input: string;
  /** Folder (inside `--out`, same file system) for the files the batch then renames into place. */
  tmpDir: string;
  /** Whether to write the page display list too (for the bundle). */
  layout: boolean;
  options: { lang?: string; template?: string; title?: string; paper?: 'A4' | 'Letter'; date: string };
}

/** What a worker returns: a summary, and where in the temporary folder it wrote the brief's files. */
export type RenderOutcome =
  | {
      ok: true;
      title: string;
      pages: number;
      quotes: number;
      figures: number;
      pdf: { tmp: string; bytes: number };
      /** The display list as JSON, when the task asked for it. */
      layoutTmp: string | null;
      diagnostics: Diagnostic[];
    }
  | { ok: false; error: string; diagnostics: Diagnostic[] };
