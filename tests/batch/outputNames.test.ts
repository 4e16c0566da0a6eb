import { describe, expect, it } from 'vitest';
import { commonRoot, pdfName, requestedName, safeSegment, staysInside, uniqueNames } from '../../src/batch/outputNames.js';

describe('commonRoot', () => {
  it('finds the deepest shared folder', () => {
    expect(commonRoot(['/in/a', '/in/b/c'])).toBe('/in');
    expect(commonRoot(['/in/a'])).toBe('/in/a');
    expect(commonRoot(['/in/ab', '/in/a'])).toBe('/in');
    expect(commonRoot(['/x', '/y'])).toBe('/');
  });
});

describe('pdfName', () => {
  it('swaps the extension and keeps folders', () => {
    expect(pdfName('a/x.txt')).toBe('a/x.pdf');
    expect(pdfName('x')).toBe('x.pdf');
    expect(pdfName('a/x.txt', true)).toBe('a/x.txt.pdf');
  });
  it('makes segments safe', () => {
    expect(safeSegment('..')).toBe('_');
    expect(safeSegment('.hidden')).toBe('hidden');
    expect(safeSegment('a:b?c')).toBe('a_b_c');
    expect(pdfName('a\u0000b/c<d>.txt')).toBe('a_b/c_d_.pdf');
  });
});

describe('staysInside', () => {
  it.each([
    ['a.pdf', true],
    ['a/b.pdf', true],
    ['a/../b.pdf', true],
    ['../b.pdf', false],
    ['a/../../b.pdf', false],
    ['/etc/passwd', false],
    ['..\\x.pdf', false],
    ['.', false],
  ])('%s -> %s', (name, expected) => {
    expect(staysInside(name)).toBe(expected);
  });
});

describe('requestedName', () => {
  it('adds .pdf and normalises', () => {
    expect(requestedName('desk/a')).toBe('desk/a.pdf');
    expect(requestedName('desk/./b.PDF')).toBe('desk/b.PDF');
  });
});

describe('uniqueNames', () => {
  it('keeps a/x.txt and b/x.txt apart', () => {
    expect(uniqueNames([{ key: 'a/x.txt' }, { key: 'b/x.txt' }])).toEqual(['a/x.pdf', 'b/x.pdf']);
  });
  it('keeps the extension when only the extension differs', () => {
    expect(uniqueNames([{ key: 'x.txt' }, { key: 'x.md' }, { key: 'y.txt' }])).toEqual(['x.txt.pdf', 'x.md.pdf', 'y.pdf']);
  });
  it('treats names differing only in case as a clash', () => {
    expect(uniqueNames([{ key: 'X.txt' }, { key: 'x.txt' }])).toEqual(['X.txt.pdf', 'x.txt-2.pdf']);
  });
  it('numbers requested names that clash', () => {
    expect(uniqueNames([{ key: 'a.txt', requested: 'out.pdf' }, { key: 'b.txt', requested: 'out.pdf' }])).toEqual(['out.pdf', 'out-2.pdf']);
  });
});
