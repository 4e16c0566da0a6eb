/** What a unit reader found after (or before) a number. */
export interface UnitMatch {
  /** ISO 4217 code, `percent`, a duration unit, `times`, a measure, or the counted noun. */
  unit: string;
  /** First and last token of the unit words. */
  first: number;
  last: number;
  /** Added to the number ("trois ans et demi" -> +0.5). */
  plus?: number;
}
