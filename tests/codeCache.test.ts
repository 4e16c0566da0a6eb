/** The V8 code cache of the bundled CLI: made once, reused, renewed when the bundle changes. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCachedBundle } from '../src/codeCache.js';

/** A bundle as scripts/bundle.mjs writes it: a CommonJS module function. */
const moduleFunction = (body: string) => `(function (exports, require, module, __filename, __dirname) {\n${body}\nexports.file = __filename;\n})`;

function fixture() {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefpress-cache-'));
  const bundle = path.join(dir, 'bundle.cjs');
  writeFileSync(bundle, moduleFunction('exports.answer = () => 42;'));
  return { dir, bundle, cacheDir: path.join(dir, 'cache') };
}

const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache'));

describe('runCachedBundle', () => {
  it('runs the bundle as a CommonJS module, ASCII or UTF-8', () => {
    const { bundle, cacheDir } = fixture();
    const run = runCachedBundle<{ answer(): number; file: string }>(bundle, cacheDir, 'render');
    expect(run.exports.answer()).toBe(42);
    expect(run.exports.file).toBe(bundle);
    writeFileSync(bundle, moduleFunction('exports.answer = () => "é…";'));
    expect(runCachedBundle<{ answer(): string }>(bundle, cacheDir, 'render').exports.answer()).toBe('é…');
  });

  it('writes the cache once, then reuses it', () => {
    const { bundle, cacheDir } = fixture();
    runCachedBundle(bundle, cacheDir, 'render').saveCache();
    const [cache] = caches(cacheDir);
    expect(cache).toMatch(/^bundle\.cjs\.render\.[0-9a-f]+\.[0-9a-f]+\.cache$/);
    const written = readFileSync(path.join(cacheDir, cache!));
    runCachedBundle(bundle, cacheDir, 'render').saveCache();
    expect(caches(cacheDir)).toEqual([cache]);
    expect(readFileSync(path.join(cacheDir, cache!)).equals(written)).toBe(true);
  });

  it('keeps one cache per command', () => {
    const { bundle, cacheDir } = fixture();
    runCachedBundle(bundle, cacheDir, 'render').saveCache();
    runCachedBundle(bundle, cacheDir, 'inspect').saveCache();
    expect(caches(cacheDir).map((f) => f.split('.')[2]).sort()).toEqual(['inspect', 'render']);
  });

  it('never runs an edited bundle with the old cache, and drops the old cache', () => {
    const { bundle, cacheDir } = fixture();
    runCachedBundle(bundle, cacheDir, 'render').saveCache();
    const [old] = caches(cacheDir);
    // Same length, other code: V8 alone would accept the old cache.
    writeFileSync(bundle, moduleFunction('exports.answer = () => 43;'));
    const run = runCachedBundle<{ answer(): number }>(bundle, cacheDir, 'render');
    expect(run.exports.answer()).toBe(43);
    run.saveCache();
    expect(caches(cacheDir)).toHaveLength(1);
    expect(caches(cacheDir)).not.toContain(old);
  });

  it('says how to make a missing bundle', () => {
    const { dir, cacheDir } = fixture();
    expect(() => runCachedBundle(path.join(dir, 'missing.cjs'), cacheDir, 'render')).toThrow(/missing\.cjs: not found: build the command line with npm run build/);
  });

  it('runs without a cache when the cache folder cannot be made', () => {
    const { dir, bundle } = fixture();
    // A file where the folder should be: fails for root too, unlike a read-only folder.
    const blocker = path.join(dir, 'blocker');
    writeFileSync(blocker, '');
    const run = runCachedBundle<{ answer(): number }>(bundle, path.join(blocker, 'cache'), 'render');
    expect(() => run.saveCache()).not.toThrow();
    expect(run.exports.answer()).toBe(42);
  });
});
