import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { decodeText } from '../../src/ingest/decodeText.js';
import { BriefError } from '../../src/diagnostics.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and drops the byte-order mark', () => {
    expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Été')]))).toBe('Été');
  });

  it('refuses an empty file, naming it', () => {
    const e = thrown(() => decodeText('inbox/empty.txt', new Uint8Array()), BriefError);
    expect(e.message).toContain('inbox/empty.txt');
    expect(e.message).toContain('empty');
  });

  it('refuses a file of white space only', () => {
    expect(thrown(() => decodeText('w.txt', bytes(' \n\t\n')), BriefError).message).toContain('white space');
  });

  it('refuses binary data with the line of the first NUL byte', () => {
    const e = thrown(() => decodeText('x.bin', new Uint8Array([...bytes('a\nb\n'), 0, 1, 2])), BriefError);
    expect(e.message).toMatch(/binary/);
    expect(e.source?.line).toBe(3);
  });

  it('refuses invalid UTF-8, saying where and how to convert', () => {
    const e = thrown(() => decodeText('latin1.txt', new Uint8Array([...bytes('Titre\n\nL'), 0xe9, ...bytes('t')])), BriefError);
    expect(e.message).toContain('invalid UTF-8 at byte 8');
    expect(e.source?.line).toBe(3);
    expect(e.hint).toMatch(/iconv/);
  });
});

describe('decodeText positions', () => {
  it('points at a stray byte after a complete multi-byte character', () => {
    const e = thrown(() => decodeText('x.txt', new Uint8Array([...bytes('é'), 0xff])), BriefError);
    expect(e.message).toContain('invalid UTF-8 at byte 2');
  });
});

describe('decodeText limits', () => {
  it('refuses an article too large for a brief, saying how large', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    expect(thrown(() => decodeText('dump.txt', big), BriefError).message).toBe('dump.txt: 5.0 MB is too large for a brief (at most 1 MB)');
  });
});
