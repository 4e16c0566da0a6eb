/**
 * Datelines as news articles open: "12 juillet 2012. - …", "Thursday, February 23, 2006",
 * "July 28, 2014", "2012-07-12". Returns the ISO date and the span the dateline takes.
 */

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = `(?:${WEEKDAYS.join('|')}),?\\s+`;
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
// Day-month-year (French) or month-day-year (English), optional weekday, then an optional
// separator (". -", " -", " —", ":") that ends the dateline.
const DATELINE = new RegExp(
  `^(?:${WEEKDAY})?(?:(\\d{1,2})(?:er)?\\s+${MONTH}\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))` +
    `(?:\\s*\\.?\\s*[-–—:]\\s*|\\.?\\s*$)`,
  'iu',
);

/** The words a dateline opens with but a number: a weekday's or a month's name. */
const OPENING_NAMES = new Set([...WEEKDAYS, ...Object.keys(MONTHS)]);

/**
 * Whether `text` opens as DATELINE may match: with a digit, or a name then white space or a
 * comma. DATELINE, case-insensitive over Unicode, takes ~1.2 ms to compile when first run, and
 * most articles open with no date. Lower-casing agrees with its case folding on these names but
 * for the long s (ſ), which it folds to s: "ſeptembre" is no dateline.
 */
function opensAsDateline(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return true;
  const wordEnd = text.search(/[\s,]/);
  return OPENING_NAMES.has(text.slice(0, wordEnd < 0 ? text.length : wordEnd).toLowerCase());
}

export interface Dateline {
  date: string;
  /** Length of the dateline at the start of the text, separator included. */
  length: number;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function parseDateline(text: string): Dateline | null {
  const m = opensAsDateline(text) ? DATELINE.exec(text) : null;
  if (!m) return null;
  const [, d1, m1, y1, m2, d2, y2, yi, mi, di] = m;
  const date = d1
    ? isoDate(Number(y1), MONTHS[m1!.toLowerCase()]!, Number(d1))
    : m2
      ? isoDate(Number(y2), MONTHS[m2.toLowerCase()]!, Number(d2))
      : isoDate(Number(yi), Number(mi), Number(di));
  if (!date) return null;
  return { date, length: m[0].length, text: m[0].replace(/[\s.:–—-]+$/u, '') };
}
