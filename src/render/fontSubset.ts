/**
 * TrueType subsets for embedding, byte for byte as fontkit's TTFSubset writes them, but with
 * each glyph read from the font once per process instead of once per document: fontkit decodes
 * every glyph's whole outline on each encode (only to tell composite glyphs apart), which was a
 * third of a brief's render time. Tables other than glyf, loca and hmtx are the same in every
 * subset of a font; fontkit encodes them once here and we reuse its bytes, patching the two
 * glyph counts. tests/render/fontSubset.test.ts checks the bytes against fontkit's.
 */
import type { Font } from 'fontkit';
import { HHEA_NUMBER_OF_METRICS, HorizontalMetrics, MAXP_NUM_GLYPHS } from '../layout/shaping/horizontalMetrics.js';

/** fontkit's subset interface as pdfkit uses it. */
export interface FontSubset {
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

/** The fontkit internals a subset reads: the font's bytes, where its tables and glyphs are. */
interface FontInternals {
  directory: { tables: Record<string, { offset: number } | undefined> };
  stream: { buffer: Uint8Array; view: DataView };
  loca: { offsets: number[]; version: number };
  _variationProcessor?: unknown;
  createSubset(): FontSubset;
}

/** One glyph as a subset copies it: its glyf bytes, where its components' ids sit, its metrics. */
interface GlyphData {
  bytes: Uint8Array;
  components: readonly { glyphID: number; pos: number }[];
  advance: number;
  bearing: number;
}

/** Per font: the subset file's fixed parts, from one subset fontkit encoded, and the glyphs read so far. */
interface FontTemplate {
  /** Directory header (sfnt version, table count, search fields). */
  header: Uint8Array;
  tags: string[];
  /** Bytes of the tables that do not depend on the glyphs (glyph counts patched per subset). */
  fixed: Map<string, Uint8Array>;
  longLoca: boolean;
  metrics: HorizontalMetrics;
  glyphs: Map<number, GlyphData>;
}

const HEADER_SIZE = 12;
const ENTRY_SIZE = 16;
/** Flags of a composite glyph's component: what follows its glyph id, and whether another component follows. */
const ARGS_ARE_WORDS = 0x1;
const SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const X_AND_Y_SCALE = 0x40;
const TWO_BY_TWO = 0x80;

const templates = new WeakMap<Font, FontTemplate | null>();

/** A fast subset of `font`, or fontkit's own for fonts this writer does not cover (CFF, variable). */
export function createFontSubset(font: Font): FontSubset {
  const template = templateOf(font);
  return template ? new CachedSubset(font as unknown as FontInternals, template) : (font as unknown as FontInternals).createSubset();
}

function templateOf(font: Font): FontTemplate | null {
  let template = templates.get(font);
  if (template === undefined) {
    const internals = font as unknown as FontInternals;
    const covered = internals.directory.tables.glyf !== undefined && !internals._variationProcessor;
    template = covered ? readTemplate(internals) : null;
    templates.set(font, template);
  }
  return template;
}

/** The table directory and fixed tables of the smallest subset fontkit writes (the .notdef glyph). */
function readTemplate(font: FontInternals): FontTemplate {
  const file = font.createSubset().encode();
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const tags: string[] = [];
  const fixed = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const entry = HEADER_SIZE + i * ENTRY_SIZE;
    const tag = String.fromCharCode(...file.subarray(entry, entry + 4));
    tags.push(tag);
    if (tag !== 'glyf' && tag !== 'loca' && tag !== 'hmtx') {
      const offset = view.getUint32(entry + 8);
      fixed.set(tag, new Uint8Array(file.subarray(offset, offset + view.getUint32(entry + 12))));
    }
  }
  const metrics = new HorizontalMetrics({ bytes: font.stream.view, tables: font.directory.tables });
  return { header: new Uint8Array(file.subarray(0, HEADER_SIZE)), tags, fixed, longLoca: font.loca.version === 1, metrics, glyphs: new Map() };
}

