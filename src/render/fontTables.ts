/**
 * A font's `post` table for pdfkit, decoded only as far as pdfkit reads it. pdfkit describes an
 * embedded font with two fields of the table's header (isFixedPitch, italicAngle); fontkit
 * decodes the whole table for them, every glyph name of a version 2 table: ~6 ms a face of
 * Source Sans 3 on a cold process, for names a brief never uses.
 */
import type { Font } from 'fontkit';

/** The fontkit internals this reads: where the tables are, the decoded ones, the decoder. */
interface FontInternals {
  stream: { view: DataView };
  directory: { tables: Record<string, { offset: number } | undefined> };
  _tables: Record<string, unknown>;
  _decodeTable(table: { offset: number }): Record<PropertyKey, unknown>;
}

/** The header fields pdfkit reads, at their offsets in the table, as fontkit decodes them. */
const HEADER: Record<string, (view: DataView, at: number) => number> = {
  italicAngle: (view, at) => view.getInt32(at + 4) / 65536,
  isFixedPitch: (view, at) => view.getUint32(at + 12),
};

/**
 * Gives `font` a `post` table whose header fields pdfkit reads come from the bytes; any other
 * field decodes the whole table, as fontkit would have, first.
 */
export function deferPostTable(font: Font): void {
  const internals = font as unknown as FontInternals;
  const table = internals.directory.tables.post;
  if (!table || 'post' in internals._tables) return;
  let decoded: Record<PropertyKey, unknown> | undefined;
  const whole = () => (decoded ??= internals._decodeTable(table));
  internals._tables.post = new Proxy({}, {
    get: (_, key) => (typeof key === 'string' && key in HEADER ? HEADER[key]!(internals.stream.view, table.offset) : whole()[key]),
    has: (_, key) => key in whole(),
  });
}
