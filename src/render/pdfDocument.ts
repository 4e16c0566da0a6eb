/**
 * The render stage: pages of drawing operations -> PDF bytes, through pdfkit. Text is written
 * as TJ arrays at the positions layout chose (pdfkit's own text flow is not used: see
 * DESIGN.md). Output is deterministic for a given creation date.
 */
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { loadFont, shapeText, type ShapedRun } from '../layout/fonts.js';
import { BoundedCache } from '../layout/boundedCache.js';
import { createFontSubset, type FontSubset } from './fontSubset.js';
import { lightenTables } from './fontTables.js';
import { fontFileOf } from '../layout/FlowItem.js';
import type { FaceId, LaidOut, Page, RectOp, RuleOp, TextLine } from '../layout/Page.js';

/**
 * The pdfkit internals we drive directly (not in @types/pdfkit): text is drawn from the runs
 * layout shaped (fonts.ts), so each glyph is registered here the way pdfkit's `encode` does.
 */
interface EmbeddedFontInternals {
  id: string;
  /** Font units to thousandths of an em. */
  scale: number;
  font: Font;
  subset: FontSubset;
  /** By subset glyph id: advance width and the characters, for the PDF's widths and ToUnicode map. */
  widths: number[];
  unicode: (readonly number[])[];
  ref(): unknown;
}
interface DocInternals {
  _font: EmbeddedFontInternals;
  _registeredFonts: Record<string, unknown>;
  page: { fonts: Record<string, unknown>; height: number; write(chunk: Uint8Array): void };
  /** A color as pdfkit reads it: components from 0 to 1, or a spot color, or null. */
  _normalizeColor(color: string): number[] | object | null;
  _getColorSpace(color: number[]): string;
}

/** A number for the content stream: three decimals at most, no trailing zeros, no "-0". */
const num = (n: number) => String(Math.round(n * 1000) / 1000 || 0);

/** The info dictionary, without empty entries (pdfkit hashes every entry into the file ID). */
function infoOf(meta: LaidOut['meta'], date: Date): Record<string, string | Date> {
  const info: Record<string, string | Date | null | undefined> = {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.subject,
    Keywords: meta.keywords.join(', '),
    Creator: 'briefpress',
    Producer: 'briefpress (pdfkit)',
    CreationDate: date,
    ModDate: date,
  };
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v)) as Record<string, string | Date>;
}

export function createPdfDocument(meta: LaidOut['meta'], date: Date): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.7',
    lang: meta.lang,
    tagged: true,
    // No default font: pdfkit would load Helvetica's metrics for every document, and we never use it.
    font: '',
    displayTitle: true,
    info: infoOf(meta, date),
  } as PDFKit.PDFDocumentOptions);
  return doc;
}

const fastSubsets = new WeakSet<EmbeddedFontInternals>();

/** Makes the font of `file` the current font of `doc`, registering it as `face` on first use in this document. */
function useFont(doc: PDFKit.PDFDocument, file: string, face: FaceId): EmbeddedFontInternals {
  const internals = doc as unknown as DocInternals;
  // pdfkit accepts a parsed fontkit font: it is parsed once per process (fonts.ts), not per PDF.
  if (!internals._registeredFonts[face]) {
    const parsed = loadFont(file);
    // Before pdfkit reads names and metrics (it does when it first uses the font): the tables
    // it reads, given from the bytes (fontTables.ts).
    lightenTables(parsed);
    doc.registerFont(face, parsed as unknown as string);
  }
  doc.font(face);
  const font = internals._font;
  // On the font's first use in the document, before any glyph joins its subset (two faces
  // sharing a file share one font): the faster subset writer, same bytes (fontSubset.ts).
  if (!fastSubsets.has(font)) {
    font.subset = createFontSubset(font.font);
    fastSubsets.add(font);
  }
  if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();
  return font;
}

/** Glyph ids as TJ writes them, four hex digits, made once each. */
const hexIds: string[] = [];

/** A word as a TJ array draws it: the array's elements, and how far they move the text position. */
interface EncodedWord {
  elements: string;
  /** The glyphs' widths less the kerning offsets, in thousandths of the font size (as a reader adds them up). */
  advance: number;
  /** Glyphs drawn: the letter spacing (Tc) is added after each. */
  glyphs: number;
}

/** A number as pdfkit writes it in objects and transforms (six decimals). */
const asPdfkitWrites = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * `runs` as TJ array elements: subset glyph ids, with a kerning offset after each glyph whose
 * advance differs from its width. Each glyph joins the font's subset, widths and ToUnicode map.
 */
