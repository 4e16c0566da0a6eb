import { describe, expect, it } from 'vitest';
import { explainLpFailure, lpArgs, parseJobId } from '../../src/batch/printBundle.js';

describe('lpArgs', () => {
  it('passes printer, copies, sides and a title', () => {
    expect(lpArgs('/out/bundle.pdf', { printer: 'Office-3F', copies: 2, sides: 'two-sided-long-edge' })).toEqual([
      '-d', 'Office-3F', '-n', '2', '-o', 'sides=two-sided-long-edge', '-t', 'bundle', '--', '/out/bundle.pdf',
    ]);
    expect(lpArgs('/out/b.pdf', { copies: 1 })).toEqual(['-t', 'b', '--', '/out/b.pdf']);
  });
});

describe('parseJobId', () => {
  it('reads the job id lp prints', () => {
    expect(parseJobId('request id is Office-3F-42 (1 file(s))\n')).toBe('Office-3F-42');
    expect(parseJobId('')).toBeNull();
  });
});

describe('explainLpFailure', () => {
  it('names what is missing and what to do', () => {
    expect(explainLpFailure(undefined, { code: 'ENOENT', stderr: '' })).toMatch(/lp command is not installed.*apt-get install cups/);
    expect(explainLpFailure('Nope', { code: 1, stderr: 'lp: Error - The printer or class does not exist.' })).toMatch(/printer "Nope" does not exist.*lpstat -p/);
    expect(explainLpFailure(undefined, { code: 1, stderr: 'lp: Error - No default destination.' })).toMatch(/no default printer.*--printer/);
    expect(explainLpFailure('P', { code: 1, stderr: 'lp: Error - Scheduler Not Responding.' })).toMatch(/scheduler is not running/);
  });
});
