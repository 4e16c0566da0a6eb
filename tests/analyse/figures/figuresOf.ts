/** Test helper: the figures of a one-paragraph article in a given language. */
import { ingestText } from '../../../src/ingest/ingest.js';
import { extractFigures } from '../../../src/analyse/figures/extractFigures.js';
import type { Figure } from '../../../src/analyse/Analysis.js';

export function figuresOf(body: string, lang: 'fr' | 'en', date?: string): Figure[] {
  const dateline = date ? `${date}\n\n` : '';
  return extractFigures(ingestText('test.txt', `Titre\n\n${dateline}${body}`, { lang })).figures;
}

/** `surface = value unit (qualifier)` lines: compact, readable expectations. */
export function summarise(figures: Figure[]): string[] {
  return figures.map((f) => `${f.surface} = ${JSON.stringify(f.value)} ${f.unit}${f.qualifier ? ` (${f.qualifier})` : ''}`);
}
