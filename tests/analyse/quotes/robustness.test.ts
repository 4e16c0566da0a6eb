/**
 * The analyser never throws on text it was not written for: every Markdown and text file of the
 * fixtures (the SOURCES.md files hold tables, lists, code spans, and sentences cut short), and
 * sentences ending on a word that expects more after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/analyse.js';
import { ingestText } from '../../../src/ingest/ingest.js';
import { PACKAGE_ROOT } from '../../../src/packageRoot.js';

const FIXTURES = path.join(PACKAGE_ROOT, 'tests/fixtures');
const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => /SOURCES\.md$/u.test(f));

describe('the analyser on text it was not written for', () => {
  it.each(files)('analyses %s without throwing', (file) => {
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    for (const lang of ['fr', 'en'] as const) expect(() => analyse(ingestText(file, text, { lang }))).not.toThrow();
  });

  it.each([
    ['fr', 'Le texte a été signé par Mme'],
    ['fr', 'Selon le porte-parole de'],
    ['en', 'The statement was read by Dr.'],
    ['en', 'According to the'],
    ['fr', '« Nous ne céderons pas », a déclaré M.'],
  ] as const)('analyses a %s sentence ending in mid-phrase: %s', (lang, text) => {
    expect(() => analyse(ingestText('t.txt', `Titre\n\n${text}`, { lang }))).not.toThrow();
  });
});
