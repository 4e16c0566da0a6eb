/**
 * Page parts pasted into an article's body: photo captions, credit lines, trailers ("Source-145",
 * "Sources : AFP"). Recognised by shape, not by wording of any one article, and set aside.
 */
import type { SetAsideKind } from './Article.js';
import type { RawBlock } from './splitBlocks.js';

const wordCount = (s: string) => s.split(/\s+/u).filter(Boolean).length;
const endsSentence = (s: string) => /[.!?…»"”)]\s*$/u.test(s) && !/\([^()]*\)\s*$/u.test(s);
const hasQuoteMarks = (s: string) => /[«»“”"]/u.test(s);

// Agencies and words that mark a credit line.
const CREDIT_WORDS = /^(?:photo|photos|crédit|credit|image|illustration|©)\b|©|\b(?:AFP|Reuters|AP Photo|Getty Images|Shutterstock|Wikimedia Commons|DR)\b/iu;
const CAPTION_LEAD = /^(?:photo|image|illustration|légende|caption|pictured|ci-dessus|ci-contre|above|left|right|top|bottom)\b/iu;
const TRAILER = /^(?:sources?|via|d'après|according to|crédits?|credits?)\b|^[\p{L}][\p{L}._]*[-–]\d+$/iu;

/** A short line with no closing punctuation whose last item is a parenthesised owner. */
export function isCredit(text: string): boolean {
  if (wordCount(text) > 14 || /[.!?]\s*$/u.test(text) || hasQuoteMarks(text)) return false;
  return /\([^()]{2,40}\)\s*$/u.test(text) || CREDIT_WORDS.test(text);
}

export function isTrailer(text: string): boolean {
  return wordCount(text) <= 8 && !/[.!?]\s*$/u.test(text.replace(/\.\s*$/u, '')) && TRAILER.test(text.trim());
}

/** Captions describe a picture: short, no quotation, and either announced or followed by a credit. */
export function isCaption(text: string, next: string | undefined): boolean {
  if (wordCount(text) > 60 || hasQuoteMarks(text)) return false;
  return CAPTION_LEAD.test(text) || (next !== undefined && isCredit(next));
}

/** A subheading: one short line without closing punctuation. */
export function isHeading(text: string): boolean {
  return !text.includes('\n') && wordCount(text) <= 12 && !endsSentence(text) && !/[,;:]\s*$/u.test(text);
}

/** Kind of each body block (after title and dateline): a page part, or null for article text. */
export function classifyPageParts(blocks: RawBlock[]): (SetAsideKind | null)[] {
  return blocks.map((b, i) => {
    const last = i === blocks.length - 1;
    if (last && isTrailer(b.raw)) return 'trailer';
    if (isCredit(b.raw)) return 'credit';
    if (isCaption(b.raw, blocks[i + 1]?.raw)) return 'caption';
    return null;
  });
}
