/**
 * Bundles the command line into one CommonJS file, dist/bundle/briefpress.cjs, that
 * bin/briefpress.js runs with a V8 code cache: Node then reads and compiles one file instead of
 * resolving hundreds of modules, which was most of a `briefpress render` process's time.
 * The batch worker threads load their own bundle, dist/bundle/renderWorker.cjs, the same way
 * (src/batch/bundledWorker.ts). Run after tsc (`npm run build`).
 */
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILE_OPTIONS, DEFAULT_TEMPLATE_DIR } from '../dist/src/compose/templateSet.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BUNDLE = path.join(ROOT, 'dist/bundle/briefpress.cjs');
const WORKER_BUNDLE = path.join(ROOT, 'dist/bundle/renderWorker.cjs');

/**
 * Where a bundled module would be if it were not bundled: its package chain and the file inside
 * the last package (`[['yargs'], 'lib/platform-shims/esm.mjs']`), or, for our own sources, no
 * package and the compiled file under dist/ (`[[], 'src/batch/renderPool.js']`).
 */
function originalLocation(file) {
  const parts = path.relative(ROOT, file).split(`node_modules${path.sep}`);
  if (parts.length === 1) return [[], path.relative(ROOT, file).replace(/\.ts$/, '.js').split(path.sep).join('/')];
  const chain = [];
  let rest = '';
  for (const part of parts.slice(1)) {
    const segments = part.split(path.sep).filter(Boolean);
    const nameLength = segments[0].startsWith('@') ? 2 : 1;
    chain.push(segments.slice(0, nameLength).join('/'));
    rest = segments.slice(nameLength).join('/');
  }
  return [chain, rest];
}

/**
 * Gives each bundled module its own `import.meta.url`, the URL of the file it was bundled from
 * (found again at run time, see the banner): modules locate files next to them with it (our
 * batch worker, tinypool's worker entry, yargs's locales, pdfkit's ICC profile, hyphenation
 * patterns). esbuild alone would leave it empty in a CommonJS bundle.
 */
function withModuleUrl(file, source) {
  if (!source.includes('import.meta')) return source;
  const [chain, original] = originalLocation(file);
  const url = `__briefpressModuleUrl(${JSON.stringify(chain)}, ${JSON.stringify(original)})`;
  return source.replaceAll('import.meta.url', url).replaceAll('import.meta.resolve', '__briefpressNoResolve');
}

/**
 * Edits of dependencies (exact versions, see package.json) that change when work is done, not
 * what it gives; the build fails if the text to replace is not found once, as after an upgrade.
 *   - franc-min builds the trigram table of each of its 82 languages when loaded (~12 ms); we
 *     detect among a few (src/ingest/detectLang.ts), so each table is built when first read.
 */
const PATCHES = {
  [path.join('node_modules', 'franc-min', 'index.js')]: [
    `        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams`,
    `        const packed = languages[name]
        let trigrams
        Object.defineProperty(numericData[script], name, {
          enumerable: true,
          get() {
            if (!trigrams) {
              const model = packed.split('|')
              trigrams = {}
              let weight = model.length
              while (weight--) {
                trigrams[model[weight]] = weight
              }
            }
            return trigrams
          }
        })`,
  ],
};

function patched(file, source) {
  const patch = PATCHES[path.relative(ROOT, file)];
  if (!patch) return source;
  const [from, to] = patch;
  if (source.split(from).length !== 2) throw new Error(`${file}: the text scripts/bundle.mjs replaces is not there once: update PATCHES for this version`);
  return source.replace(from, () => to);
}

