/**
 * French punctuation spacing, applied by rule whatever spacing the source had (none, a plain
 * space, a no-break space): a narrow no-break space (U+202F) inside « » and before ; ! ?, a
 * no-break space (U+00A0) before :. Both never stretch and never break, so « and » stay with
 * their words and no line starts with : ; ! ?.
 */
export const NARROW_NBSP = '\u202F';
export const NBSP = '\u00A0';

/** Horizontal spaces a source may have put around the punctuation (line breaks are not spaces here). */
const SPACES = '[ \\t\\u00A0\\u202F\\u2000-\\u200A]*';
/** Punctuation is spaced only where it ends a clause: not inside "http://x", "14:30" or "?q=1". */
const CLAUSE_END = '(?=[\\s»”’)\\].,…!?;:]|$)';
/** No space between stacked marks (?!), nor after an opening bracket or guillemet. */
const SPACED_AFTER = '[^\\s;:!?«(\\[“]';

const OPENING_GUILLEMET = new RegExp(`«${SPACES}`, 'g');
const CLOSING_GUILLEMET = new RegExp(`(\\S)${SPACES}»`, 'g');
const HIGH_PUNCTUATION = new RegExp(`(${SPACED_AFTER})${SPACES}([;!?])${CLAUSE_END}`, 'g');
const COLON = new RegExp(`(${SPACED_AFTER})${SPACES}:${CLAUSE_END}`, 'g');

export function frenchSpacing(text: string): string {
  return text
    .replace(OPENING_GUILLEMET, `«${NARROW_NBSP}`)
    .replace(CLOSING_GUILLEMET, `$1${NARROW_NBSP}»`)
    .replace(HIGH_PUNCTUATION, `$1${NARROW_NBSP}$2`)
    .replace(COLON, `$1${NBSP}:`);
}
