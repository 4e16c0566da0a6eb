/**
 * Content problems are collected, not thrown: each stage appends diagnostics to the article's
 * result and processing goes on (see DESIGN.md, "Content problems are diagnostics").
 */

export type Severity = 'error' | 'warning' | 'info';

export interface SourcePosition {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 units. */
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `set-aside.caption`, `quote.unclosed`. */
  code: string;
  message: string;
  source?: SourcePosition;
  hint?: string;
}

/** Thrown only when no valid output can be produced; the message names file, line and remedy. */
export class BriefError extends Error {
  constructor(
    message: string,
    readonly source?: SourcePosition,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'BriefError';
  }
}

/** Line and column (1-based) of a UTF-16 offset in a text. */
export function positionAt(text: string, offset: number, file: string): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}

/** `file:line:column: severity: message (hint)`, the form editors and terminals understand. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.source ? `${d.source.file}:${d.source.line}:${d.source.column}: ` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}${d.severity}: ${d.message}${hint}`;
}
