/**
 * The render stage: pages of drawing operations -> PDF bytes, through pdfkit. Text is written
 * as TJ arrays at the positions layout chose (pdfkit's own text flow is not used: see
 * DESIGN.md). Output is deterministic for a given creation date.
 */
import PDFDocument from 'pdfkit';
import { loadFont } from '../layout/fonts.js';
import type { FaceId, LaidOut, Page, RectOp, RuleOp, TextLine } from '../layout/Page.js';

/** The pdfkit internals we drive directly (not in @types/pdfkit). */
interface EmbeddedFontInternals {
  id: string;
  layoutCache?: Record<string, unknown>;
  ref(): unknown;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
}
interface DocInternals {
  _font: EmbeddedFontInternals;
  page: { fonts: Record<string, unknown>; height: number };
  addContent(s: string): void;
}

/**
 * Shaped words per font file, shared by every document of the process: pdfkit keeps one cache
 * per document, and shaping a word costs ~50 µs, more than drawing it.
 */
const layoutCaches = new Map<string, Record<string, unknown>>();

const num = (n: number) => {
  const s = n.toFixed(3);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

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
    displayTitle: true,
    info: infoOf(meta, date),
  } as PDFKit.PDFDocumentOptions);
  return doc;
}

/** Makes `face` the current font of `doc`, registering it on first use in this document. */
function useFont(doc: PDFKit.PDFDocument, fonts: LaidOut['fonts'], face: FaceId): EmbeddedFontInternals {
  const internals = doc as unknown as DocInternals & { _registeredFonts: Record<string, unknown> };
  if (!internals._registeredFonts[face]) {
    const [family, style] = face.split(':') as [string, keyof LaidOut['fonts'][string]];
    const file = fonts[family]![style];
    // pdfkit accepts a parsed fontkit font: it is parsed once per process (fonts.ts), not per PDF.
    doc.registerFont(face, loadFont(file) as unknown as string);
    doc.font(face);
    let shared = layoutCaches.get(file);
    if (!shared) layoutCaches.set(file, (shared = internals._font.layoutCache ?? {}));
    internals._font.layoutCache = shared;
  } else {
    doc.font(face);
  }
  const font = internals._font;
  if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();
  return font;
}

/** The TJ operand for `text`: glyph ids, with kerning offsets where the font's advance differs. */
function tjArray(font: EmbeddedFontInternals, text: string): string {
  const [encoded, positions] = font.encode(text);
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const adjust = p.xAdvance - p.advanceWidth;
    if (adjust !== 0 || i === positions.length - 1) {
      parts.push(`<${encoded.slice(start, i + 1).join('')}>`);
      if (adjust !== 0) parts.push(num(-adjust));
      start = i + 1;
    }
  }
  return `[${parts.join(' ')}]`;
}

function drawText(doc: PDFKit.PDFDocument, fonts: LaidOut['fonts'], op: TextLine): void {
  const internals = doc as unknown as DocInternals;
  const font = useFont(doc, fonts, op.face);
  doc.fillColor(op.color);
  const y = internals.page.height - op.y;
  const out = ['BT', `/${font.id} ${num(op.size)} Tf`];
  if (op.charSpacing) out.push(`${num(op.charSpacing)} Tc`);
  if (op.hScale !== 1) out.push(`${num(op.hScale * 100)} Tz`);
  op.pieces.forEach((piece, i) => {
    // A real space after each word (drawn, then overridden by the next Tm): text extraction and
    // screen readers need it to tell words apart.
    const text = i < op.pieces.length - 1 ? `${piece.text} ` : piece.text;
    out.push(`1 0 0 1 ${num(piece.x)} ${num(y)} Tm`, `${tjArray(font, text)} TJ`);
  });
  out.push('ET');
  // Undo pdfkit's top-down page transform for text, as its own text drawing does.
  doc.save();
  doc.transform(1, 0, 0, -1, 0, internals.page.height);
  internals.addContent(out.join('\n'));
  doc.restore();
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
