import { getCountryLedger } from "@/lib/countries/queries";
import { db } from "@/lib/db";
import { listPeriodYears } from "@/lib/pace/period";
import { getYearBreakdown } from "@/lib/pledges/detail";
import type { PledgeSummary } from "@/lib/pledges/queries";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizeColumn } from "@/lib/pledges/translations";
import type { Column } from "./csv";

/** The three small public reports: one page each, built from the dashboard's own aggregate reads. */

export const PLEDGE_SUMMARY_COLUMNS: readonly Column<PledgeSummary>[] = [
  { header: "pledge", type: "text", description: "Pledge slug.", value: (r) => r.slug },
  { header: "title", type: "text", description: "Pledge title.", value: (r) => r.title },
  { header: "unit", type: "text", description: "What is counted.", value: (r) => r.unit },
  { header: "target", type: "number", description: "Target over the period (per year for recurring targets: see cadence).", value: (r) => r.target },
  { header: "cadence", type: "text", description: "TOTAL, or ANNUAL when the target recurs each period year.", value: (r) => r.cadence },
  { header: "measure", type: "text", description: "SUM of quantities, DISTINCT_COUNTRIES reached, or MILESTONES completed.", value: (r) => r.measure },
  { header: "value", type: "number", description: "Current value from published updates, baseline included.", value: (r) => r.value },
  { header: "counted", type: "number", description: "What counts toward the target (recurring targets cap each year and field).", value: (r) => r.counted },
  { header: "percent_complete", type: "number", description: "counted / target × 100; empty for a zero target.", value: (r) => r.percentComplete },
  { header: "expected_by_now", type: "number", description: "Where the pledge should be today: annual plan, else linear over the period; the target once the period is over.", value: (r) => r.expectedByNow },
  { header: "projected", type: "number", description: "Projected value at the end of the period at the current pace; empty before the start and once the period is over.", value: (r) => r.projected },
  { header: "elapsed_share", type: "number", description: "Share of the period elapsed, 0 to 1.", value: (r) => r.elapsedShare },
  { header: "status", type: "text", description: "Status set by editors (NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, NOT_ACHIEVED).", value: (r) => r.status },
  { header: "pace_status", type: "text", description: "Status computed from the numbers.", value: (r) => r.paceStatus },
  { header: "phase", type: "text", description: "BEFORE_START, DURING or AFTER_END of the period.", value: (r) => r.phase },
  { header: "record_state", type: "text", description: "NO_REPORT (nothing published: not a failure), SHORT, MISSED (period over and confirmed by the final assessment) or MET.", value: (r) => r.record.state },
  { header: "record_label", type: "text", description: "The record in words; until a final assessment exists, worded as computed (\"Not assessed: …\").", value: (r) => r.record.label },
  { header: "missed_years", type: "text", description: "Period years confirmed missed (over, short of the plan, confirmed by an editor's check or the final assessment), separated by ';'.", value: (r) => r.missedYears.join(";") },
  { header: "assessment_verdict", type: "text", description: "Final assessment: ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED or CANNOT_BE_ASSESSED; empty until one is recorded.", value: (r) => r.assessment?.verdict ?? null },
  { header: "assessment_final_value", type: "number", description: "The final value the assessment gives.", value: (r) => r.assessment?.finalValue ?? null },
  { header: "assessment_method", type: "text", description: "The assessment's method note.", value: (r) => r.assessment?.methodNote ?? null },
  { header: "assessment_sources", type: "text", description: "The assessment's sources (links or citations), separated by ' | '.", value: (r) => r.assessment?.sources.join(" | ") ?? null },
  { header: "assessment_date", type: "date", description: "When the assessment was made.", value: (r) => r.assessment?.assessedOn ?? null },
  { header: "assessed_by", type: "text", description: "Who made the assessment (public name).", value: (r) => r.assessment?.assessedBy ?? null },
  { header: "assessment_version", type: "number", description: "1 for the first record; each correction (with a reason) adds one.", value: (r) => r.assessment?.version ?? null },
  { header: "published_updates", type: "number", description: "Number of published updates.", value: (r) => r.publishedUpdates },
  { header: "last_update", type: "datetime", description: "When the latest update was published.", value: (r) => r.lastPublishedAt },
  { header: "period_start", type: "date", description: "First day of the period.", value: (r) => r.periodStart },
  { header: "period_end", type: "date", description: "Last day of the period.", value: (r) => r.periodEnd },
];

export type LedgerCsvRow = {
  iso3: string; name: string; region: string; developing: boolean; pledge: string; workstream: string | null;
  workstreamName: string | null; reached: boolean; updates: number; quantity: number | null; delivery: string | null; isSample: boolean;
};

export const COUNTRY_LEDGER_COLUMNS: readonly Column<LedgerCsvRow>[] = [
  { header: "country_code", type: "text", description: "ISO 3166-1 alpha-3 code.", value: (r) => r.iso3 },
  { header: "country_name", type: "text", description: "Country name.", value: (r) => r.name },
  { header: "region", type: "text", description: "Region.", value: (r) => r.region },
  { header: "developing", type: "boolean", description: "Whether the country counts as developing.", value: (r) => r.developing },
  { header: "pledge", type: "text", description: "Pledge slug.", value: (r) => r.pledge },
  { header: "workstream", type: "text", description: "Field or workstream slug; empty on the pledge-level row of a pledge without per-country workstreams.", value: (r) => r.workstream },
  { header: "workstream_name", type: "text", description: "Its name.", value: (r) => r.workstreamName },
  { header: "reached_by_updates", type: "boolean", description: "true when a published update names this country (for this workstream).", value: (r) => r.reached },
  { header: "published_updates", type: "number", description: "Published updates naming the country (for this workstream).", value: (r) => r.updates },
  { header: "quantity", type: "number", description: "Sum of their quantities (pledge-level rows only).", value: (r) => r.quantity },
  { header: "delivery_status", type: "text", description: "PLANNED, IN_PROGRESS or COMPLETED as set by admins; empty when none is set.", value: (r) => r.delivery },
  { header: "delivery_is_sample", type: "boolean", description: "true when the delivery status is demo data.", value: (r) => r.isSample },
];

