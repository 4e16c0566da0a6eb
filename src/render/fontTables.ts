/**
 * Font tables pdfkit reads to describe and subset a font, given to fontkit from the bytes. fontkit
 * decodes a table whole, through restructure, the first time anything in it is read: for a few
 * fields pdfkit needs, that was ~15 ms of a cold `briefpress render` over a brief's faces (the
 * post table's glyph names, every string of the name table, each loca offset one by one).
 * What is given equals what fontkit decodes (tests/render/fontTables.test.ts).
 */
import type { Font } from 'fontkit';

/** The fontkit internals this reads: the bytes, where the tables are, the decoded ones, the decoder. */
interface FontInternals {
  stream: { view: DataView };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  _tables: Record<string, unknown>;
  _decodeTable(table: { offset: number }): Record<PropertyKey, unknown>;
}

/** Offset of indexToLocFormat in head: 0 for loca offsets halved in 16 bits, 1 for 32-bit ones. */
const HEAD_INDEX_TO_LOC_FORMAT = 50;
/** Name ID of the PostScript name. */
const POSTSCRIPT_NAME = 6;

/** Gives `font` the tables below before pdfkit reads them; a font that already decoded one keeps it. */
export function lightenTables(font: Font): void {
  const internals = font as unknown as FontInternals;
  deferPostTable(internals);
  readLoca(internals);
  const name = postscriptNameOf(internals);
  if (name !== undefined) Object.defineProperty(font, 'postscriptName', { value: name });
}

/** The post table's header fields pdfkit reads (isFixedPitch, italicAngle), as fontkit decodes them. */
const POST_HEADER: Record<string, (view: DataView, at: number) => number> = {
  italicAngle: (view, at) => view.getInt32(at + 4) / 65536,
  isFixedPitch: (view, at) => view.getUint32(at + 12),
};

/**
 * A post table whose header fields pdfkit reads come from the bytes; any other field decodes the
 * whole table, as fontkit would have, first.
 */
function deferPostTable(font: FontInternals): void {
  const table = font.directory.tables.post;
  if (!table || 'post' in font._tables) return;
  let decoded: Record<PropertyKey, unknown> | undefined;
  const whole = () => (decoded ??= font._decodeTable(table));
  font._tables.post = new Proxy({}, {
    get: (_, key) => (typeof key === 'string' && key in POST_HEADER ? POST_HEADER[key]!(font.stream.view, table.offset) : whole()[key]),
    has: (_, key) => key in whole(),
  });
}

/** The loca table as fontkit decodes it: its format, and each glyph's offset in glyf (short offsets doubled). */
function readLoca(font: FontInternals): void {
  const { loca, head } = font.directory.tables;
  if (!loca || !head || 'loca' in font._tables) return;
  const view = font.stream.view;
  const version = view.getInt16(head.offset + HEAD_INDEX_TO_LOC_FORMAT);
  const size = version === 0 ? 2 : 4;
  const offsets = new Array<number>(Math.floor(loca.length / size));
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = version === 0 ? view.getUint16(loca.offset + 2 * i) * 2 : view.getUint32(loca.offset + 4 * i);
  }
  font._tables.loca = { version, offsets };
}

/**
 * The PostScript name as fontkit's `postscriptName` gives it (the last English record), when
 * every record of it is one fontkit reads as English in plain ASCII: Windows Unicode US English
 * or Macintosh Roman English. Undefined otherwise, for fontkit to read.
 */
function postscriptNameOf(font: FontInternals): string | undefined {
  const table = font.directory.tables.name;
  if (!table || 'name' in font._tables) return undefined;
  const view = font.stream.view;
  const at = table.offset;
  const strings = at + view.getUint16(at + 4);
  let name: string | undefined;
  for (let k = 0; k < view.getUint16(at + 2); k++) {
    const record = at + 6 + 12 * k;
    if (view.getUint16(record + 6) !== POSTSCRIPT_NAME) continue;
    const [platform, encoding, language] = [view.getUint16(record), view.getUint16(record + 2), view.getUint16(record + 4)];
    const windows = platform === 3 && encoding === 1 && language === 0x409;
    if (!windows && !(platform === 1 && encoding === 0 && language === 0)) return undefined;
    const start = strings + view.getUint16(record + 10);
    const codes = Array.from({ length: windows ? view.getUint16(record + 8) >> 1 : view.getUint16(record + 8) }, (_, i) =>
      windows ? view.getUint16(start + 2 * i) : view.getUint8(start + i));
    if (codes.some((c) => c >= 0x80)) return undefined;
    name = String.fromCharCode(...codes);
  }
  // fontkit passes over an empty name to other languages.
  return name || undefined;
}
