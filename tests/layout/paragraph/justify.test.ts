import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { glyphCount, measureText } from '../../../src/layout/fonts.js';
import type { StyledRun } from '../../../src/layout/paragraph/Paragraph.js';
import { boxFlex, LETTER_SHRINK, LETTER_STRETCH, SCALE_SHRINK, SCALE_STRETCH, setLine, type Segment } from '../../../src/layout/paragraph/justify.js';

const FONT = fileURLToPath(new URL('../../../node_modules/@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf', import.meta.url));
const SIZE = 9;
const RUNS: StyledRun[] = [{ text: '', face: 'serif:regular', file: FONT, size: SIZE, color: '#000000' }];
const WORDS = ['Three', 'ferries', 'crossed', 'the', 'bay'];
const SPACE = measureText(FONT, SIZE, ' ');

function segments(stretch: number, shrink: number): Segment[] {
  return WORDS.flatMap((text, i): Segment[] => [...(i > 0 ? [{ kind: 'space' as const, width: SPACE, stretch, shrink }] : []), { kind: 'text', run: 0, text }]);
}

const textWidth = WORDS.reduce((w, t) => w + measureText(FONT, SIZE, t), 0);
const glyphs = WORDS.reduce((n, t) => n + glyphCount(FONT, t), 0);
const natural = textWidth + (WORDS.length - 1) * SPACE;

describe('boxFlex', () => {
  it('lets text stretch and shrink in proportion to its width', () => {
    expect(boxFlex(100).stretch).toBeCloseTo(100 * (LETTER_STRETCH + SCALE_STRETCH), 9);
    expect(boxFlex(100).shrink).toBeCloseTo(100 * (LETTER_SHRINK + SCALE_SHRINK), 9);
    expect(boxFlex(0)).toEqual({ stretch: 0, shrink: 0 });
  });
});

describe('setLine', () => {
  it('spreads a line by letter spacing, glyph expansion and word spaces at one ratio', () => {
    const stretch = SPACE / 2;
    const flex = boxFlex(textWidth).stretch + (WORDS.length - 1) * stretch;
    const need = flex / 2; // ratio ½
    const set = setLine(segments(stretch, 0), { runs: RUNS, width: natural + need, justify: 'fill', align: 'justify', tracking: 0 });
    expect(set.charSpacing * glyphs).toBeCloseTo((LETTER_STRETCH / 2) * textWidth, 6);
    expect(set.hScale).toBeCloseTo(1 + SCALE_STRETCH / 2, 9);
    expect(set.width).toBeCloseTo(natural + need, 6);
  });

  it('stops letters and glyphs at their limits and leaves the rest to word spaces', () => {
    const set = setLine(segments(SPACE / 2, 0), { runs: RUNS, width: natural + 40, justify: 'fill', align: 'justify', tracking: 0 });
    expect(set.charSpacing * glyphs).toBeCloseTo(LETTER_STRETCH * textWidth, 6);
    expect(set.hScale).toBeCloseTo(1 + SCALE_STRETCH, 9);
    expect(set.width).toBeCloseTo(natural + 40, 6);
  });

  it('tightens letters by their limit when spaces shrink all the way', () => {
    const shrink = SPACE / 3;
    const flex = boxFlex(textWidth).shrink + (WORDS.length - 1) * shrink;
    const set = setLine(segments(SPACE / 2, shrink), { runs: RUNS, width: natural - flex, justify: 'fill', align: 'justify', tracking: 0 });
    expect(set.charSpacing * glyphs).toBeCloseTo(-LETTER_SHRINK * textWidth, 6);
    expect(set.hScale).toBeCloseTo(1 - SCALE_SHRINK, 9);
  });
});
