/** Period arithmetic in UTC. Period year 1 is the first twelve months from the period start. */

const DAY_MS = 86_400_000;

export function addUtcYears(date: Date, years: number): Date {
  const next = new Date(date.getTime());
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

/** The end of the period as an exclusive instant: periodEnd names the last day, which counts in full. */
export function periodEndExclusive(periodEnd: Date): Date {
  return new Date(periodEnd.getTime() + DAY_MS);
}

const MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

/** A period day as the public pages write it: "25 Sept 2022". */
export function formatPeriodDay(day: Date): string {
  return `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/** Share of the period elapsed at `now`, clamped to 0..1. */
export function getElapsedShare({ periodStart, periodEnd, now }: { periodStart: Date; periodEnd: Date; now: Date }): number {
  const start = periodStart.getTime();
  const end = periodEndExclusive(periodEnd).getTime();
  if (end <= start) return now.getTime() >= start ? 1 : 0;
  return clamp((now.getTime() - start) / (end - start), 0, 1);
}

/** Number of period years: 2017-09-26..2022-09-25 has 5. A trailing part-year counts as a year. */
export function countPeriodYears({ periodStart, periodEnd }: { periodStart: Date; periodEnd: Date }): number {
  const end = periodEndExclusive(periodEnd).getTime();
  let years = 0;
  while (addUtcYears(periodStart, years).getTime() < end) years += 1;
  return Math.max(1, years);
}

export type PeriodYear = { year: number; start: Date; end: Date };

/** Each period year with its [start, end) bounds; the last one is cut at the period end. */
export function listPeriodYears({ periodStart, periodEnd }: { periodStart: Date; periodEnd: Date }): PeriodYear[] {
  const endExclusive = periodEndExclusive(periodEnd);
  return Array.from({ length: countPeriodYears({ periodStart, periodEnd }) }, (_, i) => {
    const end = addUtcYears(periodStart, i + 1);
    return { year: i + 1, start: addUtcYears(periodStart, i), end: end > endExclusive ? endExclusive : end };
  });
}

/** Share of one period year elapsed at `now` (0 before it, 1 after it). */
export function getYearElapsedShare(year: PeriodYear, now: Date): number {
  const span = year.end.getTime() - year.start.getTime();
  if (span <= 0) return 1;
  return clamp((now.getTime() - year.start.getTime()) / span, 0, 1);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The period year an instant falls in (see listPeriodYears), or 0 before the start or after the end. */
export function findPeriodYear(period: { periodStart: Date; periodEnd: Date }, at: Date): number {
  const t = at.getTime();
  return listPeriodYears(period).find((y) => y.start.getTime() <= t && t < y.end.getTime())?.year ?? 0;
}
