/**
 * Digit strings in either locale: "8 000", "1,5", "1.5", "1 200 000", "1,200,000", "99,9999".
 * The article's language says which separator is the decimal one; the other separator is a
 * thousands separator only when exactly three digits follow it (so "1,5" in English and "1.5"
 * in French still read as decimals).
 */

const DECIMAL_SEPARATOR: Record<string, string> = { fr: ',', en: '.' };

export function parseDigits(raw: string, lang: string): number {
  const decimal = DECIMAL_SEPARATOR[lang] ?? '.';
  const compact = raw.replace(/ /g, '');
  const separators = [...compact.matchAll(/[.,]/g)];
  let digits = '';
  let last = 0;
  for (const sep of separators) {
    digits += compact.slice(last, sep.index);
    const following = /^\d+/.exec(compact.slice(sep.index + 1))?.[0] ?? '';
    const repeated = separators.filter((s) => s[0] === sep[0]).length > 1;
    const isThousands = sep[0] !== decimal ? following.length === 3 || repeated : repeated;
    if (!isThousands) digits += '.';
    last = sep.index + 1;
  }
  digits += compact.slice(last);
  return Number(digits);
}

/** Whether a digit token is written as a plain integer (no separator), as years are. */
export function isPlainInteger(raw: string): boolean {
  return /^\d+$/.test(raw);
}
