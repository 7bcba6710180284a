import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatUtcDay } from "@/lib/as-of/day";
import { listPublicUpdatesAsOf } from "@/lib/as-of/updates";
import { markPublicChange } from "@/lib/cache";
import { db, Prisma, provider } from "@/lib/db";
import { sqlDate } from "@/lib/db/sql";
import { seedReference } from "@/lib/seed/reference";
import { listPublicUpdates, type UpdateFilter } from "@/lib/updates/public";
import { createTestPledge, getCountryIds } from "../factories";

// The as-of feed's filters run in SQL whatever the number of matching updates: more updates of one evidence level
// than a statement may carry bind variables (SQLite 32,766, PostgreSQL 65,535), written straight in SQL here.
const COUNT = 80_000;
const MATCHING = COUNT - COUNT / 10; // every tenth is self-reported, the rest corroborated: 72,000
const PUBLISHED = new Date("2025-02-01T12:00:00Z");

let pledge: Awaited<ReturnType<typeof createTestPledge>>;
let kenya: number;
// PostgreSQL types a parameter in a SELECT list as text: name the column's type there.
const pgCast = (type: string) => Prisma.raw(provider === "postgresql" ? `::${type}` : "");

beforeAll(async () => {
  await seedReference(db);
  pledge = await createTestPledge(db, { target: 100 });
  [kenya] = await getCountryIds(db, ["KEN"]);
  const published = sqlDate(PUBLISHED);
  await db.$executeRaw`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT})
    INSERT INTO progress_updates ("pledgeId", "eventDate", "quantity", "title", "state", "evidenceLevel", "publishedAt", "updatedAt")
    SELECT ${pledge.id}${pgCast("integer")}, ${sqlDate(new Date("2019-03-01T00:00:00Z"))}${pgCast("timestamp(3)")}, 1, 'bulk ' || CAST(i AS TEXT), 'PUBLISHED'${pgCast('"UpdateState"')},
      (CASE WHEN i % 10 = 0 THEN 'SELF_REPORTED' ELSE 'CORROBORATED' END)${pgCast('"EvidenceLevel"')}, ${published}${pgCast("timestamp(3)")}, ${published}${pgCast("timestamp(3)")}
    FROM n`;
  // Every other update names Kenya.
  await db.$executeRaw`
    INSERT INTO update_countries ("updateId", "countryId") SELECT u."id", ${kenya}${pgCast("integer")} FROM progress_updates u WHERE u."pledgeId" = ${pledge.id} AND u."id" % 2 = 0`;
  await db.$executeRaw`
    INSERT INTO public_update_versions ("updateId", "updateVersion", "pledgeId", "eventDate", "quantity", "title", "publishedAt", "validFrom")
    SELECT u."id", u."version", u."pledgeId", u."eventDate", u."quantity", u."title", u."publishedAt", u."publishedAt" FROM progress_updates u WHERE u."pledgeId" = ${pledge.id}`;
  await db.$executeRaw`
    INSERT INTO public_update_version_countries ("versionId", "countryId")
    SELECT v."id", uc."countryId" FROM public_update_versions v JOIN update_countries uc ON uc."updateId" = v."updateId" WHERE v."pledgeId" = ${pledge.id}`;
  await markPublicChange(db);
}, 300_000);

afterAll(async () => {
  // Gone again, so the files after this one see a database of ordinary size.
  await db.$executeRaw`DELETE FROM public_update_version_countries WHERE "versionId" IN (SELECT v."id" FROM public_update_versions v WHERE v."pledgeId" = ${pledge.id})`;
  await db.$executeRaw`DELETE FROM public_update_versions WHERE "pledgeId" = ${pledge.id}`;
  await db.$executeRaw`DELETE FROM update_countries WHERE "updateId" IN (SELECT u."id" FROM progress_updates u WHERE u."pledgeId" = ${pledge.id})`;
  await db.$executeRaw`DELETE FROM progress_updates WHERE "pledgeId" = ${pledge.id}`;
  await markPublicChange(db);
}, 300_000);

describe("the as-of feed's evidence-level filter at scale", () => {
  it("lists and counts more matching updates than a statement can bind, as the live feed does", async () => {
    const today = formatUtcDay(new Date());
    const filters: UpdateFilter[] = [
      { pledge: pledge.slug, level: "CORROBORATED" },
      { pledge: pledge.slug, level: "CORROBORATED", country: "KEN" },
      { pledge: pledge.slug, level: "SELF_REPORTED", page: 3 },
      { pledge: pledge.slug, level: "CORROBORATED", page: 2_000 },
    ];
    // Kenya's share depends on the ids' parity: the live feed's count is the reference there.
    const expectedTotals = [MATCHING, undefined, COUNT / 10, MATCHING];
    for (const [i, filter] of filters.entries()) {
      const [asOf, live] = await Promise.all([listPublicUpdatesAsOf(filter, today), listPublicUpdates(filter)]);
      if (expectedTotals[i] !== undefined) expect(asOf.total).toBe(expectedTotals[i]);
      else expect(asOf.total).toBeGreaterThan(COUNT / 4);
      expect({ total: asOf.total, page: asOf.page, pageCount: asOf.pageCount }).toEqual({ total: live.total, page: live.page, pageCount: live.pageCount });
      expect(asOf.items.length).toBeGreaterThan(0);
      expect(asOf.items.map((u) => [u.id, u.evidenceLevel, u.countries.map((c) => c.iso3)])).toEqual(
        live.items.map((u) => [u.id, u.evidenceLevel, u.countries.map((c) => c.iso3)]),
      );
    }
  });

  it("shows none of them before they were published", async () => {
    const before = await listPublicUpdatesAsOf({ pledge: pledge.slug, level: "CORROBORATED" }, "2025-01-31");
    expect(before).toMatchObject({ total: 0, items: [] });
  });
});
