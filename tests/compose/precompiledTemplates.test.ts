/** Templates the bundle precompiled (scripts/bundle.mjs) behave as the same templates compiled at run time. */
import Handlebars from 'handlebars';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { compose } from '../../src/compose/compose.js';
import { COMPILE_OPTIONS, DEFAULT_TEMPLATE_DIR, loadTemplateSet } from '../../src/compose/templateSet.js';
import { BriefError } from '../../src/diagnostics.js';
import { analyseBytes } from '../../src/pipeline.js';

/** What the bundle puts in precompiledTemplates.ts, filled by each test. */
const precompiled = vi.hoisted(() => new Map<string, TemplateSpecification>());
vi.mock('../../src/compose/precompiledTemplates.js', () => ({ PRECOMPILED: precompiled }));

/** Adds `source` precompiled as scripts/bundle.mjs does: Handlebars.precompile's code, evaluated. */
function precompile(source: string): void {
  const code = Handlebars.precompile(source, { ...COMPILE_OPTIONS }) as unknown as string;
  precompiled.set(source, new Function(`return ${code};`)() as TemplateSpecification);
}

/**
 * A copy of the bundled templates: a folder of its own, so the template-set cache holds it
 * apart. Without theme.json (its fonts are found from the package), which then falls back to the bundled one.
 */
function defaultTemplatesCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefpress-tpl-'));
  cpSync(DEFAULT_TEMPLATE_DIR, dir, { recursive: true, filter: (f) => path.basename(f) !== 'theme.json' });
  return dir;
}

describe('precompiled templates', () => {
  it('compose the same document as the templates compiled at run time', () => {
    const examples = ['fr_microsoft_openai_envie_google.txt', 'en_storm_brief.md'].map((f) => path.join(DEFAULT_TEMPLATE_DIR, '../examples', f));
    const compiledDir = defaultTemplatesCopy();
    const expected = examples.map((f) => {
      const { article, analysis } = analyseBytes(f, readFileSync(f));
      return compose(article, analysis, { template: compiledDir });
    });
    for (const f of readdirSync(DEFAULT_TEMPLATE_DIR, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.hbs'))) {
      precompile(readFileSync(path.join(DEFAULT_TEMPLATE_DIR, f), 'utf8'));
    }
    const precompiledDir = defaultTemplatesCopy();
    const actual = examples.map((f) => {
      const { article, analysis } = analyseBytes(f, readFileSync(f));
      return compose(article, analysis, { template: precompiledDir });
    });
    expect(actual).toEqual(expected);
  });

  it('name the template, line and column of a missing field', () => {
    const source = '<brief>\n  <p>{{article.nope}}</p>\n</brief>';
    precompile(source);
    const dir = mkdtempSync(path.join(tmpdir(), 'briefpress-tpl-'));
    writeFileSync(path.join(dir, 'brief.hbs'), source);
    const e = thrown(() => loadTemplateSet(dir).render({ article: {} }), BriefError);
    expect(e.message).toContain(`${path.join(dir, 'brief.hbs')}:2:8:`);
    expect(e.message).toMatch(/"nope" not defined/);
  });
});
