/**
 * Output names: derived from input names, unique, and unable to leave `--out`, so
 * `a/x.txt` and `b/x.txt` become `a/x.pdf` and `b/x.pdf`, never one overwriting the other.
 */
import path from 'node:path';

/** Deepest folder containing every root (all absolute). */
export function commonRoot(roots: readonly string[]): string {
  if (roots.length === 0) return path.resolve('.');
  return roots.reduce((common, root) => {
    let candidate = common;
    while (path.relative(candidate, root).startsWith('..') || path.isAbsolute(path.relative(candidate, root))) {
      candidate = path.dirname(candidate);
    }
    return candidate;
  });
}

/** `/`-separated path of `file` under `root`. */
export function relativeKey(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * One path segment made safe on every common file system: no separators, control characters
 * or characters Windows forbids, no leading dot (so neither `..` nor hidden files).
 */
export function safeSegment(segment: string): string {
  const cleaned = segment
    .replace(/[\u0000-\u001f\u007f<>:"|?*\\/]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  return cleaned === '' ? '_' : cleaned;
}

/** `a/b/x.txt` -> `a/b/x.pdf`; with `keepExtension`, `a/b/x.txt.pdf`. */
export function pdfName(key: string, keepExtension = false): string {
  const segments = key.split('/').map(safeSegment);
  const last = segments.pop() ?? '_';
  const ext = path.extname(last);
  const stem = keepExtension || ext === '' ? last : last.slice(0, -ext.length);
  return [...segments, `${safeSegment(stem)}.pdf`].join('/');
}

/**
 * True when a `/`-separated relative name stays inside its folder once normalised: not
 * absolute, no `..` climbing out.
 */
export function staysInside(name: string): boolean {
  const normal = path.posix.normalize(name.replace(/\\/g, '/'));
  return !path.posix.isAbsolute(normal) && normal !== '..' && !normal.startsWith('../') && normal !== '.';
}

/** A manifest-given output name: sanitised per segment and ending in `.pdf`. */
export function requestedName(name: string): string {
  const normal = path.posix.normalize(name.replace(/\\/g, '/'));
  const segments = normal.split('/').map(safeSegment);
  const last = segments.pop() ?? '_';
  return [...segments, last.toLowerCase().endsWith('.pdf') ? last : `${last}.pdf`].join('/');
}

/**
 * Unique names for a list of wanted names, in order. Names that clash (case-insensitively, for
 * macOS and Windows disks) first keep their input extension (`x.txt.pdf`, `x.md.pdf`); what
 * still clashes gets `-2`, `-3`… in plan order, which every shard computes the same way.
 */
export function uniqueNames(wanted: readonly { key: string; requested?: string }[]): string[] {
  const base = wanted.map((w) => w.requested ?? pdfName(w.key));
  const counts = countBy(base);
  const names = wanted.map((w, i) =>
    w.requested === undefined && (counts.get(base[i]!.toLowerCase()) ?? 0) > 1 ? pdfName(w.key, true) : base[i]!,
  );
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      candidate = name.replace(/\.pdf$/, `-${n}.pdf`);
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function countBy(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  return counts;
}
