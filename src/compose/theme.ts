/**
 * Themes: named text and box styles (font, size, leading, colour, spacing, alignment,
 * hyphenation) that markup refers to by element name and `class`, plus the fonts and page grid.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BriefError } from '../diagnostics.js';
import type { BoxStyle, TextStyle, Theme } from './DocTree.js';

interface ThemeFile {
  fonts: Theme['fonts'];
  page: Theme['page'];
  text: Record<string, Partial<TextStyle>>;
  box: Record<string, Partial<BoxStyle>>;
}

const FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;

/** A font path of the theme: relative to the theme file, or a path inside an npm package. */
function resolveFontPath(ref: string, themeFile: string): string {
  const local = path.resolve(path.dirname(themeFile), ref);
  if (existsSync(local)) return local;
  try {
    return createRequire(themeFile).resolve(ref);
  } catch {
    throw new BriefError(`${themeFile}: font file not found: ${ref}`, { file: themeFile, line: 1, column: 1 },
      'give a path relative to theme.json or inside an installed npm package (static TTF/OTF only)');
  }
}

function checkStyle(name: string, style: Record<string, unknown>, base: Record<string, unknown>, file: string): void {
  for (const key of Object.keys(style)) {
    if (!(key in base)) {
      throw new BriefError(`${file}: style "${name}" has an unknown property "${key}"`, { file, line: 1, column: 1 },
        `known properties: ${Object.keys(base).join(', ')}`);
    }
  }
}

export function loadTheme(themeFile: string): Theme {
  let raw: ThemeFile;
  try {
    raw = JSON.parse(readFileSync(themeFile, 'utf8')) as ThemeFile;
  } catch (e) {
    throw new BriefError(`${themeFile}: cannot read the theme: ${(e as Error).message}`, { file: themeFile, line: 1, column: 1 }, 'theme.json must be valid JSON');
  }
  const baseText = raw.text.base as TextStyle;
  const baseBox = raw.box.base as BoxStyle;
  if (!baseText || !baseBox) {
    throw new BriefError(`${themeFile}: the theme needs "text.base" and "box.base" styles`, { file: themeFile, line: 1, column: 1 });
  }
  const fonts: Theme['fonts'] = {};
  for (const [family, faces] of Object.entries(raw.fonts)) {
    fonts[family] = Object.fromEntries(FACES.map((f) => [f, resolveFontPath(faces[f], themeFile)])) as Theme['fonts'][string];
  }
  for (const [name, style] of Object.entries(raw.text)) {
    checkStyle(name, style, baseText as unknown as Record<string, unknown>, themeFile);
    if (style.family && !fonts[style.family]) {
      throw new BriefError(`${themeFile}: style "${name}" uses font family "${style.family}", which "fonts" does not define`, { file: themeFile, line: 1, column: 1 });
    }
  }
  const box: Theme['box'] = {};
  for (const [name, style] of Object.entries(raw.box)) {
    checkStyle(name, style, baseBox as unknown as Record<string, unknown>, themeFile);
    box[name] = { ...baseBox, ...style };
  }
  return { fonts, textBase: baseText, text: raw.text, box, page: raw.page };
}

/**
 * The style of an element: its parent's style (the base for blocks), then what the element's
 * own style sets (`p`, `h1`, `em`), then what its class sets.
 */
export function resolveTextStyle(theme: Theme, parent: TextStyle, element: string, className: string | null): TextStyle {
  return { ...parent, ...theme.text[element], ...(className ? theme.text[className] : undefined) };
}
