/**
 * A template folder: `brief.hbs`, `partials/*.hbs` and `theme.json`, compiled once per process.
 * Handlebars runs strict (a missing field is an error naming the template, line and column),
 * with prototype access off and every helper registered from `helpers.ts`.
 */
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BriefError } from '../diagnostics.js';
import { PACKAGE_ROOT } from '../packageRoot.js';
import type { Theme } from './DocTree.js';
import { helpers } from './helpers.js';
import { PRECOMPILED } from './precompiledTemplates.js';
import { loadTheme } from './theme.js';

export const DEFAULT_TEMPLATE_DIR = path.join(PACKAGE_ROOT, 'templates');

export interface TemplateSet {
  dir: string;
  /** Template file -> its source, to map markup errors back to a template line. */
  sources: Map<string, string>;
  render(view: object): string;
  theme: Theme;
}

const cache = new Map<string, TemplateSet>();

/** Handlebars errors carry `lineNumber`/`column` (parse errors only in their message). */
function templateError(file: string, e: unknown): BriefError {
  const err = e as Error & { lineNumber?: number; column?: number };
  const fromMessage = /on line (\d+)/.exec(err.message);
  const line = err.lineNumber ?? (fromMessage ? Number(fromMessage[1]) : 1);
  const column = (err.column ?? 0) + 1;
  const message = err.message.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  return new BriefError(`${file}:${line}:${column}: template error: ${message}`, { file, line, column },
    'fix the template; templates/README.md lists the fields a template receives');
}

/** How every template compiles; scripts/bundle.mjs precompiles the bundled ones with these too. */
export const COMPILE_OPTIONS: Readonly<CompileOptions> = Object.freeze({ strict: true, knownHelpersOnly: false, preventIndent: true });

/** `source` compiled: its precompiled form when the bundle holds one for this exact source. */
function compileSource(hb: typeof Handlebars, source: string): Handlebars.TemplateDelegate {
  const spec = PRECOMPILED.get(source);
  if (spec) return hb.template(spec);
  // compile() is lazy: parse now so syntax errors surface when the template set loads.
  hb.parse(source);
  return hb.compile(source, { ...COMPILE_OPTIONS });
}

/** Compiles one template, re-throwing its errors (compile or run time) with its file name. */
function compileFile(hb: typeof Handlebars, file: string, source: string): Handlebars.TemplateDelegate {
  let compiled: Handlebars.TemplateDelegate;
  try {
    compiled = compileSource(hb, source);
  } catch (e) {
    throw templateError(file, e);
  }
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (e) {
      throw e instanceof BriefError ? e : templateError(file, e);
    }
  };
}

function readTemplate(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new BriefError(`${file}: template not found`, { file, line: 1, column: 1 },
      'a template folder holds brief.hbs, partials/*.hbs and optionally theme.json');
  }
}

export function loadTemplateSet(dir: string = DEFAULT_TEMPLATE_DIR): TemplateSet {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  const sources = new Map<string, string>();
  const partialDir = path.join(key, 'partials');
  if (existsSync(partialDir)) {
    for (const name of readdirSync(partialDir).filter((f) => f.endsWith('.hbs')).sort()) {
      const file = path.join(partialDir, name);
      const source = readTemplate(file);
      sources.set(file, source);
      hb.registerPartial(name.replace(/\.hbs$/, ''), compileFile(hb, file, source));
    }
  }
  const mainFile = path.join(key, 'brief.hbs');
  const mainSource = readTemplate(mainFile);
  sources.set(mainFile, mainSource);
  const main = compileFile(hb, mainFile, mainSource);
  const themeFile = path.join(key, 'theme.json');
  const theme = loadTheme(existsSync(themeFile) ? themeFile : path.join(DEFAULT_TEMPLATE_DIR, 'theme.json'));
  const set: TemplateSet = {
    dir: key,
    sources,
    theme,
    render: (view) => main(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }),
  };
  cache.set(key, set);
  return set;
}
