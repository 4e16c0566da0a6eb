/** Turns an input file's bytes into text, refusing what is not an article (binary, bad UTF-8, empty). */
import { BriefError } from '../diagnostics.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The first offending byte offset of invalid UTF-8, found by re-decoding growing prefixes. */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on "prefix decodes" (a prefix may end mid-character: allow 3 bytes of slack).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The longest prefix may end inside the bad sequence (a lead byte whose continuation is
  // wrong): the error is at that lead byte.
  if (decodes(bytes.subarray(0, lo))) return lo;
  while (lo > 0 && (bytes[lo - 1]! & 0xc0) === 0x80) lo--;
  return lo > 0 ? lo - 1 : 0;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * The largest article briefpress prints: a brief is a few pages; a file this large is a dump or
 * a data file, and laying it out would take minutes and hundreds of pages.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new BriefError(
      `${file}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is too large for a brief (at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`,
      { file, line: 1, column: 1 },
      'split the text into articles, or check that this is an article and not a data file',
    );
  }
  if (bytes.length === 0) {
    throw new BriefError(`${file}: the file is empty`, { file, line: 1, column: 1 }, 'give an article with a title line and at least one paragraph');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new BriefError(
      `${file}: this looks like a binary file (NUL byte at offset ${nul}), not an article`,
      { file, line: lineOfByte(bytes, nul), column: 1 },
      'give a UTF-8 text, Markdown, HTML or JSON article',
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new BriefError(
      `${file}: invalid UTF-8 at byte ${at}`,
      { file, line: lineOfByte(bytes, at), column: 1 },
      'convert the file to UTF-8 (for example: iconv -f latin1 -t utf-8)',
    );
  }
  if (text.trim() === '') {
    throw new BriefError(`${file}: the file holds only white space`, { file, line: 1, column: 1 }, 'give an article with a title line and at least one paragraph');
  }
  return text;
}
