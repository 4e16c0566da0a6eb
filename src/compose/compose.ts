/** The compose stage: article + analysis -> template markup -> typed `DocTree`. */
import type { Analysis } from '../analyse/Analysis.js';
import { BriefError } from '../diagnostics.js';
import type { Article } from '../ingest/Article.js';
import type { DocTree, Paper } from './DocTree.js';
import { MarkupError, parseMarkup } from './parseMarkup.js';
import { loadTemplateSet, type TemplateSet } from './templateSet.js';
import { buildViewModel } from './viewModel.js';

export interface ComposeOptions {
  /** Template folder; the bundled `templates/` when absent. */
  template?: string;
  paper?: Paper;
}

/**
 * Where a markup error comes from: the template line that holds the tag the parser stopped at.
 * Article text cannot cause markup errors (Handlebars escapes it), so the tag is the template's.
 */
function locateInTemplates(templates: TemplateSet, markup: string, err: MarkupError): { file: string; line: number; column: number } {
  const lineText = markup.split('\n')[err.line - 1] ?? '';
  const before = lineText.slice(0, err.column);
  const tag = /<\/?[\w-]+[^<>]*>?$/.exec(before)?.[0] ?? /<\/?[\w-]+/.exec(lineText)?.[0];
  if (tag) {
    for (const [file, source] of templates.sources) {
      const lines = source.split('\n');
      const i = lines.findIndex((l) => l.includes(tag));
      if (i !== -1) return { file, line: i + 1, column: lines[i]!.indexOf(tag) + 1 };
    }
  }
  return { file: [...templates.sources.keys()].at(-1)!, line: 1, column: 1 };
}

export function compose(article: Article, analysis: Analysis, options: ComposeOptions = {}): DocTree {
  const templates = loadTemplateSet(options.template);
  const markup = templates.render(buildViewModel(article, analysis, { paper: options.paper ?? 'A4' }));
  try {
    const doc = parseMarkup(markup, templates.theme);
    return options.paper ? { ...doc, paper: options.paper } : doc;
  } catch (e) {
    if (!(e instanceof MarkupError)) throw e;
    const where = locateInTemplates(templates, markup, e);
    throw new BriefError(`${where.file}:${where.line}:${where.column}: the template wrote invalid markup: ${e.message} (markup line ${e.line}, column ${e.column})`,
      where, 'fix the template; templates/README.md lists the elements layout understands');
  }
}
