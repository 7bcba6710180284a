import { cachePublicRead } from "@/lib/cache";
import { db, Prisma } from "@/lib/db";
import { toNumber } from "@/lib/db/sql";
import { DEVELOPING_REACH_FROM } from "@/lib/countries/count";

/** One row of a breakdown: published updates, their summed quantity and the distinct developing countries they name. */
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

/** Per field or workstream of a pledge, including fields with nothing published yet (from the rollups). */
export const getFieldBreakdown = cachePublicRead("pledge-fields", async (pledgeId: number): Promise<BreakdownRow[]> => {
  const rows = await db.$queryRaw<RawRow[]>(Prisma.sql`
    SELECT f."slug" AS "key", f."name" AS "label",
      (SELECT COALESCE(SUM(y."updates"), 0) FROM rollup_pledge_years y WHERE y."pledgeId" = f."pledgeId" AND y."fieldId" = f."id") AS "updates",
      (SELECT COALESCE(SUM(y."quantity"), 0) FROM rollup_pledge_years y WHERE y."pledgeId" = f."pledgeId" AND y."fieldId" = f."id") AS "quantity",
      (SELECT COUNT(DISTINCT r."countryId") FROM ${DEVELOPING_REACH_FROM} WHERE r."pledgeId" = f."pledgeId" AND r."fieldId" = f."id") AS "countries"
    FROM fields f
    WHERE f."pledgeId" = ${pledgeId}
    ORDER BY f."displayOrder", f."id"`);
  return toRows(rows);
});

/** Per region: an update naming countries in two regions counts once in each; its quantity is not split. */
export const getRegionBreakdown = cachePublicRead("pledge-regions", async (pledgeId: number): Promise<BreakdownRow[]> => {
  const rows = await db.$queryRaw<RawRow[]>(Prisma.sql`
    SELECT g."region" AS "key", g."region" AS "label", g."updates" AS "updates", g."quantity" AS "quantity",
      (SELECT COUNT(DISTINCT r."countryId") FROM ${DEVELOPING_REACH_FROM}
        WHERE r."pledgeId" = g."pledgeId" AND c."region" = g."region") AS "countries"
    FROM rollup_pledge_regions g
    WHERE g."pledgeId" = ${pledgeId}
    ORDER BY g."region"`);
  return toRows(rows);
});

export type CountryRow = BreakdownRow & { iso3: string; region: string };

/** The countries a pledge reached most: by summed quantity, then by number of updates. */
export const getTopCountries = cachePublicRead(
  "pledge-top-countries",
  async (pledgeId: number, limit: number): Promise<CountryRow[]> => {
    const rows = await db.$queryRaw<(RawRow & { region: unknown })[]>(Prisma.sql`
      SELECT c."iso3" AS "key", c."name" AS "label", c."region" AS "region", SUM(r."updates") AS "updates",
        SUM(r."quantity") AS "quantity", 1 AS "countries"
      FROM rollup_country_reach r JOIN countries c ON c."id" = r."countryId"
      WHERE r."pledgeId" = ${pledgeId}
      GROUP BY c."id", c."iso3", c."name", c."region"
      ORDER BY 5 DESC, 4 DESC, c."name"
      LIMIT ${limit}`);
    return rows.map((r) => ({ ...toRows([r])[0], iso3: String(r.key), region: String(r.region) }));
  },
);