function encodeWord(font: EmbeddedFontInternals, runs: readonly ShapedRun[]): EncodedWord {
  const parts: string[] = [];
  let hex = '';
  let advance = 0;
  let glyphs = 0;
  for (const run of runs) {
    for (let i = 0; i < run.glyphs.length; i++) {
      const gid = font.subset.includeGlyph(run.glyphs[i]!);
      // The width as the font's widths array gives it: what a reader advances by.
      advance += asPdfkitWrites((font.widths[gid] ??= run.widths[i]! * font.scale));
      font.unicode[gid] ??= run.codePoints[i]!;
      hex += hexIds[gid] ??= gid.toString(16).padStart(4, '0');
      const kern = run.kerning[i]! * font.scale;
      if (kern !== 0) {
        const offset = num(-kern);
        parts.push(`<${hex}>`, offset);
        advance -= Number(offset);
        hex = '';
      }
    }
    glyphs += run.glyphs.length;
  }
  if (hex) parts.push(`<${hex}>`);
  return { elements: parts.join(' '), advance, glyphs };
}

/**
 * Per font of a document, the encoding of the words drawn lately, alone and followed by a
 * space. Bounded: a bundle is one document of hundreds of briefs.
 */
const encodings = new WeakMap<EmbeddedFontInternals, { alone: BoundedCache<ShapedRun, EncodedWord>; spaced: BoundedCache<ShapedRun, EncodedWord> }>();
const ENCODINGS_PER_FONT = 1024;

/** `word` (then `space` when given) encoded: most words of a brief come back, and their glyphs are in the subset already. */
function encoded(font: EmbeddedFontInternals, word: ShapedRun, space: ShapedRun | null): EncodedWord {
  let memo = encodings.get(font);
  if (!memo) encodings.set(font, (memo = { alone: new BoundedCache(ENCODINGS_PER_FONT), spaced: new BoundedCache(ENCODINGS_PER_FONT) }));
  const known = space ? memo.spaced : memo.alone;
  let encoding = known.get(word);
  if (encoding === undefined) known.set(word, (encoding = encodeWord(font, space ? [word, space] : [word])));
  return encoding;
}

/**
 * The TJ operand of a line: each word followed by a real space glyph (text extraction and
 * screen readers need it to tell words apart), then the offset that takes the text position to
 * the next word where layout put it. One operator a line rather than a text matrix and an
 * operator a word: the content stream is a third smaller, and so quicker to write and compress.
 * The position is followed as a reader computes it, from the numbers as written, so that
 * rounding never adds up along the line.
 */
function lineOperand(font: EmbeddedFontInternals, file: string, op: TextLine): string {
  const space = shapeText(file, ' ');
  const written = (n: number) => Number(num(n));
  const hScale = written(op.hScale * 100) / 100;
  const scale = (written(op.size) / 1000) * hScale;
  const charSpacing = written(op.charSpacing) * hScale;
  const elements: string[] = [];
  let x = written(op.pieces[0]!.x);
  op.pieces.forEach((piece, i) => {
    const next = op.pieces[i + 1];
    const word = encoded(font, shapeText(file, piece.text), next ? space : null);
    elements.push(word.elements);
    if (!next) return;
    x += word.advance * scale + word.glyphs * charSpacing;
    // A TJ offset moves the position back by offset / 1000 of the font size, horizontally scaled.
    const offset = num((x - next.x) / scale);
    if (offset !== '0') elements.push(offset);
    x -= Number(offset) * scale;
  });
  return `[${elements.join(' ')}]`;
}

/** Per color, the operators pdfkit's fillColor writes; null for what it would not write so (a spot color). */
const fillColorOps = new Map<string, string | null>();

function fillColorOp(doc: PDFKit.PDFDocument, color: string): string | null {
  let ops = fillColorOps.get(color);
  if (ops === undefined) {
    const internals = doc as unknown as DocInternals;
    const components = internals._normalizeColor(color);
    ops = Array.isArray(components) ? `/${internals._getColorSpace(components)} cs\n${components.join(' ')} scn` : null;
    fillColorOps.set(color, ops);
  }
  return ops;
}

/**
 * One text line. Its content is what pdfkit's fillColor, save, transform (undoing pdfkit's
 * top-down page for text, as its own text drawing does) and restore would write around the
 * text, but written as one chunk: pdfkit converts each string it is given to bytes one
 * character at a time.
 */
