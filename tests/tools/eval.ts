/**
 * `npm run eval -- <folder>…`: scores the analyser against the `.gold.json` files of each folder
 * (default: the project's copy of the corpus) and prints quote P/R/F1, speaker accuracy and
 * figure P/R/F1 per article and in total, with the precision of the speakers given and the sidebar
 * quotes right of shown. `--details` also lists misses and mistakes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/analyse/analyse.js';
import { ingest } from '../../src/ingest/ingest.js';
import { formatTable, scoreFigures, scoreQuotes, type ArticleScore, type Gold } from './score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Compiled to dist/tests/tools, run from there; the sources sit two or three levels up. */
const PROJECT = existsSync(path.join(ROOT, 'package.json')) ? ROOT : path.resolve(ROOT, '..');
export const DEFAULT_FOLDER = path.join(PROJECT, 'tests/fixtures/corpus');

/** Scores every article of `folder` that has both `<id>.txt` and `<id>.gold.json`. */
export function evaluateFolder(folder: string): ArticleScore[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((goldFile) => {
      const id = goldFile.replace(/\.gold\.json$/u, '');
      const textFile = path.join(folder, `${id}.txt`);
      if (!existsSync(textFile)) return [];
      const gold = JSON.parse(readFileSync(path.join(folder, goldFile), 'utf8')) as Gold;
      const article = ingest(textFile, readFileSync(textFile), { lang: gold.lang });
      const analysis = analyse(article);
      return [{
        id,
        quotes: scoreQuotes(analysis.quotes, gold),
        figures: scoreFigures(analysis.figures, gold, article.source),
      }];
    });
}

/** The mistakes of one article, one per line, for tuning by reading. */
export function formatDetails(s: ArticleScore): string {
  const lines = [
    ...s.quotes.missed.map((q) => `  quote missed     [${q.speaker}] ${q.text.slice(0, 70)}`),
    ...s.quotes.spurious.map((q) => `  quote spurious   [${q.speaker}] ${q.text.slice(0, 70)}`),
    ...s.quotes.wrongSpeaker.map((w) => `  speaker wrong    ${w.found.speaker} ≠ ${w.gold.speaker}: ${w.gold.text.slice(0, 50)}`),
    ...s.figures.missed.map((f) => `  figure missed    ${f.surface} = ${JSON.stringify(f.value)} ${f.unit}`),
    ...s.figures.spurious.map((f) => `  figure spurious  @${f.start} ${JSON.stringify(f.value)} ${f.unit}`),
  ];
  return lines.length ? `${s.id}\n${lines.join('\n')}` : '';
}

function main(argv: string[]): void {
  const details = argv.includes('--details');
  const folders = argv.filter((a) => !a.startsWith('--'));
  for (const folder of folders.length ? folders : [DEFAULT_FOLDER]) {
    const scores = evaluateFolder(folder);
    console.log(`\n${folder}\n${formatTable(scores)}`);
    if (details) console.log(scores.map(formatDetails).filter(Boolean).join('\n'));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
