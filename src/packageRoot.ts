/** The briefpress package folder, found from this module whether it runs from src/ or dist/. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'briefpress') return dir;
    if (path.dirname(dir) === dir) throw new Error('briefpress: package.json not found above ' + fileURLToPath(import.meta.url));
  }
}

export const PACKAGE_ROOT = findRoot();

export const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
