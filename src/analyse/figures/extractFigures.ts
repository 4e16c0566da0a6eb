/**
 * The figures of an article: every number that carries information, resolved (value, unit,
 * qualifier), labelled from its sentence, and up to five chosen for the key-figures box.
 * Page parts set aside by ingest (dateline, captions, credits, trailer) are never read.
 */
import { positionAt, type Diagnostic } from '../../diagnostics.js';
import type { Article, Span } from '../../ingest/Article.js';
import type { Figure } from '../Analysis.js';
import { countedUnits, isIndefiniteOne } from './indefiniteOne.js';
import { labelFigure } from './labelFigure.js';
import { lexiconFor } from './lexicon.js';
import { readFigureAt, type FoundFigure, type ReadContext } from './readFigure.js';
import { selectKeyFigures } from './selectKeyFigures.js';
import { sentenceBounds } from './sentences.js';
import { tokenize, type Token } from './tokenize.js';

/** The title and the body blocks, in reading order. */
function textRegions(article: Article): Span[] {
  return [article.titleSpan, ...article.blocks];
}

function figuresInTokens(tokens: Token[], bounds: [number, number][], ctx: ReadContext): FoundFigure[] {
  const found: FoundFigure[] = [];
  let sentence = 0;
  for (let i = 0; i < tokens.length; ) {
    // A unit carries over to a bare number within its sentence only.
    if (i > bounds[sentence]![1]) {
      while (i > bounds[sentence]![1]) sentence += 1;
      ctx.previousCount = null;
      ctx.previousCurrency = null;
    }
    const f = readFigureAt(tokens, i, ctx);
    if (!f) {
      i += 1;
      continue;
    }
    found.push(f);
    if (f.kind === 'count') ctx.previousCount = f.unit;
    if (f.kind === 'money') ctx.previousCurrency = f.unit;
    i = Math.max(f.last, f.outerLast) + 1;
  }
  return found;
}

function sentenceOf(bounds: [number, number][], f: FoundFigure): [number, number] {
  return bounds.find(([, last]) => f.first <= last) ?? bounds[bounds.length - 1]!;
}

/** "3 juillet" in an article without a date: left out, and said so, rather than given a guessed year. */
function yearlessDate(article: Article, start: number, end: number): Diagnostic {
  return {
    severity: 'warning',
    code: 'figure.date-without-year',
    source: positionAt(article.source, start, article.file),
    message: `the date "${article.source.slice(start, end)}" has no year, and the article has no date to take one from; it is left out of the figures`,
    hint: 'give the article a dateline, or write the year in the text',
  };
}

export function extractFigures(article: Article): { figures: Figure[]; diagnostics: Diagnostic[] } {
  const lex = lexiconFor(article.lang);
  const year = article.date ? Number(article.date.slice(0, 4)) : null;
  const diagnostics: Diagnostic[] = [];
  const regions = textRegions(article).map((region) => {
    const tokens = tokenize(article.normalized, region.start, region.end);
    const bounds = sentenceBounds(tokens);
    const ctx: ReadContext = { lex, year, previousCount: null, previousCurrency: null, yearless: [] };
    const found = figuresInTokens(tokens, bounds, ctx);
    diagnostics.push(...ctx.yearless.map(([first, last]) => yearlessDate(article, tokens[first]!.start, tokens[last]!.end)));
    return { region, tokens, bounds, found };
  });
  const counted = countedUnits(regions.flatMap((r) => r.found));
  const figures: (Figure & { kind: FoundFigure['kind']; inTitle: boolean })[] = [];
  for (const { region, tokens, bounds, found: all } of regions) {
    const found = all.filter((f) => !isIndefiniteOne(tokens, f, counted, lex));
    for (const f of found) {
      const start = tokens[f.first]!.start;
      const end = tokens[f.last]!.end;
      figures.push({
        kind: f.kind,
        inTitle: region === article.titleSpan,
        start,
        end,
        surface: article.source.slice(start, end),
        value: f.value,
        unit: f.unit,
        label: labelFigure(article.source, tokens, f, sentenceOf(bounds, f), found.filter((o) => o !== f), lex),
        qualifier: f.qualifier,
        key: false,
      });
    }
  }
  const keys = selectKeyFigures(figures);
  return {
    figures: figures.map(({ kind: _kind, inTitle: _inTitle, ...f }, i) => ({ ...f, key: keys.has(i) })),
    diagnostics,
  };
}
