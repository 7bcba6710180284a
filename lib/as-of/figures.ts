import { countDevelopingCountriesReached } from "@/lib/countries/count";
import { db, Prisma, type PledgeStatus } from "@/lib/db";
import { sqlDate, toNumber } from "@/lib/db/sql";
import { listPeriodYears } from "@/lib/pace/period";
import { toFieldId, toIsoString, type PublishedTotals, type YearFieldActual } from "@/lib/pledges/series";
import type { AsOf } from "./day";

// The published figures as they stood at the end of a day, aggregated in SQL over the update versions in force then.
// Same shapes as the rollup readers in lib/pledges/series.ts, so the one value rule (getPledgeSummaries) runs on either.

/** Versions (aliased `v`) in force at `end`: made public before it, not yet replaced or deleted. */
export function inForceSql(end: Date, alias: "v" | "w" = "v"): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`${t}."validFrom" < ${sqlDate(end)} AND (${t}."validTo" IS NULL OR ${t}."validTo" >= ${sqlDate(end)})`;
}

/**
 * Reach rows of the versions in force, with the rollup's columns ("pledgeId", "countryId", "fieldId" 0 for none,
 * "year"): for the one developing-country count (lib/countries/count.ts). Years only for one pledge (its period).
 */
function versionReachSql(asOf: AsOf, pledge?: PeriodPledge): Prisma.Sql {
  return Prisma.sql`
    SELECT v."pledgeId" AS "pledgeId", vc."countryId" AS "countryId", COALESCE(v."fieldId", 0) AS "fieldId",
      ${pledge ? periodYearSql(pledge) : Prisma.sql`0`} AS "year"
    FROM public_update_versions v JOIN public_update_version_countries vc ON vc."versionId" = v."id"
    WHERE ${inForceSql(asOf.end)}${pledge ? Prisma.sql` AND v."pledgeId" = ${pledge.id}` : Prisma.empty}`;
}

/** Per pledge: published updates, summed quantity, developing countries reached and the last publication, as of the day. */
export async function getPublishedTotalsAsOf(asOf: AsOf): Promise<Map<number, PublishedTotals>> {
  const [rows, reach] = await Promise.all([
    db.$queryRaw<{ pledgeId: unknown; updates: unknown; quantity: unknown; last: unknown }[]>(Prisma.sql`
      SELECT v."pledgeId" AS "pledgeId", COUNT(*) AS "updates", SUM(v."quantity") AS "quantity", MAX(v."publishedAt") AS "last"
      FROM public_update_versions v
      WHERE ${inForceSql(asOf.end)}
      GROUP BY v."pledgeId"`),
    countDevelopingCountriesReached({ by: "pledge", reach: versionReachSql(asOf) }),
  ]);
  const countries = new Map(reach.map((r) => [r.pledgeId, r.countries]));
  return new Map(
    rows.map((r) => [
      toNumber(r.pledgeId),
      { updates: toNumber(r.updates), quantity: toNumber(r.quantity), countries: countries.get(toNumber(r.pledgeId)) ?? 0, lastPublishedAt: toIsoString(r.last) },
    ]),
  );
}

type PeriodPledge = { id: number; measure: string; periodStart: Date; periodEnd: Date };

/** The period year of a version's event date, 0 outside the period, as the rollups key it. */
function periodYearSql(pledge: PeriodPledge): Prisma.Sql {
  const cases = listPeriodYears(pledge).map(
    (y) => Prisma.sql`WHEN v."eventDate" >= ${sqlDate(y.start)} AND v."eventDate" < ${sqlDate(y.end)} THEN ${y.year}`,
  );
  return Prisma.sql`CASE ${Prisma.join(cases, " ")} ELSE 0 END`;
}

/** Published value and updates per period year and field, as of the day (the shape of getYearFieldActuals). */
export async function getYearFieldActualsAsOf(pledge: PeriodPledge, asOf: AsOf): Promise<YearFieldActual[]> {
  const [rows, reach] = await Promise.all([
    db.$queryRaw<{ year: unknown; fieldId: unknown; updates: unknown; value: unknown }[]>(Prisma.sql`
      SELECT t."year" AS "year", t."fieldId" AS "fieldId", COUNT(*) AS "updates", SUM(t."quantity") AS "value"
      FROM (SELECT ${periodYearSql(pledge)} AS "year", COALESCE(v."fieldId", 0) AS "fieldId", v."quantity" AS "quantity"
        FROM public_update_versions v WHERE v."pledgeId" = ${pledge.id} AND ${inForceSql(asOf.end)}) t
      WHERE t."year" > 0
      GROUP BY t."year", t."fieldId"`),
    pledge.measure === "DISTINCT_COUNTRIES"
      ? countDevelopingCountriesReached({ by: "year-field", pledgeId: pledge.id, reach: versionReachSql(asOf, pledge) })
      : Promise.resolve([]),
  ]);
  const countries = new Map(reach.map((r) => [`${r.year}|${r.fieldId}`, r.countries]));
  return rows.map((r) => {
    const year = toNumber(r.year);
    const fieldId = toFieldId(r.fieldId);
    const value = pledge.measure === "DISTINCT_COUNTRIES" ? (countries.get(`${year}|${fieldId}`) ?? 0) : toNumber(r.value);
    return { year, fieldId, value, updates: toNumber(r.updates) };
  });
}

/** Each pledge's status as set by the last change before the end of the day; pledges with none had the default. */
export async function getStatusesAsOf(asOf: AsOf): Promise<Map<number, PledgeStatus>> {
  const changes = await db.statusChange.findMany({ where: { createdAt: { lt: asOf.end } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { pledgeId: true, toStatus: true } });
  return new Map(changes.map((c) => [c.pledgeId, c.toStatus]));
}

/** Whether anything had been published by the end of the day: no version, no completed milestone means the empty state. */
export async function hasPublishedAsOf(asOf: AsOf): Promise<boolean> {
  const [version, milestone] = await Promise.all([
    db.publicUpdateVersion.findFirst({ where: { validFrom: { lt: asOf.end } }, select: { id: true } }),
    db.milestone.findFirst({ where: { completedAt: { lt: asOf.end } }, select: { id: true } }),
  ]);
  return Boolean(version || milestone);
}

export type CountryReachRow = { countryId: unknown; pledgeId: unknown; fieldId: unknown; updates: unknown; quantity: unknown; last: unknown };

/** Per country × pledge × field (0 for none), as of the day: the rows the country ledger reads from the rollups today. */
export function readCountryReachAsOf(asOf: AsOf): Promise<CountryReachRow[]> {
  return db.$queryRaw<CountryReachRow[]>(Prisma.sql`${countryReachAsOfSql(asOf)} ORDER BY 1, 2, 3`);
}

/** The same as a subquery with the columns of rollup_country_reach that readers sum ("countryId", "pledgeId", "updates"). */
export function countryReachAsOfSql(asOf: AsOf): Prisma.Sql {
  return Prisma.sql`
    SELECT vc."countryId" AS "countryId", v."pledgeId" AS "pledgeId", COALESCE(v."fieldId", 0) AS "fieldId",
      COUNT(*) AS "updates", SUM(v."quantity") AS "quantity", MAX(v."eventDate") AS "last"
    FROM public_update_versions v JOIN public_update_version_countries vc ON vc."versionId" = v."id"
    WHERE ${inForceSql(asOf.end)}
    GROUP BY vc."countryId", v."pledgeId", COALESCE(v."fieldId", 0)`;
}
