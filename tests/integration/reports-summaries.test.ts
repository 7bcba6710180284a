import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { markPublicChange } from "@/lib/cache";
import { db } from "@/lib/db";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createTestPledge, createTestUpdate, getCountryIds } from "../factories";

async function readReport(file: string, query = ""): Promise<Record<string, string>[]> {
  const response = await serveReport({ request: new Request(`http://localhost/reports/${file}?${query}`), file, getUser: async () => null });
  expect(response.status, await response.clone().text()).toBe(200);
  expect(response.headers.get("content-disposition")).toContain(`filename="${file.replace(".csv", "")}-`);
  return parse(await response.text(), { columns: true }) as Record<string, string>[];
}

let pledge: Awaited<ReturnType<typeof createTestPledge>>;

beforeAll(async () => {
  await seedReference(db);
  pledge = await createTestPledge(db, { measure: "DISTINCT_COUNTRIES", target: 100, fields: ["comms", "labs"] });
  const [civ, chn, ken] = await getCountryIds(db, ["CIV", "CHN", "KEN"]);
  await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, countryIds: [civ, chn] });
  await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[1].id, countryIds: [civ] });
  await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[1].id, countryIds: [ken], state: "DRAFT" });
  await db.countryDelivery.create({ data: { pledgeId: pledge.id, fieldId: pledge.fields[1].id, countryId: ken, status: "PLANNED" } });
  await markPublicChange(db);
});

describe("pledge summary export", () => {
  it("has one row per pledge with the dashboard's numbers", async () => {
    const rows = await readReport("pledge-summary.csv");
    const summaries = await getPledgeSummaries();
    expect(rows.map((r) => r.pledge)).toEqual(summaries.map((s) => s.slug));
    const mine = rows.find((r) => r.pledge === pledge.slug)!;
    const summary = summaries.find((s) => s.slug === pledge.slug)!;
    expect(mine).toMatchObject({
      target: "100",
      value: "2",
      percent_complete: String(summary.percentComplete),
      expected_by_now: String(summary.expectedByNow),
      projected: summary.projected === null ? "" : String(summary.projected),
      status: summary.status,
      published_updates: "2",
      last_update: summary.lastPublishedAt,
      period_start: "2017-09-26",
    });
    expect(Object.keys(mine)).toContain("pace_status");
  });
});

describe("country ledger export", () => {
  it("lists country × workstream with reach from published updates and the delivery status", async () => {
    const rows = (await readReport("country-ledger.csv", `pledge=${pledge.slug}`)).map((r) => [r.country_code, r.workstream, r.reached_by_updates, r.published_updates, r.delivery_status, r.delivery_is_sample]);
    expect(rows).toEqual([
      ["CHN", pledge.fields[0].slug, "true", "1", "", "false"],
      ["CIV", pledge.fields[0].slug, "true", "1", "", "false"],
      ["CIV", pledge.fields[1].slug, "true", "1", "", "false"],
      ["KEN", pledge.fields[1].slug, "false", "0", "PLANNED", "false"],
    ]);
  });

  it("filters by region and refuses an unknown pledge", async () => {
    const africa = await readReport("country-ledger.csv", `pledge=${pledge.slug}&region=Africa`);
    expect([...new Set(africa.map((r) => r.country_code))]).toEqual(["CIV", "KEN"]);
    const response = await serveReport({ request: new Request("http://localhost/reports/country-ledger.csv?pledge=nope"), file: "country-ledger.csv", getUser: async () => null });
    expect(response.status).toBe(400);
  });
});

describe("annual breakdown export", () => {
  it("gives pledge × year × field against the annual plan", async () => {
    const rows = await readReport("annual-breakdown.csv", "pledge=joint-operations");
    const plan = await db.annualTarget.findMany({ where: { pledge: { slug: "joint-operations" } }, include: { field: true } });
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(["1", "2", "3", "4", "5"]));
    expect(rows.filter((r) => r.year === "1").map((r) => r.field)).toEqual(["", "terrorism", "cybercrime", "new-organized-crime"]);
    expect(rows[0]).toMatchObject({ pledge: "joint-operations", year_start: "2017-09-26", year_end: "2018-09-25" });
    for (const target of plan) {
      const row = rows.find((r) => r.year === String(target.year) && r.field === (target.field?.slug ?? ""));
      expect(row?.planned, `year ${target.year} ${target.field?.slug}`).toBe(String(target.target));
    }
    expect(rows.every((r) => r.actual === "0")).toBe(true);
  });
});
