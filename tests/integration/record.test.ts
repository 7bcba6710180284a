import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { readApiPledge } from "@/lib/api/pledges";
import { correctFinalAssessment, recordFinalAssessment } from "@/lib/assessments/actions";
import { listAssessmentVersions } from "@/lib/assessments/queries";
import type { SessionUser } from "@/lib/auth/permissions";
import { markPublicChange } from "@/lib/cache";
import { getCountryLedger } from "@/lib/countries/queries";
import { db, provider } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { getFieldBreakdown } from "@/lib/pledges/breakdowns";
import { getYearBreakdown } from "@/lib/pledges/detail";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createTestPledge, createTestUpdate, getCountryIds } from "../factories";
import { createActor } from "./helpers";

async function summaryOf(slug: string) {
  const summary = (await getPledgeSummaries()).find((p) => p.slug === slug);
  if (!summary) throw new Error(`no summary for ${slug}`);
  return summary;
}

async function csvRow(pledge: string): Promise<Record<string, string>> {
  const response = await serveReport({ request: new Request("http://localhost/reports/pledge-summary.csv"), file: "pledge-summary.csv", getUser: async () => null });
  const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
  return rows.find((r) => r.pledge === pledge)!;
}

let admin: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
  editor = await createActor("EDITOR");
});

describe(`the developing-country rule, applied once, on ${provider}`, () => {
  it("an update naming a developed and a developing country counts one, everywhere, baseline included", async () => {
    const pledge = await createTestPledge(db, { measure: "DISTINCT_COUNTRIES", target: 100, fields: ["comms"] });
    await db.pledge.update({ where: { id: pledge.id }, data: { baseline: 5 } });
    const [fra, ken] = await getCountryIds(db, ["FRA", "KEN"]);
    expect(await db.country.findMany({ where: { id: { in: [fra, ken] } }, select: { iso3: true, developing: true }, orderBy: { iso3: "asc" } })).toEqual([
      { iso3: "FRA", developing: false },
      { iso3: "KEN", developing: true },
    ]);
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, countryIds: [fra, ken] });
    await markPublicChange(db);

    const summary = await summaryOf(pledge.slug);
    expect(summary.value).toBe(6); // baseline 5 + Kenya; France is reached but not counted
    expect((await readApiPledge(pledge.slug)).value).toBe(6);
    expect((await csvRow(pledge.slug)).value).toBe("6");
    expect((await getFieldBreakdown(pledge.id)).map((f) => f.countries)).toEqual([1]);
    expect((await getYearBreakdown(pledge.slug)).find((y) => y.year === 2)?.cells.map((c) => c.actual)).toEqual([1]);

    const ledger = await getCountryLedger();
    expect(ledger.rows.find((r) => r.iso3 === "FRA")).toMatchObject({ developing: false });
    // The /countries headline is the country pledge's value, computed by the same rule as the card.
    expect(ledger.countryPledge?.reached).toBe((await summaryOf(ledger.countryPledge!.slug)).value);
  });
});

