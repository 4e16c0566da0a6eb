/**
 * Runs a CommonJS bundle with a V8 code cache, so that a process does not compile again the
 * functions the previous one compiled. Node 20 has no compile cache of its own
 * (`module.enableCompileCache` is Node 22), so we keep one: the bytecode V8 produced for the
 * bundle, written after the work is done (it then holds every function the command ran).
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';

export interface CachedBundle<T> {
  exports: T;
  /** Writes the cache if there was none or V8 rejected it; never throws. */
  saveCache(): void;
}

/**
 * A CRC-32 tells one build of the bundle from the next as well as a cryptographic hash would
 * here (V8 checks the length too): ~0.6 ms for the 2.8 MB bundle, SHA-256 ~2 ms.
 */
const hashOf = (data: string | Buffer) => crc32(data).toString(16).padStart(8, '0');

/** A cache file: `<dir>/<stem>.<content>.<runtime>.cache`. */
interface CacheName {
  dir: string;
  /** The bundle's file name and the command. */
  stem: string;
  content: string;
  runtime: string;
}

const fileOf = (c: CacheName) => path.join(c.dir, `${c.stem}.${c.content}.${c.runtime}.cache`);

/**
 * The cache of this bundle, Node, V8 flags and command:
 *   - content: V8 checks the source only by its length, so an edited bundle must not meet an old cache;
 *   - runtime: V8 rejects a cache made by another Node or under other flags (`--inspect`,
 *     `--max-old-space-size`…); each keeps its own rather than overwrite the other's;
 *   - command: a cache made by `--help` would leave the render code to compile, so each command keeps its own.
 */
function cacheNameOf(bytes: Buffer, file: string, cacheDir: string, command: string): CacheName {
  const runtime = [process.version, process.arch, process.env.NODE_OPTIONS ?? '', ...process.execArgv].join('\0');
  return { dir: cacheDir, stem: `${path.basename(file)}.${command}`, content: hashOf(bytes), runtime: hashOf(runtime) };
}

function readCache(cache: CacheName): Buffer | undefined {
  try {
    return readFileSync(fileOf(cache));
  } catch {
    return undefined; // no cache yet: this run makes it
  }
}

/**
 * Writes the cache atomically (concurrent processes each rename a whole file) and removes what
 * earlier builds of the bundle left for this command: caches, and temporary files of killed runs.
 */
function writeCache(cache: CacheName, data: Buffer): void {
  mkdirSync(cache.dir, { recursive: true });
  const tmp = `${fileOf(cache)}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, fileOf(cache));
  for (const name of readdirSync(cache.dir)) {
    const older = name.startsWith(`${cache.stem}.`) && !name.startsWith(`${cache.stem}.${cache.content}.`);
    if (older) rmSync(path.join(cache.dir, name), { force: true });
  }
}

function readBundle(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${file}: not found: build the command line with npm run build`);
    throw e;
  }
}

/**
 * Loads and runs the bundle `file`, a script whose value is a CommonJS module function
 * `(exports, require, module, __filename, __dirname) => …` (scripts/bundle.mjs writes it so);
 * `command` names the cache to use.
 */
export function runCachedBundle<T>(file: string, cacheDir: string, command: string): CachedBundle<T> {
  const bytes = readBundle(file);
  const cache = cacheNameOf(bytes, file, cacheDir, command);
  const cachedData = readCache(cache);
  // An ASCII file (as the build writes it) reads as a one-byte string: no UTF-8 decoding, half the memory.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const script = new vm.Script(source, {
    filename: file,
    cachedData,
    // An import() of a module left out of the bundle loads as it would from an ES module.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    saveCache() {
      if (!stale) return;
      try {
        writeCache(cache, script.createCachedData());
      } catch {
        // A read-only or full disk costs the next run its speed, never its result.
      }
    },
  };
}
