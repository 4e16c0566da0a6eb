import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/ingest.js';
import { extractFigures } from '../../../src/analyse/figures/extractFigures.js';
import { formatFigure, formatQualifier } from '../../../src/analyse/figures/formatFigure.js';

const SEED = 'tests/fixtures/corpus/fr_microsoft_openai_envie_google.txt';

function box(): string[] {
  const article = ingest(SEED, readFileSync(SEED));
  return extractFigures(article)
    .figures.filter((f) => f.key)
    .map((f) => `${f.qualifier ? `${formatQualifier(f.qualifier, 'fr')} ` : ''}${formatFigure(f, 'fr')} — ${f.label}`.replace(/[\u00a0\u202f]/g, ' '));
}

describe('the seed article’s key figures', () => {
  it('shows 1 Md $, 13 Md $, 340 M de paramètres and the six months, labelled with noun phrases', () => {
    expect(box()).toEqual([
      '1 Md $ — investissement initial dans OpenAI',
      '2019 — fil de discussion « Réflexions sur OpenAI »',
      'environ 6 mois — temps pour former le modèle',
      '340 M de paramètres — paramètres du modèle',
      '13 Md $ — investissement total',
    ]);
  });

  it('labels every figure with at most eight words and shows each amount once', () => {
    const { figures } = extractFigures(ingest(SEED, readFileSync(SEED)));
    for (const f of figures) expect(f.label.split(' ').length).toBeLessThanOrEqual(8);
    const keyAmounts = figures.filter((f) => f.key).map((f) => `${JSON.stringify(f.value)} ${f.unit}`);
    expect(new Set(keyAmounts).size).toBe(keyAmounts.length);
  });
});

