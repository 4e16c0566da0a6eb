import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { glyphCount, measureText } from '../../../src/layout/fonts.js';
import type { ParagraphSpec, SetLine } from '../../../src/layout/paragraph/Paragraph.js';
import { typesetterFor } from '../../../src/layout/paragraph/typeset.js';
import { smartQuotes } from '../../../src/layout/paragraph/smartQuotes.js';

const FONT = fileURLToPath(new URL('../../../node_modules/@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const SIZE = 9;
const COLUMN = 160;
/** typo-measure's overfull threshold. */
const OVERFULL = 1.5;

function spec(text: string, lang: string, over: Partial<ParagraphSpec> = {}): ParagraphSpec {
  return {
    runs: [{ text, face: 'serif:regular', file: FONT, size: SIZE, color: '#000000' }],
    align: 'justify',
    indent: 9,
    hyphenate: true,
    lang,
    tracking: 0,
    ...over,
  };
}

function setLines(text: string, lang: string, width = COLUMN, over: Partial<ParagraphSpec> = {}): SetLine[] {
  const t = typesetterFor(lang);
  const p = t.prepare(spec(text, lang, over));
  return t.breakLines(p, p.start, width);
}

/** Right edge of a line as a PDF viewer draws it (Tc and Tz applied to every glyph). */
function rightEdge(line: SetLine): number {
  const last = line.pieces[line.pieces.length - 1]!;
  return last.x + (measureText(FONT, SIZE, last.text) + glyphCount(FONT, last.text) * line.charSpacing) * line.hScale;
}

/** Word gaps of a line as drawn, points. */
function gaps(line: SetLine): number[] {
  return line.pieces.slice(1).map((piece, i) => {
    const before = line.pieces[i]!;
    return piece.x - before.x - (measureText(FONT, SIZE, before.text) + glyphCount(FONT, before.text) * line.charSpacing) * line.hScale;
  });
}

/** The characters that carry the text, in order: spaces of any kind and hyphens left out. */
const letters = (s: string) => s.replace(/[\s\u00A0\u202F\-]/g, '');
const lineText = (lines: SetLine[]) => lines.map((l) => l.pieces.map((p) => p.text).join(' ')).join(' ');

function corpusParagraphs(): { file: string; lang: string; text: string }[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((file) =>
      readFileSync(CORPUS + file, 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((text) => text.length > 0)
        .map((text) => ({ file, lang: file.slice(0, 2), text })),
    );
}

describe('typesetter', () => {
  it('keeps every character of every corpus paragraph, in order', () => {
    for (const { file, lang, text } of corpusParagraphs()) {
      // Straight quotes become typographic ones (smartQuotes.ts): the only characters that change.
      expect(letters(lineText(setLines(text, lang))), file).toBe(letters(smartQuotes(text, lang)));
    }
  });

  it('fills justified lines to the column (or its hanging punctuation) and leaves the last ragged', () => {
    for (const { lang, text } of corpusParagraphs().slice(0, 40)) {
      const lines = setLines(text, lang);
      for (const line of lines.slice(0, -1)) {
        if (line.pieces.length < 2) continue;
        const edge = rightEdge(line);
        expect(edge).toBeGreaterThan(COLUMN - 0.05);
        expect(edge).toBeLessThan(COLUMN + 0.4 * SIZE);
      }
      // The last line keeps its natural spacing, unless the breaker squeezed it to fit.
      const last = lines[lines.length - 1]!;
      expect(last.last).toBe(true);
      expect(last.charSpacing).toBeLessThanOrEqual(0);
      expect(last.hScale).toBeLessThanOrEqual(1);
      expect(rightEdge(last)).toBeLessThan(COLUMN + 0.4 * SIZE);
    }
  });

  it('keeps letter spacing within 3 % of the text width and glyph expansion within 2 %', () => {
    for (const { lang, text } of corpusParagraphs()) {
      for (const line of setLines(text, lang)) {
        const textWidth = line.pieces.reduce((w, p) => w + measureText(FONT, SIZE, p.text), 0);
        const glyphs = line.pieces.reduce((n, p) => n + glyphCount(FONT, p.text), 0);
        expect(Math.abs(line.hScale - 1)).toBeLessThanOrEqual(0.02 + 1e-9);
        expect(Math.abs(line.charSpacing) * glyphs).toBeLessThanOrEqual(0.03 * textWidth + 1e-9);
      }
    }
  });

  it('squeezes word spaces to 0.6 of their width at most', () => {
    const space = measureText(FONT, SIZE, ' ');
    // At 133 pt, "dawn with a few tired passengers" is squeezed as far as it goes.
    const lines = setLines('The ferry to the island left at dawn with a few tired passengers and crates of fresh fish on board.', 'en', 133, { indent: 0 });
    for (const line of lines) {
      for (let i = 1; i < line.pieces.length; i++) {
        const before = line.pieces[i - 1]!;
        const gap = line.pieces[i]!.x - before.x - (measureText(FONT, SIZE, before.text) + glyphCount(FONT, before.text) * line.charSpacing) * line.hScale;
        // Within a hundredth of a point: words are measured whole here, in fragments by the breaker.
        expect(gap).toBeGreaterThanOrEqual(0.6 * space - 0.01);
      }
    }
  });

  it('takes two hyphens in a row rather than a line with gaps past 1.7 × the space', () => {
    const space = measureText(FONT, SIZE, ' ');
    const text = 'The harbour authority reported that seventeen fishing boats returned safely yesterday evening after the unexpected storm had passed over the northern islands.';
    // At 170 pt, "The harbour authority reported that" alone would open gaps near 2 × the space.
    const lines = setLines(text, 'en', 170, { indent: 0 });
    expect(lines.filter((l) => l.hyphenated).length).toBe(2);
    for (const line of lines.slice(0, -1)) {
      for (let i = 1; i < line.pieces.length; i++) {
        const before = line.pieces[i - 1]!;
        const gap = line.pieces[i]!.x - before.x - (measureText(FONT, SIZE, before.text) + glyphCount(FONT, before.text) * line.charSpacing) * line.hScale;
        expect(gap).toBeLessThanOrEqual(1.7 * space);
      }
    }
  });

  it('ends at most a fifth of a paragraph\'s lines with a hyphen where that opens no hole', () => {
    const space = measureText(FONT, SIZE, ' ');
    const text =
      'Les chercheurs de l’observatoire régional ont publié jeudi une étude particulièrement détaillée consacrée à ' +
      'l’évolution démographique des communes rurales, soulignant l’accélération spectaculaire du vieillissement, ' +
      'l’affaiblissement des services hospitaliers et l’augmentation considérable des déplacements quotidiens vers ' +
      'les agglomérations voisines, tandis que les responsables départementaux réclament davantage d’investissements ' +
      'publics dans les infrastructures ferroviaires.';
    const hyphens = (lines: SetLine[]) => lines.filter((l) => l.hyphenated).length;
    const widestGap = (lines: SetLine[]) => Math.max(...lines.slice(0, -1).map((l) => Math.max(...gaps(l))));
    let limited = 0;
    for (let width = 120; width <= 200; width += 4) {
      const free = setLines(text, 'fr', width, { indent: 0, maxHyphenatedShare: 1 });
      const capped = setLines(text, 'fr', width, { indent: 0 });
      expect(letters(lineText(capped))).toBe(letters(text));
      expect(hyphens(capped)).toBeLessThanOrEqual(hyphens(free));
      if (hyphens(capped) < hyphens(free)) {
        limited++;
        // Fewer hyphens never cost a hole: spaces stay under 1.9 × or no looser than before.
        expect(widestGap(capped)).toBeLessThanOrEqual(Math.max(1.9 * space, widestGap(free)) + 0.01);
      }
    }
    expect(limited).toBeGreaterThan(0);
  });

  it('keeps the second-to-last line from ending with a hyphen where spacing allows', () => {
    // At 122 pt, "… l’aide des asso- / ciations." would be the tighter setting.
    const lines = setLines('Les habitants du village ont rénové la vieille école pendant tout l’été avec l’aide des associations.', 'fr', 122, { indent: 0 });
    expect(lines[lines.length - 2]!.hyphenated).toBe(false);
    expect(lines[lines.length - 1]!.pieces.map((p) => p.text).join(' ')).toBe('associations.');
  });

  it('sets French punctuation: no line starts with » : ; ! ? nor ends with «, and ties hold', () => {
    for (const { lang, text } of corpusParagraphs().filter((p) => p.lang === 'fr')) {
      const lines = setLines(text, lang);
      for (const line of lines) {
        const s = line.pieces.map((p) => p.text).join(' ');
        expect(s).not.toMatch(/^[»”:;!?]/);
        expect(s).not.toMatch(/[«“]$/);
      }
    }
    const text = 'Le groupe a perdu 13 milliards en 6 mois, a dit M. Dupont, et il a dit « non » : pourquoi ?';
    for (const width of [140, 160, 200]) {
      // A number tie is set as a space that neither breaks nor stretches; the others stay inside words.
      const joined = setLines(text, 'fr', width).map((l) => l.pieces.map((p) => p.text).join(' '));
      for (const tie of ['13 milliards', '6 mois', 'M.\u00A0Dupont', '«\u202Fnon\u202F»\u00A0:', 'quoi\u202F?']) {
        expect(joined.some((l) => l.includes(tie)), `${tie} at ${width}`).toBe(true);
      }
    }
  });

  it('breaks a number from the word it counts only where the tie would leave a hole', () => {
    // At 70 pt, "Ils ont roulé" alone would be all holes: the tie gives way.
    const narrow = setLines('Ils ont roulé 2 000 kilomètres.', 'fr', 70, { indent: 0 }).map((l) => l.pieces.map((p) => p.text).join(' '));
    expect(narrow.some((l) => /\d$/.test(l))).toBe(true);
    const wide = setLines('Ils ont roulé 2 000 kilomètres.', 'fr', 100, { indent: 0 }).map((l) => l.pieces.map((p) => p.text).join(' '));
    expect(wide.some((l) => /\d$/.test(l))).toBe(false);
  });

  it('keeps a number tie at its natural width on a justified line', () => {
    const lines = setLines('Les 12 ministres et les 40 conseillers ont voté pour la réforme des retraites proposée hier soir.', 'fr', 120, { indent: 0 });
    for (const line of lines) {
      for (let i = 1; i < line.pieces.length; i++) {
        const before = line.pieces[i - 1]!;
        if (!/\d$/.test(before.text)) continue;
        const gap = line.pieces[i]!.x - before.x - (measureText(FONT, SIZE, before.text) + glyphCount(FONT, before.text) * line.charSpacing) * line.hScale;
        expect(gap).toBeCloseTo(measureText(FONT, SIZE, '\u00A0'), 6);
      }
    }
  });

  it('fills a ragged line with every word that fits', () => {
    const text = 'Crédit : une photographe de l’agence, à Paris, pendant la conférence de presse';
    const lines = setLines(text, 'fr', 160, { align: 'left', indent: 0, hyphenate: false });
    for (const [i, line] of lines.slice(0, -1).entries()) {
      const next = lines[i + 1]!.pieces[0]!.text;
      expect(rightEdge(line) + measureText(FONT, SIZE, ' ' + next)).toBeGreaterThan(160);
    }
  });

  it('spaces two runs of different sizes by the wider of their spaces', () => {
    const t = typesetterFor('fr');
    const small = { face: 'serif:regular' as const, file: FONT, size: 8, color: '#000000' };
    const p = t.prepare({ ...spec('', 'fr'), align: 'left', indent: 0, runs: [{ ...small, text: 'environ ' }, { ...small, size: 14, text: '6 mois' }] });
    const [line] = t.breakLines(p, p.start, 200);
    const [word, value] = line!.pieces;
    expect(value!.x - measureText(FONT, 8, word!.text)).toBeCloseTo(measureText(FONT, 14, ' '), 6);
  });

  it('resumes from any line end at another width without losing or repeating text', () => {
    const { lang, text } = corpusParagraphs().find((p) => p.text.length > 800)!;
    const t = typesetterFor(lang);
    const p = t.prepare(spec(text, lang));
    const first = t.breakLines(p, p.start, COLUMN).slice(0, 4);
    const rest = t.breakLines(p, first[3]!.end, 220);
    expect(rest[0]!.pieces[0]!.x).toBe(0);
    expect(letters(lineText([...first, ...rest]))).toBe(letters(smartQuotes(text, lang)));
    expect(t.breakLines(p, rest[rest.length - 1]!.end, 220)).toEqual([]);
  });

  it('keeps the cap of two hyphenated lines in a row when the paragraph resumes at another width', () => {
    for (const { lang, text } of corpusParagraphs().filter((p) => p.text.length > 500)) {
      const t = typesetterFor(lang);
      const p = t.prepare(spec(text, lang));
      // At 120 pt every long paragraph has a ladder of two somewhere.
      const first = t.breakLines(p, p.start, 120);
      first.forEach((line, i) => {
        if (!line.hyphenated || !first[i - 1]?.hyphenated) return;
        for (let width = 120; width <= 200; width += 4) {
          expect(t.breakLines(p, line.end, width)[0]!.hyphenated, `${lang} at ${width}`).toBe(false);
        }
      });
    }
  });

  it('never fails and never drops text: a word wider than the column is split to fit', () => {
    const url = 'https://www.example.com/a/very/long/path/that/cannot/be/hyphenated/at/all/index.html';
    const lines = setLines(`Voir ${url} pour le détail.`, 'fr', 100);
    expect(letters(lineText(lines))).toBe(letters(`Voir ${url} pour le détail.`));
    for (const line of lines) expect(rightEdge(line)).toBeLessThanOrEqual(100 + OVERFULL);
  });

  it('sets something even at zero width, one piece of text per line', () => {
    const lines = setLines('Un paragraphe quelconque.', 'fr', 0);
    expect(lines.length).toBeGreaterThan(0);
    expect(letters(lineText(lines))).toBe(letters('Un paragraphe quelconque.'));
  });

  it('aligns ragged lines left, right or centred', () => {
    const text = 'Un titre assez long pour tenir sur plusieurs lignes dans une colonne étroite';
    for (const align of ['left', 'right', 'center'] as const) {
      for (const line of setLines(text, 'fr', 120, { align, indent: 0, hyphenate: false })) {
        const slack = 120 - rightEdge(line) + line.pieces[0]!.x;
        const expected = align === 'left' ? 0 : align === 'right' ? slack : slack / 2;
        expect(line.pieces[0]!.x).toBeCloseTo(expected, 6);
        expect(line.charSpacing).toBe(0);
      }
    }
  });

  it('draws the line-end hyphen itself and never hands over a soft hyphen', () => {
    const lines = setLines(corpusParagraphs().find((p) => p.lang === 'fr' && p.text.length > 800)!.text, 'fr');
    expect(lines.some((l) => l.hyphenated && l.pieces[l.pieces.length - 1]!.text.endsWith('-'))).toBe(true);
    expect(lines.every((l) => l.pieces.every((p) => !p.text.includes('\u00AD')))).toBe(true);
  });
});
