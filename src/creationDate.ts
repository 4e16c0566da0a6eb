/**
 * The creation date written in PDFs: the caller's, else `SOURCE_DATE_EPOCH` (reproducible
 * builds), else now. `fixed` says whether it came from outside (a resume key may include it).
 */
export function resolveDate(date: Date | undefined, env: NodeJS.ProcessEnv = process.env): { date: Date; fixed: boolean } {
  if (date) return { date, fixed: true };
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return { date: new Date(Number(epoch) * 1000), fixed: true };
  return { date: new Date(), fixed: false };
}
