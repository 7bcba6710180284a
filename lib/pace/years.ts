import type { PlanCell } from "./pace";
import { listPeriodYears } from "./period";
import { getCellRecord, isYearConfirmed, type CellRecord, type Verdict, type YearCheck } from "./record";

/** Published value per period year and field (fieldId null: no field), with how many updates count there. */
export type YearActual = { year: number; fieldId: number | null; value: number; updates: number };

export type YearCell = { fieldId: number | null; planned: number | null; actual: number; reported: boolean; record: CellRecord };
export type YearRecord = YearCell & { year: number; start: Date; end: Date; cells: YearCell[] };

export type YearRecordsInput = {
  now: Date;
  periodStart: Date;
  periodEnd: Date;
  /** The resolved annual plan (lib/pace: resolveAnnualPlan); empty when the pledge has none. */
  plan: PlanCell[];
  actuals: YearActual[];
  /** The pledge's fields in display order: one cell each per year. */
  fieldIds: number[];
  checks: YearCheck[];
  verdict: Verdict | null;
};

/** Every period year, overall and per field, with its plan, its published value and its record state. */
export function listYearRecords(input: YearRecordsInput): YearRecord[] {
  return listPeriodYears(input).map((y) => {
    const yearPlan = input.plan.filter((c) => c.year === y.year);
    const yearActuals = input.actuals.filter((a) => a.year === y.year);
    const cell = (fieldId: number | null, planned: number | null, rows: YearActual[]): YearCell => {
      const actual = rows.reduce((s, a) => s + a.value, 0);
      const reported = rows.some((a) => a.updates > 0);
      const confirmed = isYearConfirmed({ year: y.year, fieldId, yearEnd: y.end, checks: input.checks, verdict: input.verdict });
      return { fieldId, planned, actual, reported, record: getCellRecord({ now: input.now, start: y.start, end: y.end, planned, actual, reported, confirmed }) };
    };
    const cells = input.fieldIds.map((fieldId) => {
      const planned = yearPlan.find((c) => c.fieldId === fieldId)?.target ?? null;
      return cell(fieldId, planned, yearActuals.filter((a) => a.fieldId === fieldId));
    });
    const planned = yearPlan.length ? yearPlan.reduce((s, c) => s + c.target, 0) : null;
    const overall = cell(null, planned, yearActuals);
    const perField = cells.filter((c) => c.planned !== null);
    const record = perField.length ? combineCells(perField, overall.record) : overall.record;
    return { ...overall, record, year: y.year, start: y.start, end: y.end, cells };
  });
}

/**
 * A year with per-field plans takes its state from its cells, so a surplus in one field cannot cover another: met when
 * every cell is, missed when a cell is confirmed missed, short when anything was reported, else no report.
 */
function combineCells(cells: YearCell[], overall: CellRecord): CellRecord {
  const states = new Set(cells.map((c) => c.record.state));
  if (states.size === 1 && states.has("MET")) return { state: "MET", phase: overall.phase };
  if (states.has("MISSED")) return { state: "MISSED", phase: overall.phase };
  return { state: cells.some((c) => c.reported) ? "SHORT" : "NO_REPORT", phase: overall.phase };
}

/** Period years confirmed missed (see lib/pace/record.ts): over, short of the plan, and confirmed. */
export function listMissedYears(years: YearRecord[]): number[] {
  return years.filter((y) => y.record.state === "MISSED" || y.cells.some((c) => c.record.state === "MISSED")).map((y) => y.year);
}
