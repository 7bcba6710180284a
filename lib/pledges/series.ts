import { db, Prisma } from "@/lib/db";
import { sqlMonthOf, toNumber } from "@/lib/db/sql";
import { countDevelopingCountriesReached, DEVELOPING_REACH_FROM } from "@/lib/countries/count";

export type MonthAmount = { month: string; amount: number };

/**
 * What each pledge gained per calendar month, aggregated in SQL: quantities for SUM pledges, newly reached
 * countries for DISTINCT_COUNTRIES pledges (a country counts in the month it was first reached), completed
 * milestones for MILESTONES pledges.
 */
export async function getMonthlyGains(): Promise<Map<number, MonthAmount[]>> {
  // From the rollups: daily sums, and each country's first reach per pledge (whatever the field or year).
  const [sums, countries, milestones, pledges] = await Promise.all([
    db.$queryRaw<{ pledgeId: unknown; month: string; amount: unknown }[]>(Prisma.sql`
      SELECT d."pledgeId" AS "pledgeId", substr(d."day", 1, 7) AS "month", SUM(d."quantity") AS "amount"
      FROM rollup_pledge_days d
      GROUP BY 1, 2`),
    db.$queryRaw<{ pledgeId: unknown; month: string; amount: unknown }[]>(Prisma.sql`
      SELECT t."pledgeId" AS "pledgeId", ${sqlMonthOf(`t."first"`)} AS "month", COUNT(*) AS "amount"
      FROM (
        SELECT r."pledgeId" AS "pledgeId", r."countryId" AS "countryId", MIN(r."firstEventDate") AS "first"
        FROM ${DEVELOPING_REACH_FROM}
        GROUP BY r."pledgeId", r."countryId"
      ) t
      GROUP BY 1, 2`),
    db.milestone.findMany({ where: { completedAt: { not: null } }, select: { pledgeId: true, completedAt: true } }),
    db.pledge.findMany({ select: { id: true, measure: true } }),
  ]);
  const result = new Map<number, MonthAmount[]>();
  const add = (pledgeId: number, m: string, amount: number) => {
    const list = result.get(pledgeId) ?? [];
    list.push({ month: m, amount });
    result.set(pledgeId, list);
  };
  const measureOf = new Map(pledges.map((p) => [p.id, p.measure]));
  for (const row of sums) if (measureOf.get(toNumber(row.pledgeId)) === "SUM") add(toNumber(row.pledgeId), row.month, toNumber(row.amount));
  for (const row of countries) {
    if (measureOf.get(toNumber(row.pledgeId)) === "DISTINCT_COUNTRIES") add(toNumber(row.pledgeId), row.month, toNumber(row.amount));
  }
  for (const m of milestones) {
    if (measureOf.get(m.pledgeId) === "MILESTONES" && m.completedAt) add(m.pledgeId, m.completedAt.toISOString().slice(0, 7), 1);
  }
  for (const list of result.values()) list.sort((a, b) => a.month.localeCompare(b.month));
  return result;
}

/** Every `YYYY-MM` from the month of `from` to the month of `to`, inclusive. */
export function listMonths(from: Date, to: Date): string[] {
  const months: string[] = [];
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth();
  const lastY = to.getUTCFullYear();
  const lastM = to.getUTCMonth();
  while (y < lastY || (y === lastY && m <= lastM)) {
    months.push(`${y}-${String(m + 1).padStart(2, "0")}`);
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
  return months;
}

/** Running totals over `months`; gains dated before the first month count from the start. */
export function accumulate(months: string[], gains: MonthAmount[], baseline = 0): number[] {
  let total = baseline;
  let i = 0;
  return months.map((month) => {
    while (i < gains.length && gains[i].month <= month) total += gains[i++].amount;
    return total;
  });
}

export type YearFieldActual = { year: number; fieldId: number | null; value: number; updates: number };

/**
 * Published value per period year and field, from the rollups (updates dated outside the period count in no year),
 * with the number of updates there. For DISTINCT_COUNTRIES pledges the value is the number of distinct developing
 * countries reached that year (lib/countries/count.ts).
 */
export async function getYearFieldActuals(pledge: { id: number; measure: string }): Promise<YearFieldActual[]> {
  const [rows, reach] = await Promise.all([
    db.$queryRaw<{ year: unknown; fieldId: unknown; updates: unknown; value: unknown }[]>(Prisma.sql`
      SELECT y."year" AS "year", y."fieldId" AS "fieldId", y."updates" AS "updates", y."quantity" AS "value"
      FROM rollup_pledge_years y
      WHERE y."pledgeId" = ${pledge.id} AND y."year" > 0`),
    pledge.measure === "DISTINCT_COUNTRIES" ? countDevelopingCountriesReached({ by: "year-field", pledgeId: pledge.id }) : Promise.resolve([]),
  ]);
  const countries = new Map(reach.map((r) => [`${r.year}|${r.fieldId}`, r.countries]));
  return rows.map((r) => {
    const year = toNumber(r.year);
    const fieldId = toFieldId(r.fieldId);
    const value = pledge.measure === "DISTINCT_COUNTRIES" ? (countries.get(`${year}|${fieldId}`) ?? 0) : toNumber(r.value);
    return { year, fieldId, value, updates: toNumber(r.updates) };
  });
}

/** Rollups key "no field" as 0. */
export function toFieldId(value: unknown): number | null {
  const id = toNumber(value);
  return id === 0 ? null : id;
}

export type PublishedTotals = { updates: number; quantity: number; countries: number; lastPublishedAt: string | null };

/** Per pledge, from the rollups: published updates, their summed quantity, distinct countries, last publication. */
export async function getPublishedTotals(): Promise<Map<number, PublishedTotals>> {
  const [rows, reach] = await Promise.all([
    db.$queryRaw<{ pledgeId: unknown; updates: unknown; quantity: unknown; last: unknown }[]>(Prisma.sql`
      SELECT t."pledgeId" AS "pledgeId", t."updates" AS "updates", t."quantity" AS "quantity", t."lastPublishedAt" AS "last"
      FROM rollup_pledge_totals t`),
    countDevelopingCountriesReached({ by: "pledge" }),
  ]);
  const countries = new Map(reach.map((r) => [r.pledgeId, r.countries]));
  return new Map(
    rows.map((r) => [
      toNumber(r.pledgeId),
      { updates: toNumber(r.updates), quantity: toNumber(r.quantity), countries: countries.get(toNumber(r.pledgeId)) ?? 0, lastPublishedAt: toIsoString(r.last) },
    ]),
  );
}

/** A raw DateTime: a Date from PostgreSQL, ISO text from SQLite. */
export function toIsoString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}
