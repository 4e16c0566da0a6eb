/** The `inspect --json` report: one JSON object whose shape other tools depend on (issue 2). */
import type { Analysis } from './analyse/Analysis.js';
import { positionAt } from './diagnostics.js';
import type { Article, SetAsideKind } from './ingest/Article.js';

export interface InspectReport {
  file: string;
  lang: string;
  title: string;
  dek: string | null;
  date: string | null;
  paragraphs: number;
  set_aside: { kind: SetAsideKind; text: string }[];
  people: { name: string; roles: string[]; aliases: string[] }[];
  quotes: { text: string; speaker: string | null; kind: 'full' | 'fragment'; start: number; end: number; sidebar: boolean }[];
  figures: {
    surface: string; value: number | [number, number] | string; unit: string; label: string;
    qualifier: string | null; start: number; end: number; key: boolean;
  }[];
  diagnostics: { severity: string; code: string; message: string; line: number; column: number }[];
}

export function toInspectReport(article: Article, analysis: Analysis): InspectReport {
  return {
    file: article.file,
    lang: article.lang,
    title: article.title,
    dek: article.dek,
    date: article.date,
    paragraphs: article.blocks.filter((b) => b.kind === 'paragraph').length,
    set_aside: article.setAside.map((p) => ({ kind: p.kind, text: p.text })),
    people: analysis.people.map((p) => ({ name: p.name, roles: p.roles, aliases: p.aliases })),
    quotes: analysis.quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind, start: q.start, end: q.end, sidebar: q.sidebar })),
    figures: analysis.figures.map((f) => ({
      surface: f.surface, value: f.value, unit: f.unit, label: f.label, qualifier: f.qualifier, start: f.start, end: f.end, key: f.key,
    })),
    diagnostics: [...article.diagnostics, ...analysis.diagnostics].map((d) => {
      const pos = d.source ?? positionAt(article.source, 0, article.file);
      return { severity: d.severity, code: d.code, message: d.message, line: pos.line, column: pos.column };
    }),
  };
}
