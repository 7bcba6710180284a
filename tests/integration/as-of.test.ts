import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getPledge } from "@/app/api/v1/pledges/[slug]/route";
import { GET as getUpdates } from "@/app/api/v1/pledges/[slug]/updates/route";
import { GET as getPledges } from "@/app/api/v1/pledges/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { asOfFromDay, formatUtcDay } from "@/lib/as-of/day";
import { listPublicUpdatesAsOf } from "@/lib/as-of/updates";
import { getCountryLedger } from "@/lib/countries/queries";
import { getYearBreakdown } from "@/lib/pledges/detail";
import { serveReport } from "@/lib/reports/catalog";
import { db } from "@/lib/db";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { seedReference } from "@/lib/seed/reference";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { createTestPledge, createTestUpdate, getCountryIds } from "../factories";
import { createActor, updateInput } from "./helpers";

// "As of day D": the figures as published at the end of D (UTC). D is a past day; the updates below were published
// on it (backdated), then corrected, deleted or joined by new ones today, after D.
const D = "2025-01-10";
const ON_D = new Date("2025-01-10T12:00:00Z");
const BEFORE_D = "2025-01-09";

let updateIds: { corrected: number; deleted: number; later: number };
let admin: Awaited<ReturnType<typeof createActor>>;
let pledge: Awaited<ReturnType<typeof createTestPledge>>;
let countries: number[];

async function summaryOf(asOf: string | null) {
  const all = await getPledgeSummaries(asOf ? { asOf: asOfFromDay(asOf) } : { now: new Date() });
  return all.find((p) => p.id === pledge.id)!;
}

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
  countries = await getCountryIds(db, ["KEN", "GHA", "CIV"]);
  pledge = await createTestPledge(db, { target: 100, fields: ["alpha"] });
  const field = pledge.fields[0].id;
  const corrected = await createTestUpdate(db, { pledgeId: pledge.id, fieldId: field, quantity: 5, publishedAt: ON_D, countryIds: [countries[0]] });
  const deleted = await createTestUpdate(db, { pledgeId: pledge.id, fieldId: field, quantity: 7, publishedAt: ON_D, countryIds: [countries[1]] });
  // After D: a correction (5 → 50, another country), a deletion, and a new publication.
  await correctUpdate(admin, {
    ...updateInput(pledge, { quantity: "50", eventDate: "2019-03-01", countryIds: [countries[2]] }),
    id: corrected.id,
    version: corrected.version,
    reason: "The operation's own report gives 50.",
  });
  await deleteUpdate(admin, { id: deleted.id, version: deleted.version, reason: "Published twice." });
  const later = await createTestUpdate(db, { pledgeId: pledge.id, fieldId: field, quantity: 1000 });
  updateIds = { corrected: corrected.id, deleted: deleted.id, later: later.id };
});

const api = (path: string) => new Request(`http://localhost/api/v1${path}`);
const tomorrow = () => formatUtcDay(new Date(Date.now() + 86_400_000));

async function readCsv(file: string, query: string) {
  const response = await serveReport({ request: new Request(`http://localhost/reports/${file}?${query}`), file, getUser: async () => null });
  return { status: response.status, text: await response.text() };
}

describe("getPledgeSummaries as of a day", () => {
  it("shows today's figures without as_of", async () => {
    expect(await summaryOf(null)).toMatchObject({ value: 1050, publishedUpdates: 2 });
  });

  it("leaves D unchanged by a later correction, keeps a later deletion in, and leaves a later publication out", async () => {
    const asOf = await summaryOf(D);
    expect(asOf).toMatchObject({ value: 12, publishedUpdates: 2, lastPublishedAt: ON_D.toISOString() });
  });

  it("as of today, matches today's figures: the versions follow every publish, correction and deletion", async () => {
    const today = await summaryOf(null);
    expect(await summaryOf(formatUtcDay(new Date()))).toMatchObject({ value: today.value, publishedUpdates: today.publishedUpdates });
    const feed = await listPublicUpdatesAsOf({ pledge: pledge.slug }, formatUtcDay(new Date()));
    expect(feed.items.map((u) => [u.id, u.quantity]).sort()).toEqual([[updateIds.corrected, 50], [updateIds.later, 1000]].sort());
    expect(feed.items.find((u) => u.id === updateIds.corrected)!.countries.map((c) => c.iso3)).toEqual(["CIV"]);
  });

  it("shows nothing before the first publication", async () => {
    expect(await summaryOf(BEFORE_D)).toMatchObject({ value: 0, publishedUpdates: 0, lastPublishedAt: null });
  });

  it("measures pace at the end of the day", async () => {
    const asOf = await summaryOf(D);
    const byHand = (await getPledgeSummaries({ now: asOfFromDay(D).end })).find((p) => p.id === pledge.id)!;
    expect(asOf.expectedByNow).toBe(byHand.expectedByNow);
    expect(asOf.elapsedShare).toBe(byHand.elapsedShare);
  });
});

describe("the developing-country rule as of a day", () => {
  it("counts only developing countries, through the one count", async () => {
    const countryPledge = await createTestPledge(db, { measure: "DISTINCT_COUNTRIES", target: 100 });
    const [fra, ken] = await getCountryIds(db, ["FRA", "KEN"]);
    await createTestUpdate(db, { pledgeId: countryPledge.id, countryIds: [fra, ken], publishedAt: ON_D });
    const asOf = (await getPledgeSummaries({ asOf: asOfFromDay(D) })).find((p) => p.id === countryPledge.id)!;
    const today = (await getPledgeSummaries({ now: new Date() })).find((p) => p.id === countryPledge.id)!;
    expect(asOf.value).toBe(1);
    expect(today.value).toBe(1);
  });
});