describe(`final assessment on ${provider}`, () => {
  const input = (pledgeId: number, overrides: Record<string, unknown> = {}) => ({
    pledgeId,
    verdict: "PARTLY_ACHIEVED",
    finalValue: "9",
    methodNote: "Published updates checked against the ministry's annual reports.",
    sources: "https://www.interpol.int/en/News-and-Events\nMinistry of Public Security, annual report 2022",
    assessedOn: "2026-11-20",
    ...overrides,
  });

  it("until one exists the state is computed and worded as computed; nothing is missed", async () => {
    const pledge = await createTestPledge(db, { target: 10 });
    const summary = await summaryOf(pledge.slug);
    expect(summary).toMatchObject({ phase: "AFTER_END", periodEnded: "Period ended on 25 Sept 2022", assessment: null, missedYears: [] });
    expect(summary.record).toMatchObject({ state: "NO_REPORT", assessed: false, label: "Not assessed: no progress has been published" });
  });

  it("is recorded by an admin, then changes only through a correction with a reason, keeping every version", async () => {
    const pledge = await createTestPledge(db, { target: 10 });
    await createTestUpdate(db, { pledgeId: pledge.id, quantity: 9 });
    await expect(recordFinalAssessment(editor, input(pledge.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordFinalAssessment(admin, input(pledge.id, { sources: "" }))).rejects.toBeInstanceOf(ValidationError);
    await expect(recordFinalAssessment(admin, input(pledge.id, { sources: "javascript:alert(1)" }))).rejects.toBeInstanceOf(ValidationError);
    const versionBefore = (await db.publicState.findUnique({ where: { id: 1 } }))?.version ?? 0;

    await recordFinalAssessment(admin, input(pledge.id));
    let summary = await summaryOf(pledge.slug);
    expect(summary.assessment).toMatchObject({ version: 1, verdict: "PARTLY_ACHIEVED", finalValue: 9, assessedBy: admin.name, assessedOn: "2026-11-20", reason: null });
    expect(summary.assessment?.sources).toEqual(["https://www.interpol.int/en/News-and-Events", "Ministry of Public Security, annual report 2022"]);
    expect(summary.record).toMatchObject({ state: "MISSED", assessed: true, label: "Final assessment: Partly achieved" });
    expect((await readApiPledge(pledge.slug)).assessment).toMatchObject({ verdict: "PARTLY_ACHIEVED", version: 1 });
    expect(await csvRow(pledge.slug)).toMatchObject({ assessment_verdict: "PARTLY_ACHIEVED", assessment_final_value: "9", assessed_by: admin.name, assessment_date: "2026-11-20" });
    expect((await db.publicState.findUnique({ where: { id: 1 } }))?.version).toBeGreaterThan(versionBefore);

    // A second record is refused: only a correction changes it.
    await expect(recordFinalAssessment(admin, input(pledge.id, { verdict: "ACHIEVED" }))).rejects.toBeInstanceOf(ConflictError);
    await expect(correctFinalAssessment(admin, { ...input(pledge.id, { verdict: "NOT_ACHIEVED" }), expectedVersion: 1, reason: "" })).rejects.toBeInstanceOf(ValidationError);
    await correctFinalAssessment(admin, { ...input(pledge.id, { verdict: "NOT_ACHIEVED", finalValue: "8" }), expectedVersion: 1, reason: "One operation was double-counted." });
    // A correction based on the version it replaced is stale.
    await expect(correctFinalAssessment(admin, { ...input(pledge.id, { verdict: "ACHIEVED" }), expectedVersion: 1, reason: "Based on an old page." })).rejects.toBeInstanceOf(ConflictError);

    summary = await summaryOf(pledge.slug);
    expect(summary.assessment).toMatchObject({ version: 2, verdict: "NOT_ACHIEVED", finalValue: 8, reason: "One operation was double-counted." });
    expect((await listAssessmentVersions(pledge.id)).map((v) => [v.version, v.verdict, v.reason])).toEqual([
      [2, "NOT_ACHIEVED", "One operation was double-counted."],
      [1, "PARTLY_ACHIEVED", null],
    ]);
    const changes = await db.publicChange.findMany({ where: { pledgeId: pledge.id, kind: "ASSESSMENT" }, orderBy: { id: "asc" } });
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ reason: "One operation was double-counted.", actorName: admin.name });
    expect(JSON.parse(changes[1].diff!)).toEqual([
      { field: "verdict", before: "PARTLY_ACHIEVED", after: "NOT_ACHIEVED" },
      { field: "finalValue", before: 9, after: 8 },
    ]);
    const audit = await db.auditLog.findMany({ where: { entityType: "assessment", action: { in: ["assessment.record", "assessment.correct"] }, actorId: admin.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(expect.arrayContaining(["assessment.correct", "assessment.record"]));
  });

  it("confirms the unmet years of a recurring target once recorded; before, silence stays 'No report'", async () => {
    const pledge = await createTestPledge(db, { target: 2, fields: ["a", "b"] });
    await db.pledge.update({ where: { id: pledge.id }, data: { cadence: "ANNUAL" } });
    await db.annualTarget.createMany({ data: pledge.fields.map((f) => ({ pledgeId: pledge.id, fieldId: f.id, year: 1, target: 1 })) });
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 1, eventDate: new Date("2017-10-15T00:00:00Z") });
    let years = await getYearBreakdown(pledge.slug);
    expect(years[0].cells.map((c) => c.state)).toEqual(["MET", "NO_REPORT"]);
    expect((await summaryOf(pledge.slug)).missedYears).toEqual([]);

    // An editor's check for year 1 and field b, recorded after the year ended, confirms it.
    await db.pledgeCheck.create({ data: { pledgeId: pledge.id, year: 1, fieldId: pledge.fields[1].id, note: "Checked the sources: nothing." } });
    await markPublicChange(db);
    years = await getYearBreakdown(pledge.slug);
    expect(years[0].cells.map((c) => c.state)).toEqual(["MET", "MISSED"]);
    expect((await summaryOf(pledge.slug)).missedYears).toEqual([1]);
  });

  it("is refused before the period is over", async () => {
    const pledge = await createTestPledge(db, { target: 10 });
    await db.pledge.update({ where: { id: pledge.id }, data: { periodEnd: new Date("2099-12-31T00:00:00Z") } });
    await expect(recordFinalAssessment(admin, input(pledge.id))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.finalAssessment.count({ where: { pledgeId: pledge.id } })).toBe(0);
  });
});
