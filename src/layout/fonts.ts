/**
 * Fonts, parsed once per process and shared by every document: fontkit parsing costs ~13 ms a
 * face. Text is shaped by the Latin fast path when it can (fontkit's own shaping costs ~50 µs a
 * word) and the shaped run is kept while it is in use, so it serves measuring and drawing, and
 * the words articles share are shaped once.
 */
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { BoundedCache } from './boundedCache.js';
import { createLatinShaper, type LatinShaper } from './shaping/latinShaper.js';
import type { ShapedRun } from './shaping/ShapedRun.js';

export type { ShapedRun } from './shaping/ShapedRun.js';

const fonts = new Map<string, Font>();
const shapers = new Map<string, LatinShaper>();

/** What measuring needs of a shaped text: its width in thousandths of an em, its glyph count. */
interface Metrics {
  units: number;
  glyphs: number;
}

/**
 * Per font file, two caches of the texts met lately, bounded as a batch meets new words without
 * end. Breaking paragraphs measures the same words again and again: the metrics of many texts
 * are kept (~0.1 KB each). Whole shaped runs (~0.6 KB each) are kept for fewer: a miss costs a
 * shaping, ~1 µs. Over a batch of varied articles, this shapes ~240 texts an article once warm
 * (~40 keeping 2,048 runs and 16,384 metrics a face, for ~11 MB more a worker after 3,000).
 */
const runs = new Map<string, BoundedCache<string, ShapedRun>>();
const metrics = new Map<string, BoundedCache<string, Metrics>>();
const RUNS_PER_FONT = 512;
const METRICS_PER_FONT = 8192;

function cacheFor<V>(caches: Map<string, BoundedCache<string, V>>, file: string, size: number): BoundedCache<string, V> {
  let cache = caches.get(file);
  if (!cache) caches.set(file, (cache = new BoundedCache(size)));
  return cache;
}

/** The parsed font of a TTF/OTF file (static fonts only: fontkit mishandles WOFF2 and variable fonts). */
export function loadFont(file: string): Font {
  let font = fonts.get(file);
  if (!font) {
    font = fontkit.openSync(file);
    fonts.set(file, font);
  }
  return font;
}

/** `text` shaped (kerning and ligatures applied), from the cache when it was shaped lately. */
export function shapeText(file: string, text: string): ShapedRun {
  const cache = cacheFor(runs, file, RUNS_PER_FONT);
  let run = cache.get(text);
  if (run === undefined) {
    run = latinShaper(file).shape(text) ?? shapeWithFontkit(loadFont(file), text);
    cache.set(text, run);
  }
  return run;
}

function latinShaper(file: string): LatinShaper {
  let shaper = shapers.get(file);
  if (!shaper) shapers.set(file, (shaper = createLatinShaper(loadFont(file))));
  return shaper;
}

/** Full OpenType shaping, for what the Latin fast path declines (other scripts, marks…). */
function shapeWithFontkit(font: Font, text: string): ShapedRun {
  const run = font.layout(text);
  return {
    glyphs: run.glyphs.map((g) => g.id),
    widths: run.glyphs.map((g) => g.advanceWidth),
    kerning: run.glyphs.map((g, i) => run.positions[i]!.xAdvance - g.advanceWidth),
    codePoints: run.glyphs.map((g) => g.codePoints),
    advanceWidth: run.advanceWidth,
  };
}

/** Font units per em, per file: fontkit's getter reads the `head` table on every call. */
const unitsPerEm = new Map<string, number>();

function metricsOf(file: string, text: string): Metrics {
  const cache = cacheFor(metrics, file, METRICS_PER_FONT);
  let found = cache.get(text);
  if (found === undefined) {
    let upem = unitsPerEm.get(file);
    if (upem === undefined) unitsPerEm.set(file, (upem = loadFont(file).unitsPerEm));
    const run = shapeText(file, text);
    cache.set(text, (found = { units: (run.advanceWidth * 1000) / upem, glyphs: run.glyphs.length }));
  }
  return found;
}

/** Advance width of `text` in thousandths of an em, kerning and ligatures applied, cached. */
export function textUnits(file: string, text: string): number {
  return metricsOf(file, text).units;
}

/**
 * Number of glyphs `text` is drawn with (ligatures count once): a PDF viewer adds the letter
 * spacing (Tc) after every glyph, so this is what letter-spaced widths are computed from.
 */
export function glyphCount(file: string, text: string): number {
  return metricsOf(file, text).glyphs;
}

/** Width of `text` set at `size` points. */
export function measureText(file: string, size: number, text: string): number {
  return (textUnits(file, text) * size) / 1000;
}

/** Characters of `text` the font cannot draw (they would print as empty boxes). */
export function missingGlyphs(file: string, text: string): string[] {
  const font = loadFont(file);
  return [...new Set(text)].filter((ch) => {
    const cp = ch.codePointAt(0)!;
    return cp > 0x20 && !font.hasGlyphForCodePoint(cp);
  });
}