class CachedSubset implements FontSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(
    private readonly font: FontInternals,
    private readonly template: FontTemplate,
  ) {
    // Like fontkit's: the missing glyph is always glyph 0.
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number): number {
    let id = this.mapping.get(glyph);
    if (id === undefined) {
      id = this.glyphs.push(glyph) - 1;
      this.mapping.set(glyph, id);
    }
    return id;
  }

  /** The font file, written straight into one buffer (every table is a few small arrays otherwise). */
  encode(): Uint8Array {
    const glyphs = this.resolveGlyphs();
    const count = glyphs.length;
    const long = this.template.longLoca;
    const glyfSize = glyphs.reduce((sum, glyph) => sum + glyph.bytes.length, 0);
    const sizes = new Map(this.template.tags.map((tag) => [tag, this.template.fixed.get(tag)?.length ?? 0]));
    sizes.set('glyf', glyfSize).set('loca', (count + 1) * (long ? 4 : 2)).set('hmtx', count * 4);
    const { file, view, offsets } = writeDirectory(this.template, sizes);
    for (const [tag, table] of this.template.fixed) file.set(table, offsets.get(tag)!);
    view.setUint16(offsets.get('maxp')! + MAXP_NUM_GLYPHS, count);
    view.setUint16(offsets.get('hhea')! + HHEA_NUMBER_OF_METRICS, count);
    let glyf = 0;
    glyphs.forEach((glyph, i) => {
      const at = offsets.get('glyf')! + glyf;
      file.set(glyph.bytes, at);
      // Composite glyphs name their components by glyph id: renumbered into this subset.
      for (const component of glyph.components) view.setUint16(at + component.pos, this.mapping.get(component.glyphID)!);
      // Short loca offsets are stored halved.
      if (long) view.setUint32(offsets.get('loca')! + i * 4, glyf);
      else view.setUint16(offsets.get('loca')! + i * 2, glyf >>> 1);
      view.setUint16(offsets.get('hmtx')! + i * 4, glyph.advance);
      view.setInt16(offsets.get('hmtx')! + i * 4 + 2, glyph.bearing);
      glyf += glyph.bytes.length;
    });
    if (long) view.setUint32(offsets.get('loca')! + count * 4, glyf);
    else view.setUint16(offsets.get('loca')! + count * 2, glyf >>> 1);
    return file;
  }

  /** Every glyph of the subset, in order: composite glyphs add their components as fontkit does, at the end. */
  private resolveGlyphs(): GlyphData[] {
    const resolved: GlyphData[] = [];
    // The loop reads `glyphs.length` each time: components join while it runs.
    for (let i = 0; i < this.glyphs.length; i++) {
      const glyph = this.glyphData(this.glyphs[i]!);
      for (const component of glyph.components) this.includeGlyph(component.glyphID);
      resolved.push(glyph);
    }
    return resolved;
  }

  private glyphData(gid: number): GlyphData {
    let data = this.template.glyphs.get(gid);
    if (!data) {
      data = readGlyph(this.font, this.template.metrics, gid);
      this.template.glyphs.set(gid, data);
    }
    return data;
  }
}

/**
 * A glyph's bytes, components and metrics, read from the font's bytes as fontkit reads them for
 * its subset: fontkit decodes the whole outline (to tell composite glyphs apart) and, for the
 * metrics, its bounding box, ~10 ms for a brief's glyphs on a cold process.
 */
function readGlyph(font: FontInternals, metrics: HorizontalMetrics, gid: number): GlyphData {
  const start = font.directory.tables.glyf!.offset + font.loca.offsets[gid]!;
  const end = font.directory.tables.glyf!.offset + font.loca.offsets[gid + 1]!;
  const view = font.stream.view;
  // An empty glyph has no header; a composite one has a negative number of contours.
  const composite = end > start && view.getInt16(start) < 0;
  return {
    // A copy: the font file may be a Buffer, whose slice() would share its memory.
    bytes: new Uint8Array(font.stream.buffer.subarray(start, end)),
    components: composite ? componentsOf(view, start) : [],
    advance: metrics.advance(gid),
    bearing: metrics.bearing(gid),
  };
}

/** The components of the composite glyph at `start`: each one's glyph id and where it is in the glyph. */
function componentsOf(view: DataView, start: number): { glyphID: number; pos: number }[] {
  const components: { glyphID: number; pos: number }[] = [];
  // After the header: number of contours and bounding box.
  let at = start + 10;
  let flags = MORE_COMPONENTS;
  while (flags & MORE_COMPONENTS) {
    flags = view.getUint16(at);
    components.push({ glyphID: view.getUint16(at + 2), pos: at + 2 - start });
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    at += flags & SCALE ? 2 : flags & X_AND_Y_SCALE ? 4 : flags & TWO_BY_TWO ? 8 : 0;
  }
  return components;
}

/**
 * The sfnt file's buffer with its directory written: the template's header, then an entry per
 * table in the template's order (checksums 0, as fontkit writes them), the tables following
 * one another in that order. Returns where each table goes.
 */
function writeDirectory(template: FontTemplate, sizes: ReadonlyMap<string, number>) {
  const directorySize = HEADER_SIZE + template.tags.length * ENTRY_SIZE;
  const file = new Uint8Array(directorySize + [...sizes.values()].reduce((sum, size) => sum + size, 0));
  const view = new DataView(file.buffer);
  const offsets = new Map<string, number>();
  file.set(template.header);
  let offset = directorySize;
  template.tags.forEach((tag, i) => {
    const entry = HEADER_SIZE + i * ENTRY_SIZE;
    for (let c = 0; c < 4; c++) file[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, sizes.get(tag)!);
    offsets.set(tag, offset);
    offset += sizes.get(tag)!;
  });
  return { file, view, offsets };
}
