/**
 * The print bundle: a cover whose lines link to the briefs, then every brief (each on an odd
 * page when printing duplex) with its bookmark, in one PDF document so each font is embedded once. Streamed to disk brief
 * by brief: only one brief's display list is in memory at a time.
 */
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { createPdfDocument, drawPages } from '../render/pdfDocument.js';
import type { LaidOut } from '../layout/Page.js';
import { BriefError } from '../diagnostics.js';
import { coverPageCount, coverPages, numberBundle } from './bundleLayout.js';
import { Interrupted } from './renderPool.js';
import { commitFile, tempPathFor } from './writeAtomic.js';

export interface BundleBrief {
  title: string;
  pages: number;
  /** The brief's display list, saved by the worker. */
  layoutFile: string;
}

export interface BundleOptions {
  duplex: boolean;
  date: Date;
  /** Folder for the temporary file, on the bundle's file system. */
  tmpDir: string;
  signal?: AbortSignal;
}

export interface BundleResult {
  file: string;
  pages: number;
  bytes: number;
}

async function readLayout(file: string): Promise<LaidOut> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new BriefError(`bundle: the layout cache ${file} is missing`, undefined, 'rerun the batch without --resume to rebuild it');
  });
  return JSON.parse(text) as LaidOut;
}

/** Draws the cover and every brief into one document streamed to a temporary file, then renames it. */
export async function writeBundle(file: string, briefs: readonly BundleBrief[], options: BundleOptions): Promise<BundleResult> {
  if (briefs.length === 0) throw new BriefError('no bundle written: no article was printed', undefined, 'fix the failed articles listed above and rerun with --resume');
  const first = await readLayout(briefs[0]!.layoutFile);
  const geometry = { width: first.pages[0]!.width, height: first.pages[0]!.height };
  const coverCount = coverPageCount(briefs.length, geometry);
  const numbering = numberBundle(coverCount, briefs.map((b) => b.pages), options.duplex);
  const day = options.date.toISOString().slice(0, 10);
  const cover = coverPages(
    briefs.map((brief, i) => ({ title: brief.title, page: numbering.starts[i]! })),
    { heading: `Briefs — ${day}`, subheading: `${briefs.length} briefs, ${numbering.total} pages` },
    geometry,
    first.fonts,
  );
  const meta: LaidOut['meta'] = { title: `Briefs — ${day}`, author: null, subject: `${briefs.length} briefs`, keywords: [], lang: first.meta.lang };
  const doc = createPdfDocument(meta, options.date);
  const tmp = tempPathFor(options.tmpDir, path.extname(file));
  const out = createWriteStream(tmp);
  doc.pipe(out);
  const destination = (brief: number) => `brief-${brief + 1}`;
  try {
    for (const [p, page] of cover.pages.entries()) {
      drawPages(doc, { pages: [page], fonts: first.fonts, meta });
      for (const link of cover.links.filter((l) => l.page === p)) doc.goTo(link.x, link.y, link.width, link.height, destination(link.brief));
    }
    for (const [i, brief] of briefs.entries()) {
      if (options.signal?.aborted) throw new Interrupted();
      for (let b = 0; b < numbering.blanksBefore[i]!; b += 1) doc.addPage({ size: [geometry.width, geometry.height], margin: 0 });
      const laidOut = i === 0 ? first : await readLayout(brief.layoutFile);
      if (laidOut.pages.length !== brief.pages) {
        throw new BriefError(`bundle: the layout cache ${brief.layoutFile} has ${laidOut.pages.length} pages, the report ${brief.pages}`, undefined, 'rerun the batch without --resume to rebuild it');
      }
      const [opening, ...rest] = laidOut.pages;
      // The first page alone, so the bookmark and the cover's link point at it.
      drawPages(doc, { ...laidOut, pages: [opening!] });
      doc.addNamedDestination(destination(i));
      doc.outline.addItem(brief.title);
      drawPages(doc, { ...laidOut, pages: rest });
    }
    doc.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    await rm(tmp, { force: true });
    throw error;
  }
  const bytes = out.bytesWritten;
  await commitFile(tmp, file);
  return { file, pages: numbering.total, bytes };
}
