/**
 * Freshness: a pledge is overdue when neither a published change nor an editor's "checked, nothing new" happened
 * within its reporting rhythm. Pure, so the public badge, the admin ordering and the tests share one rule.
 */

export const REPORTING_RHYTHMS = [
  { months: 1, label: "Monthly" },
  { months: 3, label: "Quarterly" },
  { months: 6, label: "Every six months" },
  { months: 12, label: "Yearly" },
] as const;

export const DEFAULT_RHYTHM_MONTHS = 3;

export function labelRhythm(months: number): string {
  return REPORTING_RHYTHMS.find((r) => r.months === months)?.label ?? `Every ${months} months`;
}

/** `date` plus whole calendar months in UTC; a day past the target month's end becomes its last day (31 Jan + 1 → 28 Feb). */
export function addUtcMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
}

export type FreshnessInput = {
  rhythmMonths: number;
  lastUpdatedAt: Date | null;
  lastCheckedAt: Date | null;
  /** When the tracker began following the pledge (the pledge row's creation). */
  trackedSince: Date;
  periodStart: Date;
  /** A settled pledge (a final verdict recorded) expects no more reports. */
  settled?: boolean;
  now: Date;
};

/**
 * The moment the pledge became overdue, or null when it is not. The clock starts at the latest update or check, else
 * when reporting could first be expected: the later of the period's start and the day the tracker began following it
 * (a tracker set up in 2026 is not "overdue since 2017").
 */
export function findOverdueSince(input: FreshnessInput): Date | null {
  if (input.settled) return null;
  const activity = [input.lastUpdatedAt, input.lastCheckedAt].filter((d): d is Date => d !== null).map((d) => +d);
  const from = activity.length ? Math.max(...activity) : Math.max(+input.trackedSince, +input.periodStart);
  const due = addUtcMonths(new Date(from), input.rhythmMonths);
  return +input.now > +due ? due : null;
}
