import { asOfFromDay } from "@/lib/as-of/day";
import { getYearFieldActualsAsOf } from "@/lib/as-of/figures";
import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import { getExpectedAt, resolveAnnualPlan } from "@/lib/pace/pace";
import { periodEndExclusive } from "@/lib/pace/period";
import type { Phase, RecordState } from "@/lib/pace/record";
import { listYearRecords, type YearCell } from "@/lib/pace/years";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readRecordInputs } from "./record-inputs";
import { localizeContent, localizePledgeContent, type LocalizedContent, type LocalizedText, type TranslatableKey } from "./translations";
import { accumulate, getMonthlyGains, getYearFieldActuals, listMonths } from "./series";

export type PledgeDetail = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  sourceSentence: string;
  sourceCitation: string;
  unit: string;
  target: number;
  targetNote: string | null;
  baseline: number;
  measure: string;
  cadence: string;
  fieldLabel: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  announcement: { speaker: string; event: string; place: string; date: string } | null;
  /** The translatable texts in the page's language, with their English and whether translated (title etc. above are these texts). */
  content: LocalizedContent<TranslatableKey<"pledge">>;
  fields: { id: number; slug: string; name: string; content: LocalizedText }[];
  milestones: { slug: string; title: string; content: LocalizedText; dueDate: string | null; completedAt: string | null; evidenceUrl: string | null; evidenceNote: string | null; isSample: boolean }[];
  statusHistory: { fromStatus: string | null; toStatus: string; reason: string; createdAt: string }[];
};

export const getPledgeDetail = cachePublicRead("pledge-detail", async (slug: string, locale: Locale = DEFAULT_LOCALE): Promise<PledgeDetail | null> => {
  const pledge = await db.pledge.findUnique({
    where: { slug },
    include: {
      announcement: true,
      fields: { orderBy: [{ displayOrder: "asc" }, { id: "asc" }] },
      milestones: { orderBy: [{ displayOrder: "asc" }, { id: "asc" }] },
      statusChanges: { orderBy: { createdAt: "desc" }, take: 20 },
    },
  });
  if (!pledge) return null;
  const a = pledge.announcement;
  const content = localizePledgeContent(pledge, locale);
  return {
    id: pledge.id,
    slug: pledge.slug,
    title: content.title.text,
    summary: content.summary.text,
    sourceSentence: content.sourceSentence.text,
    sourceCitation: pledge.sourceCitation,
    unit: content.unit.text,
    target: pledge.target,
    targetNote: pledge.targetNote === null ? null : content.targetNote.text,
    baseline: pledge.baseline,
    measure: pledge.measure,
    cadence: pledge.cadence,
    fieldLabel: content.fieldLabel.text,
    periodStart: pledge.periodStart.toISOString(),
    periodEnd: pledge.periodEnd.toISOString(),
    status: pledge.status,
    announcement: a ? { speaker: a.speaker, event: a.event, place: a.place, date: a.date.toISOString() } : null,
    content,
    fields: pledge.fields.map((f) => {
      const name = localizeContent("field", f, locale).name;
      return { id: f.id, slug: f.slug, name: name.text, content: name };
    }),
    milestones: pledge.milestones.map((m) => ({
      slug: m.slug,
      ...localizeMilestone(m, locale),
      dueDate: m.dueDate?.toISOString() ?? null,
      completedAt: m.completedAt?.toISOString() ?? null,
      evidenceUrl: m.evidenceUrl,
      evidenceNote: m.evidenceNote,
      isSample: m.isSample,
    })),
    statusHistory: pledge.statusChanges.map((s) => ({
      fromStatus: s.fromStatus,
      toStatus: s.toStatus,
      reason: s.reason,
      createdAt: s.createdAt.toISOString(),
    })),
  };
});

function localizeMilestone(m: { title: string; translations: string }, locale: Locale) {
  const title = localizeContent("milestone", m, locale).title;
  return { title: title.text, content: title };
}

export type CumulativePoint = { month: string; actual: number | null; expected: number };

