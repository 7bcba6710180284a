import { describe, expect, it } from "vitest";
import { resolveAnnualPlan } from "./pace";
import { createTranslator } from "next-intl";
import { LOCALES } from "@/lib/i18n/locales";
import { describeCell, describePeriodEnd, getCellRecord, getPledgeRecord, isYearConfirmed, readRecordKey, type Phase, type RecordState, type YearCheck } from "./record";
import { listMissedYears, listYearRecords, type YearActual } from "./years";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const periodStart = at("2017-09-26");
const periodEnd = at("2022-09-25");
const BEFORE = at("2017-01-01");
const DURING = at("2020-03-26");
const AFTER = at("2026-11-27");

describe("getPledgeRecord: the pledge as a whole", () => {
  const base = { periodStart, periodEnd, met: false, hasProgress: false, verdict: null };

  it("before the start: not started, never a failure", () => {
    expect(getPledgeRecord({ ...base, now: BEFORE })).toMatchObject({ phase: "BEFORE_START", state: "NO_REPORT", label: "Period not started", tone: "neutral" });
  });

  it("empty, during and after the period: no report, worded as computed, never missed", () => {
    expect(getPledgeRecord({ ...base, now: DURING })).toMatchObject({ phase: "DURING", state: "NO_REPORT", assessed: false });
    const after = getPledgeRecord({ ...base, now: AFTER });
    expect(after).toMatchObject({ phase: "AFTER_END", state: "NO_REPORT", label: "Not assessed: no progress has been published", tone: "neutral" });
  });

  it("partial: short (never missed) until a final assessment confirms it", () => {
    expect(getPledgeRecord({ ...base, now: DURING, hasProgress: true })).toMatchObject({ state: "SHORT", label: "Short of the target so far" });
    expect(getPledgeRecord({ ...base, now: AFTER, hasProgress: true })).toMatchObject({ state: "SHORT", assessed: false });
    const assessed = getPledgeRecord({ ...base, now: AFTER, hasProgress: true, verdict: "NOT_ACHIEVED" });
    expect(assessed).toMatchObject({ state: "MISSED", assessed: true, label: "Final assessment: Not achieved", tone: "bad" });
    expect(getPledgeRecord({ ...base, now: AFTER, hasProgress: true, verdict: "PARTLY_ACHIEVED" }).state).toBe("MISSED");
  });

  it("met: met during and after the period; an achieved verdict is met", () => {
    expect(getPledgeRecord({ ...base, now: DURING, met: true, hasProgress: true }).state).toBe("MET");
    expect(getPledgeRecord({ ...base, now: AFTER, met: true, hasProgress: true }).state).toBe("MET");
    expect(getPledgeRecord({ ...base, now: AFTER, verdict: "ACHIEVED" })).toMatchObject({ state: "MET", assessed: true });
  });

  it("'cannot be assessed' confirms nothing: the computed state stays", () => {
    expect(getPledgeRecord({ ...base, now: AFTER, verdict: "CANNOT_BE_ASSESSED" })).toMatchObject({ state: "NO_REPORT", assessed: true, label: "Final assessment: Cannot be assessed" });
  });

  it("says when the period ended, only once it has", () => {
    expect(describePeriodEnd({ phase: "AFTER_END" }, periodEnd)).toBe("Period ended on 25 Sept 2022");
    expect(describePeriodEnd({ phase: "DURING" }, periodEnd)).toBeNull();
  });
});

describe("getCellRecord: one year or year × field", () => {
  const year = { start: at("2018-09-26"), end: at("2019-09-26"), planned: 1 };

  it("before, during and after the year, with nothing reported: no report", () => {
    for (const now of [BEFORE, at("2019-01-01"), AFTER]) {
      expect(getCellRecord({ ...year, now, actual: 0, reported: false, confirmed: false }).state).toBe("NO_REPORT");
    }
    expect(describeCell(getCellRecord({ ...year, now: BEFORE, actual: 0, reported: false, confirmed: false })).key).toBe("notStarted");
    expect(describeCell(getCellRecord({ ...year, now: AFTER, actual: 0, reported: false, confirmed: false }))).toMatchObject({ key: "noReport", tone: "neutral" });
  });

  it("missed only once the year is over and confirmed", () => {
    expect(getCellRecord({ ...year, now: at("2019-01-01"), actual: 0, reported: false, confirmed: true }).state).toBe("NO_REPORT");
    expect(getCellRecord({ ...year, now: AFTER, actual: 0, reported: false, confirmed: true }).state).toBe("MISSED");
    expect(getCellRecord({ ...year, now: AFTER, actual: 0, reported: true, confirmed: false }).state).toBe("SHORT");
  });

  it("met as soon as the published value reaches the plan", () => {
    expect(getCellRecord({ ...year, now: at("2019-01-01"), actual: 1, reported: true, confirmed: false }).state).toBe("MET");
  });

  it("a check confirms its year (all fields, or its own field) only when made after the year ended", () => {
    const checks: YearCheck[] = [{ year: 2, fieldId: null, checkedAt: at("2019-10-01") }, { year: 3, fieldId: 7, checkedAt: at("2020-12-01") }];
    expect(isYearConfirmed({ year: 2, fieldId: 7, yearEnd: at("2019-09-26"), checks })).toBe(true);
    expect(isYearConfirmed({ year: 3, fieldId: 7, yearEnd: at("2020-09-26"), checks })).toBe(true);
    expect(isYearConfirmed({ year: 3, fieldId: 8, yearEnd: at("2020-09-26"), checks })).toBe(false);
    expect(isYearConfirmed({ year: 3, fieldId: 7, yearEnd: at("2021-09-26"), checks })).toBe(false);
    expect(isYearConfirmed({ year: 4, fieldId: 7, yearEnd: at("2021-09-26"), checks: [], verdict: "NOT_ACHIEVED" })).toBe(true);
    expect(isYearConfirmed({ year: 4, fieldId: 7, yearEnd: at("2021-09-26"), checks: [], verdict: "CANNOT_BE_ASSESSED" })).toBe(false);
  });
});