/** Loads each source with the edits above; files that need none load as esbuild reads them. */
const sourcePlugin = {
  name: 'sources',
  setup(b) {
    b.onLoad({ filter: /\.([cm]?js|ts)$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = withModuleUrl(args.path, patched(args.path, source));
      if (contents === source) return undefined;
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * `import.meta.resolve` has no synchronous equivalent in CommonJS. Its only user, yargs's
 * `extends` in a `.config()` object, is a feature the CLI does not use; yargs catches the error.
 */
const NO_RESOLVE = `const __briefpressNoResolve = (specifier) => {
  throw new Error("import.meta.resolve(" + specifier + ") is not available in the bundled briefpress CLI");
};`;

/**
 * Modules whose evaluation costs start-up time that a render does not need, replaced by proxies
 * that load the real module on first use. Each proxy is given the module the import would have
 * loaded (`target`, resolved from the importer) and exports what its importers use of it (for
 * the ES-module proxies, esbuild fails the build if an importer asks for anything else).
 *   - brotli: fontkit's WOFF2 decoder (1.3 MB of dictionary); our fonts are TTF. Left out of the
 *     bundle and required at run time if ever used.
 *   - @noble/ciphers: pdfkit's encryption; our PDFs are not encrypted.
 *   - unicode-trie: fontkit, unicode-properties and linebreak each inflate Unicode tables when
 *     loaded (~40 ms), for complex-script shaping and pdfkit's own line breaking, which a Latin
 *     brief does not use. Every user only calls `trie.get(codePoint)`.
 *   - linebreak: pdfkit's line breaking of its own text() (we lay text out ourselves) decodes
 *     its tables when loaded; pdfkit only calls `new LineBreaker(text)`.
 *   - string-width: yargs's compiles the Unicode emoji set when loaded, cliui's creates an
 *     Intl.Segmenter (~45 ms together); both only measure help text.
 *   - node:child_process: loading it (with net and dgram) costs ~2 ms; only printing a batch's
 *     bundle and tinypool's process workers use it.
 *   - mdast-util-from-markdown (with micromark) and yaml: only Markdown articles use them (~1 ms
 *     to load). yaml's error class is matched by `instanceof` once yaml has thrown it.
 */
const LAZY = {
  'brotli/decompress.js': {
    external: true,
    proxy: () => 'module.exports = (...args) => require("brotli/decompress.js")(...args);',
  },
  '@noble/ciphers/aes': {
    proxy: (target) => `export const cbc = (...args) => require(${target}).cbc(...args);
export const ecb = (...args) => require(${target}).ecb(...args);`,
  },
  'unicode-trie': {
    proxy: (target) => `module.exports = class LazyUnicodeTrie {
  #data; #trie;
  constructor(data) { this.#data = data; }
  get(codePoint) { return (this.#trie ??= new (require(${target}))(this.#data)).get(codePoint); }
};`,
  },
  linebreak: {
    proxy: (target) => `export default function LineBreaker(text) {
  return new (require(${target}).default)(text);
}`,
  },
  'string-width': {
    proxy: (target) => `export default (string, options) => require(${target}).default(string, options);`,
  },
  'mdast-util-from-markdown': {
    proxy: (target) => `export const fromMarkdown = (...args) => require(${target}).fromMarkdown(...args);`,
  },
  yaml: {
    proxy: (target) => `export const parse = (...args) => require(${target}).parse(...args);
export class YAMLParseError {
  static [Symbol.hasInstance](value) { return value instanceof require(${target}).YAMLParseError; }
}`,
  },
  'node:child_process': {
    external: true,
    proxy: () => `export const execFile = (...args) => require("node:child_process").execFile(...args);
export const fork = (...args) => require("node:child_process").fork(...args);`,
  },
};

const lazyPlugin = {
  name: 'lazy',
  setup(b) {
    const names = Object.keys(LAZY).map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, async (args) => {
      // The proxy's own import, and the lookup of the real module below, are not proxied.
      if (args.namespace === 'lazy' || args.pluginData === 'real') return undefined;
      const lazy = LAZY[args.path];
      if (lazy.external) return { path: args.path, namespace: 'lazy', pluginData: { proxy: lazy.proxy() } };
      // Resolved as the importer's own import would be: nested copies stay apart.
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      if (real.errors.length) return { errors: real.errors };
      return { path: path.relative(ROOT, real.path), namespace: 'lazy', pluginData: { proxy: lazy.proxy(JSON.stringify(real.path)) } };
    });
    b.onResolve({ filter: /.*/, namespace: 'lazy' }, (args) => (path.isAbsolute(args.path) ? { path: args.path } : { path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: args.pluginData.proxy, loader: 'js' }));
  },
};

/**
 * The bundled templates (every .hbs under templates/), precompiled with the options the CLI compiles
 * with, in place of the empty src/compose/precompiledTemplates.ts: their code is then in the
 * bundle and its V8 code cache (Handlebars compiling them was ~25 ms of a render process). The
 * CLI uses one only for the same source, byte for byte; other templates compile at run time.
 */
async function precompiledTemplates() {
  const files = readdirSync(DEFAULT_TEMPLATE_DIR, { recursive: true }).filter((f) => f.endsWith('.hbs')).sort();
  const entries = await Promise.all(files.map(async (f) => {
    const source = await readFile(path.join(DEFAULT_TEMPLATE_DIR, f), 'utf8');
    // precompile() writes defaults into the options it is given.
    return `  [${JSON.stringify(source)}, ${Handlebars.precompile(source, { ...COMPILE_OPTIONS })}],`;
  }));
  return `export const PRECOMPILED = new Map([\n${entries.join('\n')}\n]);\n`;
}

const templatesPlugin = {
  name: 'templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]compose[\\/]precompiledTemplates\.ts$/ }, async () => ({ contents: await precompiledTemplates(), loader: 'js' }));
  },
};

/**
 * `hyphen`'s modules put in the bundle, in place of src/layout/paragraph/hyphenModules.ts's
 * run-time require: the hyphenator and the patterns of the languages most briefs are in (French,
 * English and its fallback, en-gb), ~300 KB of the bundle. Each module still runs only when first
 * required (en-gb only when en-us finds no break). The patterns of the other languages (de-1996
 * alone is 750 KB) load from node_modules as before.
 */
const BUNDLED_HYPHEN_MODULES = ['hyphen.js', 'fr', 'en-us', 'en-gb'];

function hyphenModules() {
  const cases = BUNDLED_HYPHEN_MODULES.map((m) => `    case ${JSON.stringify(m)}: return require(${JSON.stringify(`hyphen/${m}`)});`);
  return `import { createRequire } from 'node:module';
const fromNodeModules = createRequire(import.meta.url);
export const requireHyphen = (path) => {
  switch (path) {
${cases.join('\n')}
    default: return fromNodeModules(\`hyphen/\${path}\`);
  }
};
`;
}

const hyphenPlugin = {
  name: 'hyphen',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]layout[\\/]paragraph[\\/]hyphenModules\.ts$/ }, (args) => ({
      contents: withModuleUrl(args.path, hyphenModules()),
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * Strict mode, as esbuild means its output to run (it writes "use strict" too, but after this
 * banner, where it is no directive): most of the bundle is ES modules, which are strict code.
 * Then `__briefpressModuleUrl`: a package's folder is looked up from the bundle the way Node's
 * resolution would.
 */
const BANNER = `"use strict";
const __briefpressModuleUrl = (() => {
  const { existsSync } = require("node:fs");
  const { dirname, join, resolve } = require("node:path");
  const { pathToFileURL } = require("node:url");
  const bundleFile = __filename;
  const dist = resolve(bundleFile, "../..");
  const packageDir = (name, from) => {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, "node_modules", name);
      if (existsSync(join(candidate, "package.json"))) return candidate;
      if (dirname(dir) === dir) throw new Error(bundleFile + ": package " + name + " not found: run npm ci");
    }
  };
  const urls = new Map();
  return (chain, file) => {
    const key = chain.join(">") + ":" + file;
    let url = urls.get(key);
    if (url === undefined) {
      const base = chain.reduce((from, name) => packageDir(name, from), dist);
      urls.set(key, (url = pathToFileURL(join(base, file)).href));
    }
    return url;
  };
})();`;

/**
 * The bundle as the script bin/briefpress.js runs (src/codeCache.ts): the CommonJS module
 * function itself, so that Node need not wrap it in a copy of its 2.7 MB.
 */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];

/**
 * Escapes what esbuild leaves non-ASCII (regular-expression literals, comments) as `\uXXXX`,
 * which means the same there: an ASCII file becomes a one-byte string, half the memory of a
 * UTF-16 one and read without UTF-8 decoding.
 */
function toAscii(code) {
  return code.replace(/[^\0-\x7f]/gu, (char, offset) => {
    // After a backslash, an escape would change meaning ("\é" is "é"; "\\u00e9" is not).
    if (code[offset - 1] === '\\') throw new Error(`${BUNDLE}: cannot escape "${char}" after a backslash at ${offset}`);
    return char.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  });
}

async function bundle(entry, outfile) {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: `${WRAPPER[0]}${BANNER}\n${NO_RESOLVE}` },
    footer: { js: WRAPPER[1] },
    plugins: [lazyPlugin, templatesPlugin, hyphenPlugin, sourcePlugin],
    logLevel: 'warning',
    // An import.meta left empty in our sources would break silently: fail the build instead.
    logOverride: { 'empty-import-meta': 'error' },
  });
  await mkdir(path.dirname(outfile), { recursive: true });
  await writeFile(outfile, toAscii(result.outputFiles[0].text));
}

