import { cachePublicRead } from "@/lib/cache";
import { db, Prisma } from "@/lib/db";
import { toNumber } from "@/lib/db/sql";
import { PUBLIC_UPDATE_SCAN_SQL, PUBLIC_UPDATE_SQL } from "@/lib/updates/visibility";

/** One row of a breakdown: published updates, their summed quantity and the distinct countries they name. */
export type BreakdownRow = { key: string; label: string; updates: number; quantity: number; countries: number };

type RawRow = { key: unknown; label: unknown; updates: unknown; quantity: unknown; countries: unknown };

function toRows(rows: RawRow[]): BreakdownRow[] {
  return rows.map((r) => ({
    key: String(r.key ?? ""),
    label: String(r.label ?? ""),
    updates: toNumber(r.updates),
    quantity: toNumber(r.quantity),
    countries: toNumber(r.countries),
  }));
}

/** Per field or workstream of a pledge, including fields with nothing published yet. */
export const getFieldBreakdown = cachePublicRead("pledge-fields", async (pledgeId: number): Promise<BreakdownRow[]> => {
  const rows = await db.$queryRaw<RawRow[]>(Prisma.sql`
    SELECT f."slug" AS "key", f."name" AS "label",
      (SELECT COUNT(*) FROM progress_updates u WHERE u."fieldId" = f."id" AND ${PUBLIC_UPDATE_SQL}) AS "updates",
      (SELECT COALESCE(SUM(u."quantity"), 0) FROM progress_updates u WHERE u."fieldId" = f."id" AND ${PUBLIC_UPDATE_SQL}) AS "quantity",
      (SELECT COUNT(DISTINCT uc."countryId") FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId"
        WHERE u."fieldId" = f."id" AND ${PUBLIC_UPDATE_SQL}) AS "countries"
    FROM fields f
    WHERE f."pledgeId" = ${pledgeId}
    ORDER BY f."displayOrder", f."id"`);
  return toRows(rows);
});

/** Per region: an update naming countries in two regions counts once in each; its quantity is not split. */
export const getRegionBreakdown = cachePublicRead("pledge-regions", async (pledgeId: number): Promise<BreakdownRow[]> => {
  const rows = await db.$queryRaw<RawRow[]>(Prisma.sql`
    SELECT t."region" AS "key", t."region" AS "label", COUNT(*) AS "updates", SUM(t."quantity") AS "quantity",
      (SELECT COUNT(DISTINCT uc."countryId") FROM update_countries uc
        JOIN progress_updates u ON u."id" = uc."updateId" JOIN countries c ON c."id" = uc."countryId"
        WHERE u."pledgeId" = ${pledgeId} AND ${PUBLIC_UPDATE_SCAN_SQL} AND c."region" = t."region") AS "countries"
    FROM (
      SELECT DISTINCT c."region" AS "region", u."id" AS "id", u."quantity" AS "quantity"
      FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId" JOIN countries c ON c."id" = uc."countryId"
      WHERE u."pledgeId" = ${pledgeId} AND ${PUBLIC_UPDATE_SCAN_SQL}
    ) t
    GROUP BY t."region"
    ORDER BY t."region"`);
  return toRows(rows);
});

export type CountryRow = BreakdownRow & { iso3: string; region: string };

/** The countries a pledge reached most: by summed quantity, then by number of updates. */
export const getTopCountries = cachePublicRead(
  "pledge-top-countries",
  async (pledgeId: number, limit: number): Promise<CountryRow[]> => {
    const rows = await db.$queryRaw<(RawRow & { region: unknown })[]>(Prisma.sql`
      SELECT c."iso3" AS "key", c."name" AS "label", c."region" AS "region", COUNT(*) AS "updates",
        SUM(u."quantity") AS "quantity", 1 AS "countries"
      FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId" JOIN countries c ON c."id" = uc."countryId"
      WHERE u."pledgeId" = ${pledgeId} AND ${PUBLIC_UPDATE_SCAN_SQL}
      GROUP BY c."id", c."iso3", c."name", c."region"
      ORDER BY 5 DESC, 4 DESC, c."name"
      LIMIT ${limit}`);
    return rows.map((r) => ({ ...toRows([r])[0], iso3: String(r.key), region: String(r.region) }));
  },
);
