import { cachePublicRead } from "@/lib/cache";
import { NotFoundError } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Cadence, Measure, PledgeStatus } from "@/lib/db";
import type { PublicAssessment } from "@/lib/assessments/queries";
import { assessPace, resolveAnnualPlan, type PaceStatus } from "@/lib/pace/pace";
import { describePeriodEnd, getPledgeRecord, type Phase, type PledgeRecord } from "@/lib/pace/record";
import { listMissedYears, listYearRecords } from "@/lib/pace/years";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readRecordInputs } from "./record-inputs";
import { localizeColumn, localizePledgeContent, type LocalizedContent } from "./translations";
import { getPublishedTotals, getYearFieldActuals, type YearFieldActual } from "./series";
import { asOfFromDay, type AsOf } from "@/lib/as-of/day";
import { getPublishedTotalsAsOf, getStatusesAsOf, getYearFieldActualsAsOf } from "@/lib/as-of/figures";

/** One pledge's public numbers: plain, serialisable data shared by the dashboard, CSV exports and the API. */
export type PledgeSummary = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  unit: string;
  target: number;
  targetNote: string | null;
  measure: Measure;
  cadence: Cadence;
  fieldLabel: string;
  periodStart: string;
  periodEnd: string;
  /** The published value (sum, distinct countries or completed milestones), baseline included. */
  value: number;
  /** What counts toward the target: equals `value` except for recurring targets, capped per year and field. */
  counted: number;
  percentComplete: number | null;
  /** Where the pledge should be today; once the period is over, the target itself ("Target"). */
  expectedByNow: number;
  /** Projected value at the end; null before the start and once the period is over (nothing is projected then). */
  projected: number | null;
  elapsedShare: number;
  /** The status editors set, with a reason, in the pledge's history. */
  status: PledgeStatus;
  /** The status computed from the numbers (lib/pace). */
  paceStatus: PaceStatus;
  /** Before the start, during, or after the end of the period. */
  phase: Phase;
  /** "Period ended on 25 Sept 2022" once it has, else null. */
  periodEnded: string | null;
  /** The public record (lib/pace/record.ts): the final assessment's verdict, else the state computed from the data. */
  record: Omit<PledgeRecord, "phase">;
  /** The final assessment in force, or null until an admin records one. */
  assessment: PublicAssessment | null;
  /** Period years confirmed missed (over, short of the plan, and confirmed by an editor's check or the assessment). */
  missedYears: number[];
  /** Finished period years whose published data fall short of the plan, not (yet) confirmed as missed. */
  shortYears: number[];
  publishedUpdates: number;
  lastPublishedAt: string | null;
  /** title, summary, targetNote, unit and fieldLabel above are in the language asked for; here with their English and translation state. */
  content: LocalizedContent<"title" | "summary" | "targetNote" | "unit" | "fieldLabel">;
};

// The cached, language-independent row: the translations are applied per request (localizeSummary).
type SummaryRow = Omit<PledgeSummary, "content"> & { translations: string };

function localizeSummary({ translations, ...row }: SummaryRow, locale: Locale): PledgeSummary {
  const { title, summary, targetNote, unit, fieldLabel } = localizePledgeContent({ ...row, sourceSentence: null, periodNote: null, translations }, locale);
  const content = { title, summary, targetNote, unit, fieldLabel };
  return { ...row, title: title.text, summary: summary.text, targetNote: row.targetNote === null ? null : targetNote.text, unit: unit.text, fieldLabel: fieldLabel.text, content };
}

/**
 * Where the published figures come from: today's rollups, or the update versions in force at the end of a past day
 * (lib/as-of), with the statuses, checks, assessments and completed milestones of that day. Pledge definitions are
 * today's either way.
 */
function choosePublishedSource(asOf: AsOf | null) {
  if (!asOf) return { totals: getPublishedTotals, yearFieldActuals: getYearFieldActuals, statuses: async () => null, completedBefore: null };
  return {
    totals: () => getPublishedTotalsAsOf(asOf),
    yearFieldActuals: (pledge: Parameters<typeof getYearFieldActualsAsOf>[0]) => getYearFieldActualsAsOf(pledge, asOf),
    statuses: () => getStatusesAsOf(asOf),
    completedBefore: asOf.end,
  };
}