/**
 * src/codeCache.ts as the CommonJS module bin/briefpress.js requires: an ES module there
 * would start Node's ES module loader (~20 ms of a render process).
 */
async function launcherCodeCache() {
  await build({
    entryPoints: [path.join(ROOT, 'src/codeCache.ts')],
    outfile: path.join(path.dirname(BUNDLE), 'codeCache.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
}

/**
 * Renders the example once through the new bundle, and once in a batch worker, which leaves their
 * code caches in node_modules/.cache (src/codeCache.ts): the first render after `npm ci` is
 * as fast as the next.
 */
function warmCodeCache() {
  const out = mkdtempSync(path.join(tmpdir(), 'briefpress-build-'));
  try {
    const example = path.join(ROOT, 'examples/fr_microsoft_openai_envie_google.txt');
    for (const args of [['render', example, '-o', path.join(out, 'example.pdf'), '-q'], ['batch', example, '--out', path.join(out, 'batch'), '--jobs', '1']]) {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/briefpress.js'), ...args], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${BUNDLE}: ${args[0]} of ${example} with the new bundles failed:\n${run.stderr}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

await bundle('src/cli/main.ts', BUNDLE);
await bundle('src/batch/renderWorker.ts', WORKER_BUNDLE);
await launcherCodeCache();
warmCodeCache();
