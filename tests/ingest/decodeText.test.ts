import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decodeText.js';
import { BriefError } from '../../src/diagnostics.js';

const bytes = (s: string) => new TextEncoder().encode(s);

function errorOf(fn: () => unknown): BriefError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BriefError) return e;
    throw e;
  }
  throw new Error('expected a BriefError');
}

describe('decodeText', () => {
  it('decodes UTF-8 and drops the byte-order mark', () => {
    expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Été')]))).toBe('Été');
  });

  it('refuses an empty file, naming it', () => {
    const e = errorOf(() => decodeText('inbox/empty.txt', new Uint8Array()));
    expect(e.message).toContain('inbox/empty.txt');
    expect(e.message).toContain('empty');
  });

  it('refuses a file of white space only', () => {
    expect(errorOf(() => decodeText('w.txt', bytes(' \n\t\n'))).message).toContain('white space');
  });

  it('refuses binary data with the line of the first NUL byte', () => {
    const e = errorOf(() => decodeText('x.bin', new Uint8Array([...bytes('a\nb\n'), 0, 1, 2])));
    expect(e.message).toMatch(/binary/);
    expect(e.source?.line).toBe(3);
  });

  it('refuses invalid UTF-8, saying where and how to convert', () => {
    const e = errorOf(() => decodeText('latin1.txt', new Uint8Array([...bytes('Titre\n\nL'), 0xe9, ...bytes('t')])));
    expect(e.message).toContain('invalid UTF-8 at byte 8');
    expect(e.source?.line).toBe(3);
    expect(e.hint).toMatch(/iconv/);
  });
});

describe('decodeText positions', () => {
  it('points at a stray byte after a complete multi-byte character', () => {
    const e = errorOf(() => decodeText('x.txt', new Uint8Array([...bytes('é'), 0xff])));
    expect(e.message).toContain('invalid UTF-8 at byte 2');
  });
});

describe('decodeText limits', () => {
  it('refuses an article too large for a brief, saying how large', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    expect(errorOf(() => decodeText('dump.txt', big)).message).toBe('dump.txt: 5.0 MB is too large for a brief (at most 1 MB)');
  });
});