/** Country × pledge and workstream: one row per workstream cell, or per pledge when it has no workstream cells. */
export async function readCountryLedgerRows(filter: { region?: string; pledge?: string; asOfDay?: string | null; locale?: Locale }): Promise<LedgerCsvRow[]> {
  const ledger = await getCountryLedger(filter.asOfDay ?? null, filter.locale ?? DEFAULT_LOCALE);
  const names = new Map(ledger.workstreams.map((w) => [`${w.pledgeSlug}/${w.slug}`, w.name]));
  // Workstreams in the pledge's own order, whatever order the database returned the cells in.
  const order = new Map(ledger.workstreams.map((w, i) => [`${w.pledgeSlug}/${w.slug}`, i]));
  const out: LedgerCsvRow[] = [];
  for (const row of ledger.rows) {
    if (filter.region && row.region !== filter.region) continue;
    const base = { iso3: row.iso3, name: row.name, region: row.region, developing: row.developing };
    const pledges = [...new Set([...row.pledges.map((p) => p.slug), ...Object.keys(row.workstreams).map((k) => k.split("/")[0])])];
    for (const slug of pledges) {
      if (filter.pledge && slug !== filter.pledge) continue;
      const cells = Object.entries(row.workstreams)
        .filter(([key]) => key.startsWith(`${slug}/`))
        .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
      if (!cells.length) {
        const p = row.pledges.find((x) => x.slug === slug);
        out.push({ ...base, pledge: slug, workstream: null, workstreamName: null, reached: true, updates: p?.updates ?? 0, quantity: p?.quantity ?? 0, delivery: null, isSample: false });
        continue;
      }
      for (const [key, cell] of cells) {
        out.push({
          ...base, pledge: slug, workstream: key.slice(slug.length + 1), workstreamName: names.get(key) ?? null, reached: cell.reached,
          updates: cell.updates, quantity: null, delivery: cell.delivery, isSample: cell.isSample,
        });
      }
    }
  }
  return out;
}

export type AnnualCsvRow = {
  pledge: string; year: number; start: Date; end: Date; field: string | null; fieldName: string | null;
  planned: number | null; actual: number; state: string; phase: string;
};

export const ANNUAL_BREAKDOWN_COLUMNS: readonly Column<AnnualCsvRow>[] = [
  { header: "pledge", type: "text", description: "Pledge slug.", value: (r) => r.pledge },
  { header: "year", type: "number", description: "Period year: 1 is the first twelve months from the period start.", value: (r) => r.year },
  { header: "year_start", type: "date", description: "First day of that year.", value: (r) => r.start },
  { header: "year_end", type: "date", description: "Last day of that year.", value: (r) => new Date(r.end.getTime() - 1) },
  { header: "field", type: "text", description: "Field or workstream slug; empty on the row for the whole pledge.", value: (r) => r.field },
  { header: "field_name", type: "text", description: "Its name.", value: (r) => r.fieldName },
  { header: "planned", type: "number", description: "Target of the annual plan; empty when the plan has none.", value: (r) => r.planned },
  { header: "actual", type: "number", description: "Published value reached that year.", value: (r) => r.actual },
  { header: "state", type: "text", description: "NO_REPORT (nothing published: not a failure), SHORT (published data below the plan), MISSED (year over, short, and confirmed by an editor's check or the final assessment) or MET (without a plan: anything reported).", value: (r) => r.state },
  { header: "met", type: "text", description: "true when the plan is met, false only when confirmed missed; empty otherwise (no plan, no report, or short and not confirmed).", value: (r) => (r.planned === null ? null : r.state === "MET" ? "true" : r.state === "MISSED" ? "false" : null) },
  { header: "year_phase", type: "text", description: "BEFORE_START, DURING or AFTER_END: where that year stands today.", value: (r) => r.phase },
];

/** Pledge × period year × field against the annual plan, plus a whole-pledge row per year. */
export async function readAnnualBreakdownRows(filter: { pledge?: string; asOfDay?: string | null; locale?: Locale }): Promise<AnnualCsvRow[]> {
  const pledges = await db.pledge.findMany({
    where: { slug: filter.pledge },
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    select: { slug: true, periodStart: true, periodEnd: true, fields: { select: { id: true, slug: true, name: true, translations: true } } },
  });
  const out: AnnualCsvRow[] = [];
  for (const pledge of pledges) {
    const years = new Map(listPeriodYears(pledge).map((y) => [y.year, y]));
    const fields = new Map(pledge.fields.map((f) => [f.id, { slug: f.slug, name: localizeColumn(f, { entity: "field", key: "name", english: f.name }, filter.locale ?? DEFAULT_LOCALE).text }]));
    for (const row of await getYearBreakdown(pledge.slug, filter.asOfDay ?? null)) {
      const period = years.get(row.year)!;
      const base = { pledge: pledge.slug, year: row.year, start: period.start, end: period.end };
      out.push({ ...base, field: null, fieldName: null, planned: row.planned, actual: row.actual, state: row.state, phase: row.phase });
      for (const cell of row.cells) {
        const field = cell.fieldId === null ? undefined : fields.get(cell.fieldId);
        out.push({ ...base, field: field?.slug ?? null, fieldName: field?.name ?? null, planned: cell.planned, actual: cell.actual, state: cell.state, phase: cell.phase });
      }
    }
  }
  return out;
}
