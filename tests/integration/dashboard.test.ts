import { beforeAll, describe, expect, it } from "vitest";
import { markPublicChange } from "@/lib/cache";
import { createDb, db, provider } from "@/lib/db";
import { filterLedgerRows, getCountryLedger } from "@/lib/countries/queries";
import { getFieldBreakdown, getRegionBreakdown, getTopCountries } from "@/lib/pledges/breakdowns";
import { getCumulativeSeries, getYearBreakdown } from "@/lib/pledges/detail";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { hasSampleData, listPublicUpdates } from "@/lib/updates/public";
import { seedReference } from "@/lib/seed/reference";
import { removeSampleData } from "@/lib/seed/sample";
import { createTestPledge, createTestUpdate, getCountryIds } from "../factories";

beforeAll(async () => {
  await seedReference(db);
});

async function summaryOf(slug: string) {
  const summary = (await getPledgeSummaries()).find((p) => p.slug === slug);
  if (!summary) throw new Error(`no summary for ${slug}`);
  return summary;
}

describe(`dashboard queries on ${provider}`, () => {
  it("summarises every pledge from published, non-deleted updates only", async () => {
    const pledge = await createTestPledge(db, { target: 100 });
    for (const state of ["DRAFT", "SUBMITTED", "RETURNED"] as const) await createTestUpdate(db, { pledgeId: pledge.id, state, quantity: 50 });
    await createTestUpdate(db, { pledgeId: pledge.id, quantity: 30, deletedAt: new Date() });
    await createTestUpdate(db, { pledgeId: pledge.id, quantity: 25 });
    await markPublicChange(db);
    const summary = await summaryOf(pledge.slug);
    expect(summary).toMatchObject({ value: 25, percentComplete: 25, publishedUpdates: 1, target: 100, unit: "things" });
    expect(summary.lastPublishedAt).toEqual(expect.any(String));
    // The period is over and the data fall short: a computed state, never a verdict, until an assessment exists.
    expect(summary.paceStatus).toBe("ENDED_SHORT");
    expect(summary.record).toMatchObject({ state: "SHORT", assessed: false, label: "Not assessed: the published data fall short of the target" });
    expect(summary).toMatchObject({ phase: "AFTER_END", projected: null, assessment: null });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    for (const seeded of ["joint-operations", "systems-and-labs", "training"]) expect((await summaryOf(seeded)).slug).toBe(seeded);
  });

  it("reflects writes through this or another connection at once, without an explicit invalidation", async () => {
    const pledge = await createTestPledge(db, { target: 10 });
    expect((await summaryOf(pledge.slug)).value).toBe(0);
    await createTestUpdate(db, { pledgeId: pledge.id, quantity: 1 });
    expect((await summaryOf(pledge.slug)).value).toBe(1);
    const other = createDb(process.env.DATABASE_URL);
    try {
      await createTestUpdate(other.db, { pledgeId: pledge.id, quantity: 4 });
    } finally {
      await other.db.$disconnect();
    }
    expect((await summaryOf(pledge.slug)).value).toBe(5);
  });

  it("counts distinct countries per pledge, per region and per workstream", async () => {
    const pledge = await createTestPledge(db, { measure: "DISTINCT_COUNTRIES", target: 100, fields: ["comms", "labs"] });
    const [ken, gha, per] = await getCountryIds(db, ["KEN", "GHA", "PER"]);
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, countryIds: [ken, gha] });
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[1].id, countryIds: [ken, per] });
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[1].id, countryIds: [per], state: "DRAFT" });
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[1].id, countryIds: [gha], deletedAt: new Date() });
    await markPublicChange(db);
    expect((await summaryOf(pledge.slug)).value).toBe(3);
    // The cached summaries agree with a fresh, uncached computation.
    const fresh = await getPledgeSummaries({ now: new Date() });
    expect((await getPledgeSummaries()).map((s) => [s.slug, s.value])).toEqual(fresh.map((s) => [s.slug, s.value]));
    const fields = await getFieldBreakdown(pledge.id);
    expect(fields.map((f) => [f.label, f.updates, f.countries])).toEqual([
      ["comms", 1, 2],
      ["labs", 1, 2],
    ]);
    const regions = await getRegionBreakdown(pledge.id);
    expect(regions.map((r) => [r.label, r.countries, r.updates])).toEqual([
      ["Africa", 2, 2],
      ["Americas", 1, 1],
    ]);
    const top = await getTopCountries(pledge.id, 10);
    expect(top[0]).toMatchObject({ iso3: "KEN", updates: 2 });
    expect(top.map((c) => c.iso3).sort()).toEqual(["GHA", "KEN", "PER"]);

    const ledger = await getCountryLedger();
    const kenya = ledger.rows.find((r) => r.iso3 === "KEN");
    expect(kenya?.workstreams[`${pledge.slug}/0-comms`]).toMatchObject({ reached: true, updates: 1 });
    expect(kenya?.workstreams[`${pledge.slug}/1-labs`]).toMatchObject({ reached: true, updates: 1 });
    const onlyLabs = filterLedgerRows(ledger.rows, { workstream: `${pledge.slug}/1-labs` }).map((r) => r.iso3);
    expect(onlyLabs).toEqual(expect.arrayContaining(["KEN", "PER"]));
    expect(onlyLabs).not.toContain("GHA");
    const americas = filterLedgerRows(ledger.rows, { region: "Americas" });
    expect(americas.every((r) => r.region === "Americas")).toBe(true);
  });

  it("aggregates per period year and field against the plan, and accumulates by month", async () => {
    const pledge = await createTestPledge(db, { target: 4, fields: ["a", "b"] });
    await db.pledge.update({ where: { id: pledge.id }, data: { cadence: "ANNUAL" } });
    await db.annualTarget.createMany({
      data: [1, 2].flatMap((year) => pledge.fields.map((f) => ({ pledgeId: pledge.id, fieldId: f.id, year, target: 0.4 }))),
    });
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 3, eventDate: new Date("2017-10-15T00:00:00Z") });
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[1].id, quantity: 2, eventDate: new Date("2019-01-15T00:00:00Z") });
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[1].id, quantity: 9, eventDate: new Date("2019-02-15T00:00:00Z"), state: "SUBMITTED" });
    await markPublicChange(db);
    const years = await getYearBreakdown(pledge.slug);
    expect(years.map((y) => y.actual)).toEqual([3, 2, 0, 0, 0]);
    expect(years[0].cells.map((c) => [c.actual, c.state])).toEqual([
      [3, "MET"],
      [0, "NO_REPORT"],
    ]);
    const series = await getCumulativeSeries(pledge.slug);
    expect(series[0]).toMatchObject({ month: "2017-09", actual: 0 });
    expect(series.find((p) => p.month === "2017-10")?.actual).toBe(3);
    expect(series.find((p) => p.month === "2019-01")?.actual).toBe(5);
    expect(series.at(-1)).toMatchObject({ month: "2022-09", actual: 5 });
    const summary = await summaryOf(pledge.slug);
    expect(summary.value).toBe(5);
    expect(summary.counted).toBeCloseTo(0.8);
    // Short in the published data, but nobody confirmed a miss: no missed year.
    expect(summary.missedYears).toEqual([]);
    expect(summary.shortYears).toEqual([1, 2]);
  });

  it("pages the public feed, filters by pledge and country, and flags sample data", async () => {
    const pledge = await createTestPledge(db);
    const [mli] = await getCountryIds(db, ["MLI"]);
    for (let i = 0; i < 23; i++) await createTestUpdate(db, { pledgeId: pledge.id, quantity: 1, countryIds: i === 0 ? [mli] : [] });
    await createTestUpdate(db, { pledgeId: pledge.id, state: "DRAFT", countryIds: [mli] });
    await markPublicChange(db);
    const first = await listPublicUpdates({ pledge: pledge.slug, page: 1 });
    expect(first).toMatchObject({ total: 23, pageCount: 2, page: 1 });
    expect(first.items).toHaveLength(20);
    expect((await listPublicUpdates({ pledge: pledge.slug, page: 9 })).items).toHaveLength(3);
    const mali = await listPublicUpdates({ pledge: pledge.slug, country: "MLI" });
    expect(mali.total).toBe(1);
    expect((await listPublicUpdates({ pledge: "no-such-pledge" })).total).toBe(0);

    // Start from no sample data at all, whatever earlier files left, so both answers are checked every run.
    await removeSampleData(db);
    expect(await hasSampleData()).toBe(false);
    await createTestUpdate(db, { pledgeId: pledge.id, isSample: true });
    await markPublicChange(db);
    expect(await hasSampleData()).toBe(true);
    await removeSampleData(db);
    expect(await hasSampleData()).toBe(false);
  });
});
