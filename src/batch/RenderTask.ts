/** The messages between the batch and its workers: small, structured-clonable values. */
import type { Diagnostic } from '../diagnostics.js';

export interface RenderTask {
  /** Absolute path of the article. */
  input: string;
  /** Absolute path of the PDF to write. */
  output: string;
  /** Folder (inside `--out`, same file system) for temporary files renamed into place. */
  tmpDir: string;
  /** Where to save the page display list for the bundle, or null when no bundle is made. */
  layoutFile: string | null;
  options: { lang?: string; template?: string; title?: string; paper?: 'A4' | 'Letter'; date: string };
}

export type RenderOutcome =
  | { ok: true; title: string; pages: number; quotes: number; figures: number; bytes: number; diagnostics: Diagnostic[] }
  | { ok: false; error: string; diagnostics: Diagnostic[] };
