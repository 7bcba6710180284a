import { Prisma, type Db, type Tx } from "@/lib/db";
import { sqlDayOf } from "@/lib/db/sql";
import { listPeriodYears } from "@/lib/pace/period";
import { PUBLIC_UPDATE_SCAN_SQL, PUBLIC_UPDATE_WHERE } from "@/lib/updates/visibility";

const TABLES = ["rollup_pledge_totals", "rollup_pledge_years", "rollup_pledge_days", "rollup_country_reach", "rollup_pledge_regions"] as const;

/**
 * Recomputes the rollups from the source rows, for every pledge or one (after its period changed). A few full
 * scans: for the rebuild command, the bulk sample generator and the tests' reference, never for page views.
 */
export async function rebuildRollups(client: Db | Tx, options: { pledgeId?: number } = {}): Promise<void> {
  const pledges = await client.pledge.findMany({ where: { id: options.pledgeId }, select: { id: true, periodStart: true, periodEnd: true } });
  const only = options.pledgeId === undefined ? Prisma.empty : Prisma.sql` AND u."pledgeId" = ${options.pledgeId}`;
  for (const table of TABLES) {
    await client.$executeRaw`DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE ${options.pledgeId === undefined ? Prisma.sql`1 = 1` : Prisma.sql`"pledgeId" = ${options.pledgeId}`}`;
  }
  if (pledges.length === 0) return;
  const where = Prisma.sql`${PUBLIC_UPDATE_SCAN_SQL}${only}`;
  // The period year of u."eventDate", per pledge; 0 outside its period.
  const year = Prisma.sql`CASE ${Prisma.join(
    pledges.flatMap((p) =>
      listPeriodYears(p).map((y) => Prisma.sql`WHEN u."pledgeId" = ${p.id} AND u."eventDate" >= ${y.start} AND u."eventDate" < ${y.end} THEN ${y.year}`),
    ),
    " ",
  )} ELSE 0 END`;
  await client.$executeRaw`
    INSERT INTO "rollup_pledge_totals" ("pledgeId", "updates", "quantity", "sampleUpdates", "lastPublishedAt")
    SELECT u."pledgeId", COUNT(*), SUM(u."quantity"), SUM(CASE WHEN u."isSample" THEN 1 ELSE 0 END), MAX(u."publishedAt")
    FROM progress_updates u WHERE ${where} GROUP BY u."pledgeId"`;
  await client.$executeRaw`
    INSERT INTO "rollup_pledge_years" ("pledgeId", "fieldId", "year", "updates", "quantity")
    SELECT t."pledgeId", t."fieldId", t."year", COUNT(*), SUM(t."quantity")
    FROM (SELECT u."pledgeId" AS "pledgeId", COALESCE(u."fieldId", 0) AS "fieldId", ${year} AS "year", u."quantity" AS "quantity"
      FROM progress_updates u WHERE ${where}) t
    GROUP BY t."pledgeId", t."fieldId", t."year"`;
  await client.$executeRaw`
    INSERT INTO "rollup_pledge_days" ("pledgeId", "day", "updates", "quantity")
    SELECT t."pledgeId", t."day", COUNT(*), SUM(t."quantity")
    FROM (SELECT u."pledgeId" AS "pledgeId", ${sqlDayOf(`u."eventDate"`)} AS "day", u."quantity" AS "quantity" FROM progress_updates u WHERE ${where}) t
    GROUP BY t."pledgeId", t."day"`;
  await client.$executeRaw`
    INSERT INTO "rollup_country_reach" ("pledgeId", "fieldId", "countryId", "year", "updates", "quantity", "firstEventDate", "lastEventDate")
    SELECT t."pledgeId", t."fieldId", t."countryId", t."year", COUNT(*), SUM(t."quantity"), MIN(t."eventDate"), MAX(t."eventDate")
    FROM (SELECT u."pledgeId" AS "pledgeId", COALESCE(u."fieldId", 0) AS "fieldId", uc."countryId" AS "countryId", ${year} AS "year",
        u."quantity" AS "quantity", u."eventDate" AS "eventDate"
      FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId" WHERE ${where}) t
    GROUP BY t."pledgeId", t."fieldId", t."countryId", t."year"`;
  await client.$executeRaw`
    INSERT INTO "rollup_pledge_regions" ("pledgeId", "region", "updates", "quantity")
    SELECT t."pledgeId", t."region", COUNT(*), SUM(t."quantity")
    FROM (SELECT DISTINCT u."pledgeId" AS "pledgeId", c."region" AS "region", u."id" AS "id", u."quantity" AS "quantity"
      FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId" JOIN countries c ON c."id" = uc."countryId" WHERE ${where}) t
    GROUP BY t."pledgeId", t."region"`;
}

/**
 * Rebuilds only when the rollups are empty while public updates exist: a database migrated from before the
 * rollups, or filled by hand. Cheap otherwise, so startup and seeding can call it every time.
 */
export async function rebuildRollupsIfMissing(db: Db): Promise<boolean> {
  const [kept, published] = await Promise.all([
    db.rollupPledgeTotal.findFirst({ select: { pledgeId: true } }),
    db.progressUpdate.findFirst({ where: PUBLIC_UPDATE_WHERE, select: { id: true } }),
  ]);
  if (kept || !published) return false;
  await db.$transaction((tx) => rebuildRollups(tx), { timeout: 600_000, maxWait: 10_000 });
  return true;
}

/** Every rollup row in a stable order, quantities rounded to 1e-6 (sums by delta and by scan differ in the last bits). */
export async function readRollupSnapshot(client: Db | Tx) {
  const round = <T extends { quantity: number }>(rows: T[]) => rows.map((r) => ({ ...r, quantity: Math.round(r.quantity * 1e6) / 1e6 }));
  const [totals, years, days, reach, regions] = await Promise.all([
    client.rollupPledgeTotal.findMany({ orderBy: { pledgeId: "asc" } }),
    client.rollupPledgeYear.findMany({ orderBy: [{ pledgeId: "asc" }, { fieldId: "asc" }, { year: "asc" }] }),
    client.rollupPledgeDay.findMany({ orderBy: [{ pledgeId: "asc" }, { day: "asc" }] }),
    client.rollupCountryReach.findMany({ orderBy: [{ pledgeId: "asc" }, { fieldId: "asc" }, { countryId: "asc" }, { year: "asc" }] }),
    client.rollupPledgeRegion.findMany({ orderBy: [{ pledgeId: "asc" }, { region: "asc" }] }),
  ]);
  return { totals: round(totals), years: round(years), days: round(days), reach: round(reach), regions: round(regions) };
}

class RolledBack extends Error {
  constructor(readonly snapshot: Awaited<ReturnType<typeof readRollupSnapshot>>) {
    super("rolled back");
  }
}

/** What a rebuild would produce now, without keeping it: the reference the rollups maintained on write must equal. */
export async function readRebuiltSnapshot(db: Db) {
  try {
    await db.$transaction(async (tx) => {
      await rebuildRollups(tx);
      throw new RolledBack(await readRollupSnapshot(tx));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.snapshot;
    throw error;
  }
  throw new Error("unreachable");
}