/** Cumulative value per month over the period (and beyond, if updates are dated later), with the expected pace. */
async function readCumulativeSeries(slug: string, day: string): Promise<CumulativePoint[]> {
  void day;
  const pledge = await db.pledge.findUnique({
    where: { slug },
    include: { annualTargets: { select: { year: true, fieldId: true, target: true } }, milestones: { select: { dueDate: true, completedAt: true } } },
  });
  if (!pledge) return [];
  const gains = (await getMonthlyGains()).get(pledge.id) ?? [];
  const now = new Date();
  const lastGain = gains.at(-1)?.month;
  const axisEnd = lastGain && lastGain > pledge.periodEnd.toISOString().slice(0, 7) ? new Date(`${lastGain}-01T00:00:00Z`) : pledge.periodEnd;
  const months = listMonths(pledge.periodStart, axisEnd);
  const totals = accumulate(months, gains, pledge.baseline);
  const nowMonth = now.toISOString().slice(0, 7);
  const input = {
    now,
    periodStart: pledge.periodStart,
    periodEnd: pledge.periodEnd,
    target: pledge.target,
    baseline: pledge.baseline,
    value: 0,
    hasProgress: false,
    cadence: pledge.cadence,
    measure: pledge.measure,
    annualPlan: pledge.annualTargets,
    milestones: pledge.milestones,
  };
  return months.map((month, i) => {
    const monthEnd = new Date(`${month}-01T00:00:00Z`);
    monthEnd.setUTCMonth(monthEnd.getUTCMonth() + 1);
    const at = monthEnd > periodEndExclusive(pledge.periodEnd) ? periodEndExclusive(pledge.periodEnd) : monthEnd;
    return { month, actual: month <= nowMonth ? totals[i] : null, expected: round(getExpectedAt(input, at)) };
  });
}

const cachedCumulative = cachePublicRead("pledge-cumulative", readCumulativeSeries);

export function getCumulativeSeries(slug: string): Promise<CumulativePoint[]> {
  return cachedCumulative(slug, new Date().toISOString().slice(0, 10));
}

export type YearCellRow = { fieldId: number | null; planned: number | null; actual: number; state: RecordState; phase: Phase };
/** `startMonth`/`endMonth`: the year's first and last months ("2017-09"), which pages name in their language. */
export type YearRow = YearCellRow & { year: number; startMonth: string; endMonth: string; cells: YearCellRow[] };

/**
 * Per period year: the plan and the published actuals, overall and per field, each with its record state (No report,
 * Short, Missed once over and confirmed, Met: lib/pace/record.ts).
 */
export const getYearBreakdown = cachePublicRead("pledge-years", async (slug: string, asOfDay: string | null = null): Promise<YearRow[]> => {
  const pledge = await db.pledge.findUnique({
    where: { slug },
    include: { annualTargets: { select: { year: true, fieldId: true, target: true } }, fields: { select: { id: true }, orderBy: [{ displayOrder: "asc" }, { id: "asc" }] } },
  });
  if (!pledge) return [];
  // As of a day (lib/as-of): the actuals, checks and assessment recorded by then, and the years over by then.
  const asOf = asOfDay ? asOfFromDay(asOfDay) : null;
  const [actuals, inputs] = await Promise.all([
    asOf ? getYearFieldActualsAsOf(pledge, asOf) : getYearFieldActuals(pledge),
    readRecordInputs({ before: asOf?.end }),
  ]);
  const years = listYearRecords({
    now: asOf ? asOf.end : new Date(),
    periodStart: pledge.periodStart,
    periodEnd: pledge.periodEnd,
    plan: resolveAnnualPlan({ ...pledge, annualPlan: pledge.annualTargets }),
    actuals,
    fieldIds: pledge.fields.map((f) => f.id),
    checks: inputs.checks.get(pledge.id) ?? [],
    verdict: inputs.assessments.get(pledge.id)?.verdict ?? null,
  });
  const toRow = (c: YearCell): YearCellRow => ({ fieldId: c.fieldId, planned: c.planned === null ? null : round(c.planned), actual: c.actual, ...c.record });
  return years.map((y) => ({
    ...toRow(y),
    year: y.year,
    startMonth: y.start.toISOString().slice(0, 7),
    endMonth: new Date(y.end.getTime() - 1).toISOString().slice(0, 7),
    cells: y.cells.map(toRow),
  }));
});

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export type Sparkline = { months: string[]; values: number[] };

/** Cumulative value per month from each pledge's start to now (or its period end), keyed by slug. */
export const getSparklines = cachePublicRead("sparklines", async (day: string): Promise<Record<string, Sparkline>> => {
  void day;
  const [pledges, gains] = await Promise.all([
    db.pledge.findMany({ select: { id: true, slug: true, baseline: true, periodStart: true, periodEnd: true } }),
    getMonthlyGains(),
  ]);
  const now = new Date();
  return Object.fromEntries(
    pledges.map((p) => {
      const pledgeGains = gains.get(p.id) ?? [];
      const lastGain = pledgeGains.at(-1)?.month;
      let until = now < p.periodEnd ? now : p.periodEnd;
      if (lastGain && lastGain > until.toISOString().slice(0, 7)) until = new Date(`${lastGain}-01T00:00:00Z`);
      const months = now < p.periodStart ? [] : listMonths(p.periodStart, until);
      return [p.slug, { months, values: accumulate(months, pledgeGains, p.baseline) }];
    }),
  );
});
