import { db, Prisma } from "@/lib/db";
import { sqlMonthOf, toNumber } from "@/lib/db/sql";
import { listPeriodYears } from "@/lib/pace/period";
import { PUBLIC_UPDATE_SCAN_SQL } from "@/lib/updates/visibility";

export type MonthAmount = { month: string; amount: number };

/**
 * What each pledge gained per calendar month, aggregated in SQL: quantities for SUM pledges, newly reached
 * countries for DISTINCT_COUNTRIES pledges (a country counts in the month it was first reached), completed
 * milestones for MILESTONES pledges.
 */
export async function getMonthlyGains(): Promise<Map<number, MonthAmount[]>> {
  const month = sqlMonthOf(`u."eventDate"`);
  // Independent aggregates: run them together.
  const [sums, countries, milestones, pledges] = await Promise.all([
    db.$queryRaw<{ pledgeId: unknown; month: string; amount: unknown }[]>(Prisma.sql`
      SELECT u."pledgeId" AS "pledgeId", ${month} AS "month", SUM(u."quantity") AS "amount"
      FROM progress_updates u
      WHERE ${PUBLIC_UPDATE_SCAN_SQL}
      GROUP BY 1, 2`),
    db.$queryRaw<{ pledgeId: unknown; month: string; amount: unknown }[]>(Prisma.sql`
      SELECT t."pledgeId" AS "pledgeId", t."month" AS "month", COUNT(*) AS "amount"
      FROM (
        SELECT u."pledgeId" AS "pledgeId", uc."countryId" AS "countryId", MIN(${month}) AS "month"
        FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId"
        WHERE ${PUBLIC_UPDATE_SCAN_SQL}
        GROUP BY u."pledgeId", uc."countryId"
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

export type YearFieldActual = { year: number; fieldId: number | null; value: number };

/**
 * Published quantity per period year and field, in one grouped query: the period year comes from a CASE over
 * the year bounds, which both SQLite (ISO text) and PostgreSQL (timestamps) compare correctly.
 * For DISTINCT_COUNTRIES pledges the value is the number of distinct countries reached that year.
 */
export async function getYearFieldActuals(pledge: {
  id: number;
  measure: string;
  periodStart: Date;
  periodEnd: Date;
}): Promise<YearFieldActual[]> {
  const years = listPeriodYears(pledge);
  const yearCase = Prisma.sql`CASE ${Prisma.join(
    years.map((y) => Prisma.sql`WHEN u."eventDate" >= ${y.start} AND u."eventDate" < ${y.end} THEN ${y.year}`),
    " ",
  )} END`;
  const first = years[0].start;
  const last = years[years.length - 1].end;
  const rows =
    pledge.measure === "DISTINCT_COUNTRIES"
      ? await db.$queryRaw<{ year: unknown; fieldId: unknown; value: unknown }[]>(Prisma.sql`
          SELECT ${yearCase} AS "year", u."fieldId" AS "fieldId", COUNT(DISTINCT uc."countryId") AS "value"
          FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId"
          WHERE u."pledgeId" = ${pledge.id} AND ${PUBLIC_UPDATE_SCAN_SQL} AND u."eventDate" >= ${first} AND u."eventDate" < ${last}
          GROUP BY 1, 2`)
      : await db.$queryRaw<{ year: unknown; fieldId: unknown; value: unknown }[]>(Prisma.sql`
          SELECT ${yearCase} AS "year", u."fieldId" AS "fieldId", SUM(u."quantity") AS "value"
          FROM progress_updates u
          WHERE u."pledgeId" = ${pledge.id} AND ${PUBLIC_UPDATE_SCAN_SQL} AND u."eventDate" >= ${first} AND u."eventDate" < ${last}
          GROUP BY 1, 2`);
  return rows.map((r) => ({ year: toNumber(r.year), fieldId: r.fieldId === null ? null : toNumber(r.fieldId), value: toNumber(r.value) }));
}

export type PublishedTotals = { updates: number; quantity: number; countries: number; lastPublishedAt: string | null };

/** Per pledge, in two table scans: published updates, their summed quantity, distinct countries, last publication. */
export async function getPublishedTotals(): Promise<Map<number, PublishedTotals>> {
  const [sums, countries] = await Promise.all([
    db.$queryRaw<{ pledgeId: unknown; updates: unknown; quantity: unknown; last: unknown }[]>(Prisma.sql`
      SELECT u."pledgeId" AS "pledgeId", COUNT(*) AS "updates", SUM(u."quantity") AS "quantity", MAX(u."publishedAt") AS "last"
      FROM progress_updates u
      WHERE ${PUBLIC_UPDATE_SCAN_SQL}
      GROUP BY u."pledgeId"`),
    db.$queryRaw<{ pledgeId: unknown; countries: unknown }[]>(Prisma.sql`
      SELECT u."pledgeId" AS "pledgeId", COUNT(DISTINCT uc."countryId") AS "countries"
      FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId"
      WHERE ${PUBLIC_UPDATE_SCAN_SQL}
      GROUP BY u."pledgeId"`),
  ]);
  const totals = new Map<number, PublishedTotals>();
  for (const r of sums) {
    totals.set(toNumber(r.pledgeId), { updates: toNumber(r.updates), quantity: toNumber(r.quantity), countries: 0, lastPublishedAt: toIsoString(r.last) });
  }
  for (const r of countries) {
    const entry = totals.get(toNumber(r.pledgeId));
    if (entry) entry.countries = toNumber(r.countries);
  }
  return totals;
}

/** A raw DateTime: a Date from PostgreSQL, ISO text from SQLite. */
export function toIsoString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}