describe("listYearRecords: a recurring target (3 fields × 5 years, one each)", () => {
  const fieldIds = [1, 2, 3];
  const plan = resolveAnnualPlan({
    cadence: "ANNUAL", target: 15, periodStart, periodEnd,
    annualPlan: [1, 2, 3, 4, 5].flatMap((y) => fieldIds.map((fieldId) => ({ year: y, fieldId, target: 1 }))),
  });
  const records = (over: { now?: Date; actuals?: YearActual[]; checks?: YearCheck[]; verdict?: "NOT_ACHIEVED" | null }) =>
    listYearRecords({ now: over.now ?? AFTER, periodStart, periodEnd, plan, fieldIds, actuals: over.actuals ?? [], checks: over.checks ?? [], verdict: over.verdict ?? null });

  it("without reports (a fresh install): fifteen 'No report' cells and no missed year", () => {
    const years = records({});
    expect(years).toHaveLength(5);
    expect(years.flatMap((y) => y.cells.map((c) => c.record.state))).toEqual(Array(15).fill("NO_REPORT"));
    expect(years.every((y) => y.record.state === "NO_REPORT")).toBe(true);
    expect(listMissedYears(years)).toEqual([]);
  });

  it("with reports: met cells, short years, and missed only where an editor confirmed it", () => {
    const actuals: YearActual[] = [
      { year: 1, fieldId: 1, value: 1, updates: 1 }, { year: 1, fieldId: 2, value: 1, updates: 1 }, { year: 1, fieldId: 3, value: 2, updates: 2 },
      { year: 2, fieldId: 1, value: 5, updates: 1 },
    ];
    const checks: YearCheck[] = [{ year: 3, fieldId: null, checkedAt: at("2021-01-01") }];
    const years = records({ actuals, checks });
    expect(years.map((y) => y.record.state)).toEqual(["MET", "SHORT", "MISSED", "NO_REPORT", "NO_REPORT"]);
    expect(years[1].cells.map((c) => c.record.state)).toEqual(["MET", "NO_REPORT", "NO_REPORT"]);
    expect(listMissedYears(years)).toEqual([3]);
  });

  it("a final assessment confirms every unmet year once the period is over", () => {
    const years = records({ verdict: "NOT_ACHIEVED" });
    expect(listMissedYears(years)).toEqual([1, 2, 3, 4, 5]);
  });

  it("during the period, later years are not started", () => {
    const years = records({ now: DURING });
    expect(years.map((y) => y.record.phase)).toEqual(["AFTER_END", "AFTER_END", "DURING", "BEFORE_START", "BEFORE_START"]);
    expect(listMissedYears(years)).toEqual([]);
  });
});

describe("record words: keys the pages translate, English the CSV and API keep", () => {
  const phases: Phase[] = ["BEFORE_START", "DURING", "AFTER_END"];
  const states: RecordState[] = ["NO_REPORT", "SHORT", "MISSED", "MET"];
  const catalogue = async (locale: string) => (await import(`@/lib/i18n/messages/${locale}/pledges.json`)).default;

  it("gives the computed record the key of the English words it carries, and assessed ones their verdict", async () => {
    const t = createTranslator({ locale: "en", messages: { pledges: await catalogue("en") }, namespace: "pledges.record" });
    const base = { periodStart, periodEnd, verdict: null };
    for (const now of [BEFORE, DURING, AFTER]) {
      for (const [met, hasProgress] of [[false, false], [false, true], [true, true]]) {
        const { phase, ...record } = getPledgeRecord({ ...base, now, met, hasProgress });
        expect(t(readRecordKey({ phase, ...record }))).toBe(record.label);
      }
    }
    expect(readRecordKey({ phase: "AFTER_END", state: "MISSED", assessed: true })).toBe("assessed");
    expect(getPledgeRecord({ ...base, now: DURING, met: false, hasProgress: true }).tone).toBe("warn");
    expect(getPledgeRecord({ ...base, now: BEFORE, met: false, hasProgress: true })).toMatchObject({ label: "Period not started", tone: "neutral" });
  });

  it("has words for every record and cell key in every language", async () => {
    const cells = phases.flatMap((phase) => states.map((state) => describeCell({ state, phase }).key));
    const records = phases.flatMap((phase) => states.flatMap((state) => [true, false].map((assessed) => readRecordKey({ phase, state, assessed }))));
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: { pledges: await catalogue(locale) }, namespace: "pledges" });
      for (const key of new Set(cells)) expect(t.has(`charts.cell.${key}`), `${locale} ${key}`).toBe(true);
      for (const key of new Set(records)) expect(t.has(`record.${key}`), `${locale} ${key}`).toBe(true);
      expect(t("record.assessed", { verdict: "X" })).toContain("X");
    }
  });
});
