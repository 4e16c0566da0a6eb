/**
 * Text for analysis: every kind of space becomes U+0020 and typographic apostrophes become `'`,
 * one character for one, so that offsets found in the normalised text point into the source.
 */

// NBSP, narrow NBSP, thin/hair/figure/other fixed-width spaces, tab, ideographic space.
const SPACES = /[\u00a0\u202f\u2000-\u200a\u205f\u3000\t\v\f]/g;
// Right single quotation mark, modifier letter apostrophe, prime, grave/acute used as apostrophe.
const APOSTROPHES = /[\u2019\u02bc\u2032\u0060\u00b4]/g;

export function normalizeText(text: string): string {
  return text.replace(SPACES, ' ').replace(APOSTROPHES, "'");
}

/** Collapses runs of white space (line breaks included) to one space: the words, unchanged. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
