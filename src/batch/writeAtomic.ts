/**
 * Temporary file + fsync + rename, with the temporary file in a folder the batch owns: a worker
 * terminated mid-write (timeout, Ctrl-C) cannot clean up after itself, so the batch empties that
 * folder instead, and no half-written file ever carries a final name.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A fresh temporary path in `tmpDir` ending with `extension` (`.pdf`). */
export function tempPathFor(tmpDir: string, extension: string): string {
  return path.join(tmpDir, `${randomUUID()}${extension}`);
}

/** Flushes a finished temporary file to disk and gives it its final name; on failure, removes it. */
export async function commitFile(tmp: string, file: string): Promise<void> {
  try {
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await mkdir(path.dirname(file), { recursive: true });
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** The failure of an article whose brief could not be written, with the path and what to do. */
export function writeFailure(input: string, file: string, error: unknown): string {
  return `${input}: error: cannot write ${file}: ${(error as Error).message} (check that --out can be written to and has room)`;
}
