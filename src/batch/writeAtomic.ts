/**
 * Temporary file + fsync + rename, with the temporary file in a folder the batch owns: a worker
 * terminated mid-write (timeout, Ctrl-C) cannot clean up after itself, so the batch empties that
 * folder instead, and no half-written file ever carries a final name.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A fresh temporary path in `tmpDir`, keeping `file`'s extension. */
export function tempPathFor(tmpDir: string, file: string): string {
  return path.join(tmpDir, `${randomUUID()}${path.extname(file)}`);
}

export async function writeFileVia(tmpDir: string, file: string, data: Uint8Array | string): Promise<void> {
  const tmp = tempPathFor(tmpDir, file);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
  await commitFile(tmp, file);
}

/** Flushes a finished temporary file to disk and gives it its final name. */
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