function drawText(doc: PDFKit.PDFDocument, fonts: LaidOut['fonts'], op: TextLine): void {
  // A line without words draws nothing (its text position is that of its first word).
  if (op.pieces.length === 0) return;
  const internals = doc as unknown as DocInternals;
  const file = fontFileOf(fonts, op.face);
  const font = useFont(doc, file, op.face);
  const color = fillColorOp(doc, op.color);
  if (color === null) doc.fillColor(op.color);
  const height = internals.page.height;
  const y = num(height - op.y);
  const out = color === null ? [] : [color];
  out.push('q', `1 0 0 -1 0 ${asPdfkitWrites(height)} cm`, 'BT', `/${font.id} ${num(op.size)} Tf`);
  if (op.charSpacing) out.push(`${num(op.charSpacing)} Tc`);
  if (op.hScale !== 1) out.push(`${num(op.hScale * 100)} Tz`);
  out.push(`1 0 0 1 ${num(op.pieces[0]!.x)} ${y} Tm`, `${lineOperand(font, file, op)} TJ`, 'ET', 'Q', '');
  internals.page.write(Buffer.from(out.join('\n'), 'latin1'));
}

function drawRule(doc: PDFKit.PDFDocument, op: RuleOp): void {
  doc.save().lineWidth(op.width).strokeColor(op.color).moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke().restore();
}

function drawRect(doc: PDFKit.PDFDocument, op: RectOp): void {
  doc.save().rect(op.x, op.y, op.width, op.height);
  if (op.fill && op.stroke) doc.lineWidth(op.strokeWidth).fillAndStroke(op.fill, op.stroke);
  else if (op.fill) doc.fill(op.fill);
  else if (op.stroke) doc.lineWidth(op.strokeWidth).stroke(op.stroke);
  doc.restore();
}

/**
 * The tagged-PDF structure of one brief: an article element holding a heading or paragraph
 * element per block of text (its lines may stand in several columns and pages), the sidebar's
 * paragraphs grouped in an aside; footers and decoration are artifacts, which readers skip.
 */
class StructureWriter {
  private readonly article: PDFKit.PDFStructureElement;
  private aside: PDFKit.PDFStructureElement | null = null;
  private current: { block: number | undefined; element: PDFKit.PDFStructureElement } | null = null;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    // "Aside" is a PDF 2.0 type: map it to a standard 1.7 one for readers that know only those.
    (doc as unknown as { getStructTreeRoot(): { data: Record<string, unknown> } }).getStructTreeRoot().data.RoleMap = { Aside: 'Sect' };
    this.article = doc.struct('Art');
    doc.addStructure(this.article);
  }

  /** Draws `draw` as the content of the element of `op`'s block. */
  text(op: TextLine, draw: () => void): void {
    if (op.role === 'Artifact') return this.artifact(draw);
    const element = this.elementFor(op);
    const content = this.doc.markStructureContent(op.role === 'Aside' ? 'P' : op.role);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  private elementFor(op: TextLine): PDFKit.PDFStructureElement {
    if (this.current && op.block !== undefined && this.current.block === op.block) return this.current.element;
    this.current?.element.end();
    const parent = op.role === 'Aside' ? (this.aside ??= this.child(this.article, 'Aside')) : this.article;
    this.current = { block: op.block, element: this.child(parent, op.role === 'Aside' ? 'P' : op.role) };
    return this.current.element;
  }

  private child(parent: PDFKit.PDFStructureElement, type: string): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  end(): void {
    this.current?.element.end();
    this.aside?.end();
    this.article.end();
  }
}

function drawPage(doc: PDFKit.PDFDocument, fonts: LaidOut['fonts'], page: Page, structure: StructureWriter): void {
  doc.addPage({ size: [page.width, page.height], margin: 0 });
  for (const op of page.ops) {
    if (op.kind === 'text') structure.text(op, () => drawText(doc, fonts, op));
    else structure.artifact(() => (op.kind === 'rule' ? drawRule(doc, op) : drawRect(doc, op)));
  }
}

/**
 * Adds every page of `laidOut` to `doc` as one tagged article: fonts are embedded once per
 * document, however many briefs it holds.
 */
export function drawPages(doc: PDFKit.PDFDocument, laidOut: LaidOut): void {
  const structure = new StructureWriter(doc);
  for (const page of laidOut.pages) drawPage(doc, laidOut.fonts, page, structure);
  structure.end();
}

/** Ends the document and collects its bytes. */
export function finishPdf(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

export function renderPdf(laidOut: LaidOut, date: Date): Promise<Uint8Array> {
  const doc = createPdfDocument(laidOut.meta, date);
  drawPages(doc, laidOut);
  return finishPdf(doc);
}
