/** The corpus articles copied into the project (tests must pass with no ../shared beside it). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
export const SEED = path.join(CORPUS_DIR, 'fr_microsoft_openai_envie_google.txt');

export const corpusArticles = (): string[] =>
  readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_DIR, f));

export const readBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(file));