async function readPledgeSummaries(now: Date = new Date(), asOf: AsOf | null = null): Promise<SummaryRow[]> {
  const source = choosePublishedSource(asOf);
  const [pledges, totals, inputs, statuses] = await Promise.all([
    db.pledge.findMany({
      orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
      include: {
        annualTargets: { select: { year: true, fieldId: true, target: true } },
        milestones: { select: { dueDate: true, completedAt: true } },
        fields: { select: { id: true }, orderBy: [{ displayOrder: "asc" }, { id: "asc" }] },
      },
    }),
    source.totals(),
    readRecordInputs({ before: asOf?.end }),
    source.statuses(),
  ]);
  return Promise.all(
    pledges.map(async (p) => {
      // As of a day, a milestone completed later was not yet completed.
      const pledge = source.completedBefore
        ? { ...p, milestones: p.milestones.map((m) => ({ ...m, completedAt: m.completedAt && m.completedAt < source.completedBefore ? m.completedAt : null })) }
        : p;
      const needsYears = pledge.cadence === "ANNUAL" || pledge.annualTargets.length > 0;
      const annualActuals = needsYears ? await source.yearFieldActuals(pledge) : ([] as YearFieldActual[]);
      const row = totals.get(pledge.id);
      const publishedUpdates = row?.updates ?? 0;
      const completedMilestones = pledge.milestones.filter((m) => m.completedAt).length;
      // The one value rule: baseline plus the published sum, distinct countries or completed milestones.
      const value =
        pledge.baseline +
        (pledge.measure === "SUM" ? (row?.quantity ?? 0) : pledge.measure === "DISTINCT_COUNTRIES" ? (row?.countries ?? 0) : completedMilestones);
      const pace = assessPace({
        now,
        periodStart: pledge.periodStart,
        periodEnd: pledge.periodEnd,
        target: pledge.target,
        baseline: pledge.baseline,
        value,
        hasProgress: pledge.measure === "MILESTONES" ? completedMilestones > 0 : publishedUpdates > 0,
        cadence: pledge.cadence,
        measure: pledge.measure,
        annualPlan: pledge.annualTargets,
        annualActuals,
        milestones: pledge.milestones,
      });
      const assessment = inputs.assessments.get(pledge.id) ?? null;
      const verdict = assessment?.verdict ?? null;
      const { phase, ...record } = getPledgeRecord({ now, periodStart: pledge.periodStart, periodEnd: pledge.periodEnd, met: pace.status === "ACHIEVED", hasProgress: publishedUpdates > 0 || completedMilestones > 0, verdict });
      const years = needsYears
        ? listYearRecords({
            now, periodStart: pledge.periodStart, periodEnd: pledge.periodEnd, plan: resolveAnnualPlan({ ...pledge, annualPlan: pledge.annualTargets }),
            actuals: annualActuals, fieldIds: pledge.fields.map((f) => f.id), checks: inputs.checks.get(pledge.id) ?? [], verdict,
          })
        : [];
      const missedYears = listMissedYears(years);
      return {
        id: pledge.id,
        slug: pledge.slug,
        title: pledge.title,
        summary: pledge.summary,
        unit: pledge.unit,
        target: pledge.target,
        targetNote: pledge.targetNote,
        measure: pledge.measure,
        cadence: pledge.cadence,
        fieldLabel: pledge.fieldLabel,
        periodStart: pledge.periodStart.toISOString(),
        periodEnd: pledge.periodEnd.toISOString(),
        value,
        counted: pace.counted,
        percentComplete: pace.percentComplete,
        expectedByNow: pace.expectedByNow,
        projected: pace.projected,
        elapsedShare: pace.elapsedShare,
        status: statuses ? (statuses.get(pledge.id) ?? "NOT_STARTED") : pledge.status,
        paceStatus: pace.status,
        phase,
        periodEnded: describePeriodEnd({ phase }, pledge.periodEnd),
        record,
        assessment,
        missedYears,
        shortYears: pace.shortYears.filter((y) => !missedYears.includes(y)),
        publishedUpdates,
        lastPublishedAt: row?.lastPublishedAt ?? null,
        translations: pledge.translations,
      };
    }),
  );
}

// Keyed by day so "expected by now" moves on even while the data does not change.
const cachedSummaries = cachePublicRead("pledge-summaries", (day: string) => {
  void day;
  return readPledgeSummaries();
});

/**
 * Every pledge with its value, % complete, pace (expected by now, projected) and status, in display order.
 * Counts published, non-deleted updates only. Reused by the dashboard, CSV exports and the API.
 */
export async function getPledgeSummaries(options: { now?: Date; asOf?: AsOf | null; locale?: Locale } = {}): Promise<PledgeSummary[]> {
  // As of a day, pace is measured at the end of that day.
  const rows = await (options.asOf
    ? cachedSummariesAsOf(options.asOf.day)
    : options.now
      ? readPledgeSummaries(options.now)
      : cachedSummaries(new Date().toISOString().slice(0, 10)));
  return rows.map((row) => localizeSummary(row, options.locale ?? DEFAULT_LOCALE));
}

const cachedSummariesAsOf = cachePublicRead("pledge-summaries-as-of", (day: string) => {
  const asOf = asOfFromDay(day);
  return readPledgeSummaries(asOf.end, asOf);
});

export async function getPledgeSummary(slug: string, options: { asOf?: AsOf | null; locale?: Locale } = {}): Promise<PledgeSummary | null> {
  return (await getPledgeSummaries(options)).find((p) => p.slug === slug) ?? null;
}

/** One pledge's current value, computed exactly as the dashboard, exports and API compute it. */
export async function getPledgeValue(pledge: { id: number }): Promise<number> {
  const summary = (await getPledgeSummaries({ now: new Date() })).find((p) => p.id === pledge.id);
  if (!summary) throw new NotFoundError(`No pledge with id ${pledge.id}.`);
  return summary.value;
}

export type PledgeOption = { slug: string; title: string };

export const listPledgeOptions = cachePublicRead("pledge-options", async (locale: Locale = DEFAULT_LOCALE): Promise<PledgeOption[]> => {
  const rows = await db.pledge.findMany({ orderBy: [{ displayOrder: "asc" }, { id: "asc" }], select: { slug: true, title: true, translations: true } });
  return rows.map((p) => ({ slug: p.slug, title: localizeColumn(p, { entity: "pledge", key: "title", english: p.title }, locale).text }));
});