describe("the public feed as of a day", () => {
  it("lists the versions in force then, as they read then", async () => {
    const then = await listPublicUpdatesAsOf({ pledge: pledge.slug }, D);
    expect(then.items.map((u) => [u.id, u.quantity]).sort()).toEqual([[updateIds.corrected, 5], [updateIds.deleted, 7]].sort());
    const corrected = then.items.find((u) => u.id === updateIds.corrected)!;
    expect(corrected.correctedAt).toBeNull();
    expect(corrected.countries.map((c) => c.iso3)).toEqual(["KEN"]);
    const byCountry = await listPublicUpdatesAsOf({ country: "GHA" }, D);
    expect(byCountry.items.map((u) => u.id)).toContain(updateIds.deleted);
    expect((await listPublicUpdatesAsOf({ pledge: pledge.slug }, BEFORE_D)).total).toBe(0);
  });
});

describe("breakdowns as of a day", () => {
  it("sums the year and the country ledger from the versions in force", async () => {
    const years = await getYearBreakdown(pledge.slug, D);
    expect(years.find((y) => y.year === 2)!.actual).toBe(12); // 2019-03-01 is in the second period year
    const ledger = await getCountryLedger(D);
    const reached = (iso3: string) => ledger.rows.find((r) => r.iso3 === iso3)?.pledges.find((p) => p.slug === pledge.slug);
    expect(reached("KEN")).toMatchObject({ updates: 1, quantity: 5 });
    expect(reached("GHA")).toMatchObject({ updates: 1, quantity: 7 });
    expect(reached("CIV")).toBeUndefined();
    const today = await getCountryLedger();
    expect(today.rows.find((r) => r.iso3 === "CIV")?.pledges.find((p) => p.slug === pledge.slug)).toMatchObject({ quantity: 50 });
  });
});

describe("CSV reports honour as_of", () => {
  it("exports the summary and the updates log as published on D", async () => {
    const summary = await readCsv("pledge-summary.csv", `as_of=${D}`);
    expect(summary.status).toBe(200);
    const row = (parse(summary.text, { columns: true }) as Record<string, string>[]).find((r) => r.pledge === pledge.slug)!;
    expect(row).toMatchObject({ value: "12", published_updates: "2" });
    const log = await readCsv("updates-log.csv", `pledge=${pledge.slug}&as_of=${D}`);
    expect(log.status).toBe(200);
    const rows = parse(log.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.quantity)).sort((a, b) => a - b)).toEqual([5, 7]);
    const ledger = await readCsv("country-ledger.csv", `pledge=${pledge.slug}&as_of=${D}`);
    expect((parse(ledger.text, { columns: true }) as Record<string, string>[]).map((r) => r.country_code).sort()).toEqual(["GHA", "KEN"]);
    const annual = await readCsv("annual-breakdown.csv", `pledge=${pledge.slug}&as_of=${D}`);
    expect((parse(annual.text, { columns: true }) as Record<string, string>[]).find((r) => r.year === "2" && r.field === "")).toMatchObject({ actual: "12" });
  });

  it.each(["pledge-summary.csv", "updates-log.csv", "country-ledger.csv", "annual-breakdown.csv"])("answers a bad or future as_of on %s with a 400 naming it", async (file) => {
    for (const bad of ["2021-02-30", "yesterday", tomorrow()]) {
      const response = await readCsv(file, `as_of=${bad}`);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.text)).toMatchObject({ error: { code: "invalid_parameter", fields: { as_of: [expect.any(String)] } } });
    }
  });
});

describe("the JSON API honours as_of", () => {
  it("serves the pledges, one pledge, its updates and the countries as published on D", async () => {
    const list = await (await getPledges(api(`/pledges?as_of=${D}`))).json();
    expect(list.items.find((p: { slug: string }) => p.slug === pledge.slug)).toMatchObject({ value: 12, publishedUpdates: 2 });
    const one = await (await getPledge(api(`/pledges/${pledge.slug}?as_of=${D}`), { params: Promise.resolve({ slug: pledge.slug }) })).json();
    expect(one).toMatchObject({ value: 12 });
    const updates = await (await getUpdates(api(`/pledges/${pledge.slug}/updates?as_of=${D}`), { params: Promise.resolve({ slug: pledge.slug }) })).json();
    expect(updates.items.map((u: { quantity: number }) => u.quantity).sort()).toEqual([5, 7]);
    const countries = await (await getCountries(api(`/countries?as_of=${D}`))).json();
    const ghana = countries.items.find((c: { iso3: string }) => c.iso3 === "GHA");
    expect(ghana.pledges).toContain(pledge.slug);
  });

  it("answers a bad or future as_of with a 400 naming it", async () => {
    const responses = [
      await getPledges(api("/pledges?as_of=2021-13-01")),
      await getPledge(api(`/pledges/${pledge.slug}?as_of=${tomorrow()}`), { params: Promise.resolve({ slug: pledge.slug }) }),
      await getUpdates(api(`/pledges/${pledge.slug}/updates?as_of=12.03.2021`), { params: Promise.resolve({ slug: pledge.slug }) }),
      await getCountries(api(`/countries?as_of=${tomorrow()}`)),
    ];
    for (const response of responses) {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_parameter", fields: { as_of: [expect.any(String)] } } });
    }
  });
});
