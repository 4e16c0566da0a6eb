import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { loadTemplateSet } from '../../src/compose/templateSet.js';
import { BriefError } from '../../src/diagnostics.js';

/** A template folder of its own, from file name -> content. */
function templateDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefpress-tpl-'));
  mkdirSync(path.join(dir, 'partials'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('template sets', () => {
  it('renders with helpers and escapes article text for XML', () => {
    const dir = templateDir({ 'brief.hbs': '<p>{{quoteMarks text "fr"}}</p>' });
    expect(loadTemplateSet(dir).render({ text: 'a <b> & c' })).toBe('<p>«\u202fa &lt;b&gt; &amp; c\u202f»</p>');
  });

  it('names the template, line and column of a missing field (strict mode)', () => {
    const dir = templateDir({ 'brief.hbs': '<brief>\n  <p>{{article.title}}</p>\n  <p>{{article.nope}}</p>\n</brief>' });
    const e = thrown(() => loadTemplateSet(dir).render({ article: { title: 'x' } }), BriefError);
    expect(e.message).toContain(`${path.join(dir, 'brief.hbs')}:3:`);
    expect(e.message).toMatch(/"nope" not defined/);
    expect(e.source).toMatchObject({ file: path.join(dir, 'brief.hbs'), line: 3 });
  });

  it('names the partial, not the main template, when the error is in a partial', () => {
    const dir = templateDir({ 'brief.hbs': '<brief>{{> side}}</brief>', 'partials/side.hbs': '\n\n{{missing}}' });
    const e = thrown(() => loadTemplateSet(dir).render({}), BriefError);
    expect(e.source).toMatchObject({ file: path.join(dir, 'partials', 'side.hbs'), line: 3 });
  });

  it('reports a syntax error at compile time with its file and line', () => {
    const dir = templateDir({ 'brief.hbs': '<brief>\n{{#if x}}\n</brief>' });
    const e = thrown(() => loadTemplateSet(dir), BriefError);
    expect(e.message).toContain(path.join(dir, 'brief.hbs'));
    expect(e.source?.line).toBeGreaterThanOrEqual(1);
  });

  it('falls back to the bundled theme when the folder has none', () => {
    const dir = templateDir({ 'brief.hbs': '<brief/>' });
    expect(loadTemplateSet(dir).theme.textBase.family).toBe('serif');
  });

  it('says so when brief.hbs is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefpress-tpl-'));
    expect(thrown(() => loadTemplateSet(dir), BriefError).message).toContain('template not found');
  });
});
