/**
 * Pairs quotation marks in one paragraph, tolerating the defects of real copy: an opening mark
 * never closed, a French quote closed with « instead of », ASCII quotes whose direction has to be
 * guessed, apostrophes that look like single quotes.
 */

export type QuoteDefect = 'unclosed' | 'closed-with-opening-mark';

export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the end of the paragraph when unclosed. */
  close: number;
  /** The words inside the marks, trimmed: `[start, end)`. */
  start: number;
  end: number;
  /** The character that opened it. */
  mark: string;
  defect: QuoteDefect | null;
}

interface Open {
  at: number;
  mark: string;
}

/** For each mark that can end a quotation, the opening marks it closes. */
const CLOSES: Record<string, string[]> = {
  '»': ['«'], '”': ['“', '"'], '“': ['„'], '"': ['"', '“'], '’': ['‘', "'"], "'": ['‘', "'"],
};
const OPENERS = new Set(['«', '“', '„', '"', '‘', "'"]);
/** Single quotes are also apostrophes: one left open at the end of a paragraph was one. */
const SINGLE = new Set(['‘', "'"]);
const SPACE = /\s/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Whether the mark at `i` stands where a quotation can open: after a space or punctuation; a
 * guillemet also after an elided word ("qu'« une… »", "l'« affaire »").
 */
function canOpenAt(text: string, i: number): boolean {
  const before = i === 0 || /[\s([{\-–—/:;,«“"]/u.test(text[i - 1]!);
  return before && i + 1 < text.length && !SPACE.test(text[i + 1]!) || (text[i] === '«' && (before || /['’]/u.test(text[i - 1]!)));
}

/** Whether the mark at `i` stands where a quotation can close: after a word, not inside one. */
function canCloseAt(text: string, i: number): boolean {
  const after = i + 1 >= text.length || !LETTER.test(text[i + 1]!);
  return after && i > 0 && !SPACE.test(text[i - 1]!);
}

/** The next character that is not a space after `i`, or '' at the end of the text. */
function nextVisible(text: string, i: number): string {
  for (let j = i + 1; j < text.length; j += 1) if (!SPACE.test(text[j]!)) return text[j]!;
  return '';
}

/**
 * A « that is followed by punctuation or nothing ends a quotation ("évoluer. « , a écrit Scott"):
 * an opening mark typed where the closing one was meant.
 */
function isMisusedOpening(text: string, i: number): boolean {
  return /^[,.;:!?)\]–—]?$/u.test(nextVisible(text, i));
}

function trimmedSpan(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(text[start]!)) start += 1;
  while (end > start && SPACE.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/**
 * Whether a single quote after an s is a plural possessive ("our members' trust'") because a
 * later one can close the quotation.
 */
function isPluralPossessive(text: string, i: number): boolean {
  if (!/s/iu.test(text[i - 1] ?? '')) return false;
  for (let j = i + 1; j < Math.min(text.length, i + 80); j += 1) {
    if ((text[j] === "'" || text[j] === '’') && canCloseAt(text, j)) return true;
  }
  return false;
}

/** Index in `stack` of the innermost quotation the mark at `i` closes, or -1. */
function closedIndex(text: string, i: number, stack: Open[]): number {
  const ch = text[i]!;
  const targets = ch === '«' ? (isMisusedOpening(text, i) ? ['«'] : []) : CLOSES[ch] ?? [];
  // Guillemets close whatever the spacing; straight and single quotes need to touch a word.
  if (targets.length === 0 || (ch !== '»' && ch !== '«' && ch !== '”' && !canCloseAt(text, i))) return -1;
  if ((ch === "'" || ch === '’') && isPluralPossessive(text, i)) return -1;
  for (let k = stack.length - 1; k >= 0; k -= 1) {
    if (targets.includes(stack[k]!.mark)) return k;
    // Only stray single quotes (apostrophes) may be skipped over.
    if (!SINGLE.has(stack[k]!.mark)) return -1;
  }
  return -1;
}

/**
 * The outermost quotations of `text` (one paragraph). Nested quotations stay inside their outer
 * one, as the words of the outer speaker.
 */
export function pairQuoteMarks(text: string): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (!OPENERS.has(ch) && !(ch in CLOSES)) continue;
    const k = closedIndex(text, i, stack);
    if (k >= 0) {
      const opened = stack[k]!;
      stack.length = k;
      if (k === 0) {
        quotes.push({
          open: opened.at, close: i + 1, ...trimmedSpan(text, opened.at + 1, i), mark: opened.mark,
          defect: ch === '«' ? 'closed-with-opening-mark' : null,
        });
      }
    } else if (OPENERS.has(ch) && canOpenAt(text, i)) {
      stack.push({ at: i, mark: ch });
    }
  }
  // A quotation still open at the end of the paragraph runs to its end.
  const outer = stack.find((o) => !SINGLE.has(o.mark));
  if (outer) {
    const span = trimmedSpan(text, outer.at + 1, text.length);
    if (span.end > span.start) quotes.push({ open: outer.at, close: text.length, ...span, mark: outer.mark, defect: 'unclosed' });
  }
  return quotes;
}
