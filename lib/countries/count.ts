import { db, Prisma } from "@/lib/db";
import { toNumber } from "@/lib/db/sql";

// The developing-country rule, in one place: toward a country-count target ("100 developing countries") only
// distinct countries flagged developing count, each once, whichever update, field or year reached it. The reach
// rollup keeps every country named in a public update (the ledger lists the others as "reached, not counted toward
// the target"); the flag is read at query time, so an admin's change to it applies at once, with no rebuild.

/** Reach rows ("pledgeId", "countryId", "fieldId", "year") restricted to developing countries, as `r`. */
const developingReachFrom = (reach: Prisma.Sql) => Prisma.sql`${reach} r JOIN countries c ON c."id" = r."countryId" AND c."developing" = ${true}`;

/** The reach rollup restricted to developing countries, as `r`: the FROM of every count toward a country target. */
export const DEVELOPING_REACH_FROM = developingReachFrom(Prisma.sql`rollup_country_reach`);

export type ReachCount = { pledgeId: number; year: number | null; fieldId: number | null; countries: number };

/**
 * Distinct developing countries reached, per pledge (`by: "pledge"`), per pledge and field (`"field"`), or per pledge,
 * period year and field (`"year-field"`, years inside the period only). The one count behind the pledge value, the
 * overview card, the /countries headline, the CSV reports and the API. Baselines are added by the value rule
 * (lib/pledges/queries.ts), never here.
 */
export async function countDevelopingCountriesReached(options: {
  by: "pledge" | "field" | "year-field";
  pledgeId?: number;
  /** Reach rows other than the rollup's, as a subquery with its columns (the as-of view, lib/as-of/figures.ts). */
  reach?: Prisma.Sql;
}): Promise<ReachCount[]> {
  const only = options.pledgeId === undefined ? Prisma.empty : Prisma.sql` AND r."pledgeId" = ${options.pledgeId}`;
  const byYear = options.by === "year-field";
  const byField = options.by !== "pledge";
  const rows = await db.$queryRaw<{ pledgeId: unknown; year: unknown; fieldId: unknown; countries: unknown }[]>(Prisma.sql`
    SELECT r."pledgeId" AS "pledgeId",
      ${byYear ? Prisma.sql`r."year"` : Prisma.sql`NULL`} AS "year",
      ${byField ? Prisma.sql`r."fieldId"` : Prisma.sql`NULL`} AS "fieldId",
      COUNT(DISTINCT r."countryId") AS "countries"
    FROM ${options.reach ? developingReachFrom(Prisma.sql`(${options.reach})`) : DEVELOPING_REACH_FROM}
    WHERE 1 = 1${byYear ? Prisma.sql` AND r."year" > 0` : Prisma.empty}${only}
    GROUP BY r."pledgeId"${byYear ? Prisma.sql`, r."year"` : Prisma.empty}${byField ? Prisma.sql`, r."fieldId"` : Prisma.empty}`);
  return rows.map((r) => ({
    pledgeId: toNumber(r.pledgeId),
    year: r.year === null ? null : toNumber(r.year),
    fieldId: r.fieldId === null ? null : toNumber(r.fieldId) || null,
    countries: toNumber(r.countries),
  }));
}
