import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { db, provider } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";
import { listMigrations } from "@/lib/db/health";
import { getPledgeValue } from "@/lib/pledges/queries";
import { seedReference } from "@/lib/seed/reference";
import { createTestPledge, createTestUpdate, getCountryIds } from "../factories";

beforeAll(async () => {
  await seedReference(db);
});

describe(`foundation on ${provider}`, () => {
  it("applies every committed migration to an empty database", async () => {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL",
    );
    expect(rows.map((r) => r.name).sort()).toEqual(listMigrations(provider));
    expect(await db.pledge.count()).toBeGreaterThanOrEqual(3);
  });

  it("seeds the three pledges from the source facts, with real progress at zero", async () => {
    const pledges = await db.pledge.findMany({ where: { slug: { in: ["joint-operations", "systems-and-labs", "training"] } }, include: { fields: { orderBy: { displayOrder: "asc" } }, milestones: true, annualTargets: true } });
    const bySlug = Object.fromEntries(pledges.map((p) => [p.slug, p]));
    expect(bySlug["joint-operations"].target).toBe(15);
    expect(bySlug["joint-operations"].fields.map((f) => f.name)).toEqual(["Terrorism", "Cybercrime", "New organized crime"]);
    expect(bySlug["joint-operations"].annualTargets).toHaveLength(15);
    expect(bySlug["systems-and-labs"].target).toBe(100);
    expect(bySlug["systems-and-labs"].measure).toBe("DISTINCT_COUNTRIES");
    expect(bySlug["training"].target).toBe(20000);
    expect(bySlug["training"].milestones.map((m) => m.title)[0]).toMatch(/college/);
    expect(await db.progressUpdate.count({ where: { pledgeId: { in: pledges.map((p) => p.id) } } })).toBe(0);
  });

  it("seeding twice changes nothing", async () => {
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all([
          db.pledge.findMany({ orderBy: { id: "asc" } }),
          db.field.findMany({ orderBy: { id: "asc" } }),
          db.annualTarget.findMany({ orderBy: { id: "asc" } }),
          db.milestone.findMany({ orderBy: { id: "asc" } }),
          db.country.findMany({ orderBy: { id: "asc" } }),
          db.announcement.findMany({ orderBy: { id: "asc" } }),
        ]),
      );
    const before = await snapshot();
    await seedReference(db);
    expect(await snapshot()).toBe(before);
  });

  it("seeds countries from world-countries with ISO codes, regions and the developing flag", async () => {
    const kenya = await db.country.findUniqueOrThrow({ where: { iso3: "KEN" } });
    expect(kenya).toMatchObject({ iso2: "KE", region: "Africa", subregion: "Eastern Africa", developing: true });
    expect((await db.country.findUniqueOrThrow({ where: { iso3: "FRA" } })).developing).toBe(false);
    expect(await db.country.count()).toBeGreaterThan(190);
  });

  it("counts a country reached by both workstreams once towards the country target", async () => {
    const pledge = await createTestPledge(db, { measure: "DISTINCT_COUNTRIES", target: 100, fields: ["comms", "labs"] });
    const [ken, gha] = await getCountryIds(db, ["KEN", "GHA"]);
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, countryIds: [ken, gha] });
    await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[1].id, countryIds: [ken] });
    expect(await getPledgeValue(pledge)).toBe(2);
  });

  it("counts only published updates towards a pledge's value", async () => {
    const pledge = await createTestPledge(db);
    for (const state of ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"] as const) {
      await createTestUpdate(db, { pledgeId: pledge.id, state, quantity: 5 });
    }
    expect(await getPledgeValue(pledge)).toBe(5);
  });

  it("counts a soft-deleted update nowhere", async () => {
    const pledge = await createTestPledge(db, { measure: "DISTINCT_COUNTRIES" });
    const [mli] = await getCountryIds(db, ["MLI"]);
    await createTestUpdate(db, { pledgeId: pledge.id, countryIds: [mli], deletedAt: new Date() });
    expect(await getPledgeValue(pledge)).toBe(0);
    const sum = await createTestPledge(db);
    await createTestUpdate(db, { pledgeId: sum.id, quantity: 7, deletedAt: new Date() });
    await createTestUpdate(db, { pledgeId: sum.id, quantity: 3 });
    expect(await getPledgeValue(sum)).toBe(3);
  });
});

describe.runIf(provider === "sqlite")("SQLite transactions", () => {
  it("take the write lock when they begin, so a read-then-write never fails on another process's commit", async () => {
    const target = parseDatabaseUrl();
    if (target.provider !== "sqlite") throw new Error("SQLite only");
    const other = new Database(target.file, { timeout: 0 });
    try {
      await db.$transaction(async (tx) => {
        await tx.pledge.count();
        // With a deferred BEGIN the other connection could commit here, and the transaction's first write would fail.
        expect(() => other.prepare("BEGIN IMMEDIATE").run()).toThrow(/locked|busy/i);
      });
      other.prepare("BEGIN IMMEDIATE").run();
      other.prepare("ROLLBACK").run();
    } finally {
      other.close();
    }
  });
});
