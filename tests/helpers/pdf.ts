/** Reads a PDF back with a real PDF reader (pdfjs-dist) for end-to-end checks. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  str: string;
  /** Font size: the text matrix's vertical scale (horizontal scaling, Tz, changes the other). */
  size: number;
  x: number;
  y: number;
  fontName: string;
}

export interface ReadPdf {
  pages: number;
  pageSizes: { width: number; height: number }[];
  /** Text items per page, in content-stream order. */
  items: PdfText[][];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const items: PdfText[][] = [];
  const pageSizes: ReadPdf['pageSizes'] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , width, height] = page.view as [number, number, number, number];
    pageSizes.push({ width, height });
    const content = await page.getTextContent();
    items.push(
      content.items
        .filter((i): i is typeof i & { str: string; transform: number[]; fontName: string } => 'str' in i)
        .map((i) => ({ str: i.str, size: Math.hypot(i.transform[2]!, i.transform[3]!), x: i.transform[4]!, y: i.transform[5]!, fontName: i.fontName })),
    );
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages: doc.numPages, pageSizes, items, info: meta.info as Record<string, unknown> };
}

/** Letters and digits of a word, lower-cased: what survives hyphenation and French spacing. */
export const foldWord = (w: string) => w.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Words of PDF text in order, a line-end hyphen joined to the next word ("infra-" + "structures"),
 * folded so that words compare with the source's.
 */
export function pdfWords(texts: string[]): string[] {
  const tokens = texts.join(' ').split(/[\s\u00a0\u202f]+/u).filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    while (/\p{L}-$/u.test(t) && i + 1 < tokens.length) t += tokens[++i]!;
    words.push(foldWord(t));
  }
  return words.filter(Boolean);
}

/** The source words not found, in order, in the PDF's words (empty when all are there in order). */
export function missingInOrder(source: string[], pdf: string[]): string[] {
  const missing: string[] = [];
  let j = 0;
  for (const w of source) {
    const k = pdf.indexOf(w, j);
    if (k === -1) missing.push(w);
    else j = k + 1;
  }
  return missing;
}

/** Embedded font programs against font descriptors, read from the (uncompressed) object dictionaries. */
export function fontEmbedding(bytes: Uint8Array): { descriptors: number; programs: number } {
  const text = Buffer.from(bytes).toString('latin1');
  return {
    descriptors: (text.match(/\/Type \/FontDescriptor/g) ?? []).length,
    programs: (text.match(/\/FontFile[23]? /g) ?? []).length,
  };
}
