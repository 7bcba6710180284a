import { getElapsedShare, getYearElapsedShare, listPeriodYears, periodEndExclusive, type PeriodYear } from "./period";

/**
 * Computed from the data, beside the status editors set: NO_DATA means nothing has been published yet; ENDED_SHORT
 * that the period is over with published data below the target. Only a final assessment says "not achieved"
 * (lib/pace/record.ts): a computation never turns silence or an unconfirmed shortfall into a failure.
 */
export type PaceStatus = "NOT_STARTED" | "NO_DATA" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "ACHIEVED" | "ENDED_SHORT";

export type PlanCell = { year: number; fieldId: number | null; target: number };
export type ActualCell = { year: number; fieldId: number | null; value: number };

export type PaceInput = {
  now: Date;
  periodStart: Date;
  periodEnd: Date;
  target: number;
  baseline?: number;
  value: number;
  /** Whether anything counts yet (a published update, a completed milestone). */
  hasProgress: boolean;
  cadence: "TOTAL" | "ANNUAL";
  measure: "SUM" | "DISTINCT_COUNTRIES" | "MILESTONES";
  annualPlan?: PlanCell[];
  /** Published values per period year (and field), needed for ANNUAL cadence. */
  annualActuals?: ActualCell[];
  milestones?: { dueDate: Date | null; completedAt: Date | null }[];
};

export type PaceAssessment = {
  elapsedShare: number;
  expectedByNow: number;
  /** What counts toward the target: for ANNUAL cadence, each year and field counts up to its own target. */
  counted: number;
  percentComplete: number | null;
  /** Projected value at the end of the period; null before it starts and once it is over (nothing to project). */
  projected: number | null;
  /** The most the pledge can still reach: below the target once a recurring year was missed. */
  maxAchievable: number;
  /** Finished period years whose published data fall short of their plan (not "missed": see lib/pace/record.ts). */
  shortYears: number[];
  status: PaceStatus;
};

/** Ratio of actual to expected progress at or above which a pledge is on track, and at risk. */
export const ON_TRACK_RATIO = 0.9;
export const AT_RISK_RATIO = 0.6;

/** The annual plan to pace against: the explicit one, or for ANNUAL cadence an even split over the period years. */
export function resolveAnnualPlan(input: Pick<PaceInput, "annualPlan" | "cadence" | "target" | "periodStart" | "periodEnd">): PlanCell[] {
  if (input.annualPlan?.length) return input.annualPlan;
  if (input.cadence !== "ANNUAL") return [];
  const years = listPeriodYears(input);
  return years.map((y) => ({ year: y.year, fieldId: null, target: input.target / years.length }));
}

/** Expected value at a moment: milestone due dates, else the annual plan, else linear over the period. */
export function getExpectedAt(input: PaceInput, at: Date): number {
  const baseline = input.baseline ?? 0;
  const dated = (input.milestones ?? []).filter((m) => m.dueDate);
  if (input.measure === "MILESTONES" && dated.length) {
    return baseline + dated.filter((m) => (m.dueDate as Date) <= at).length;
  }
  const plan = resolveAnnualPlan(input);
  if (plan.length) {
    const years = new Map(listPeriodYears(input).map((y) => [y.year, y]));
    return baseline + plan.reduce((sum, cell) => sum + cell.target * yearShare(years.get(cell.year), at), 0);
  }
  return baseline + (input.target - baseline) * getElapsedShare({ ...input, now: at });
}

function yearShare(year: PeriodYear | undefined, at: Date): number {
  return year ? getYearElapsedShare(year, at) : 0;
}

/** Credit per plan cell for recurring targets: each year and field counts up to its own target, and no further. */
function assessAnnual(input: PaceInput, plan: PlanCell[]) {
  const years = new Map(listPeriodYears(input).map((y) => [y.year, y]));
  const actual = (cell: PlanCell) =>
    (input.annualActuals ?? [])
      .filter((a) => a.year === cell.year && (cell.fieldId === null || a.fieldId === cell.fieldId))
      .reduce((sum, a) => sum + a.value, 0);
  let counted = 0;
  let shortfall = 0;
  const missed = new Set<number>();
  for (const cell of plan) {
    const got = actual(cell);
    counted += Math.min(got, cell.target);
    const year = years.get(cell.year);
    if (year && year.end <= input.now && got < cell.target) {
      shortfall += cell.target - got;
      missed.add(cell.year);
    }
  }
  const planTotal = plan.reduce((sum, c) => sum + c.target, 0);
  return { counted, planTotal, maxAchievable: planTotal - shortfall, shortYears: [...missed].sort((a, b) => a - b) };
}

export function assessPace(input: PaceInput): PaceAssessment {
  const { now, target } = input;
  const baseline = input.baseline ?? 0;
  const elapsedShare = getElapsedShare(input);
  const expectedByNow = getExpectedAt(input, now);
  const started = now >= input.periodStart;
  const ended = now >= periodEndExclusive(input.periodEnd);
  const plan = resolveAnnualPlan(input);
  const annual = input.cadence === "ANNUAL" && plan.length ? assessAnnual(input, plan) : null;
  const counted = annual ? annual.counted : input.value;
  const maxAchievable = annual ? annual.maxAchievable : Math.max(target, counted);
  const percentComplete = target > 0 ? (counted / target) * 100 : null;
  const projected = projectEndValue({ input, counted, expectedByNow, elapsedShare, started, ended, annual });
  const base = { elapsedShare, expectedByNow, counted, percentComplete, projected, maxAchievable, shortYears: annual?.shortYears ?? [] };

  const status = ((): PaceStatus => {
    if (target <= 0) return ended ? "ACHIEVED" : started ? "ON_TRACK" : "NOT_STARTED";
    if (annual ? counted >= annual.planTotal : counted >= target) return "ACHIEVED";
    if (!started) return "NOT_STARTED";
    if (!input.hasProgress) return "NO_DATA";
    if (ended) return "ENDED_SHORT";
    if (projected !== null && projected >= target) return "ON_TRACK";
    const expectedGain = expectedByNow - baseline;
    if (expectedGain <= 0) return "ON_TRACK";
    const ratio = (counted - baseline) / expectedGain;
    return ratio >= ON_TRACK_RATIO ? "ON_TRACK" : ratio >= AT_RISK_RATIO ? "AT_RISK" : "OFF_TRACK";
  })();
  return { ...base, status };
}

function projectEndValue(args: {
  input: PaceInput;
  counted: number;
  expectedByNow: number;
  elapsedShare: number;
  started: boolean;
  ended: boolean;
  annual: { planTotal: number; maxAchievable: number } | null;
}): number | null {
  const { input, counted, expectedByNow, elapsedShare, started, ended, annual } = args;
  if (input.measure === "MILESTONES") return null;
  if (ended || !started || elapsedShare <= 0) return null;
  const baseline = input.baseline ?? 0;
  if (annual) {
    // Future years are assumed to go at the rate achieved so far, never better than their plan.
    const rate = expectedByNow > 0 ? Math.min(1, counted / expectedByNow) : 0;
    return Math.min(annual.maxAchievable, counted + (annual.planTotal - expectedByNow) * rate);
  }
  return baseline + (counted - baseline) / elapsedShare;
}
