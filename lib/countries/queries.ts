import { cachePublicRead } from "@/lib/cache";
import { db, Prisma } from "@/lib/db";
import { toNumber } from "@/lib/db/sql";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { toFieldId } from "@/lib/pledges/series";
import { asOfFromDay } from "@/lib/as-of/day";
import { readCountryReachAsOf, type CountryReachRow } from "@/lib/as-of/figures";
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { localizeColumn } from "@/lib/pledges/translations";
import { localizeCountryName } from "./names";

export type Workstream = { pledgeSlug: string; slug: string; name: string };
export type WorkstreamCell = { reached: boolean; updates: number; delivery: string | null; isSample: boolean };
export type LedgerRow = {
  iso3: string;
  name: string;
  region: string;
  developing: boolean;
  updates: number;
  lastEventDate: string | null;
  pledges: { slug: string; title: string; updates: number; quantity: number }[];
  /** Keyed `${pledgeSlug}/${fieldSlug}`. */
  workstreams: Record<string, WorkstreamCell>;
};
export type CountryLedger = {
  rows: LedgerRow[];
  workstreams: Workstream[];
  regions: string[];
  /** Distinct countries (developing or not) named by published updates of any pledge. */
  reachedAnyPledge: number;
  /**
   * The country-count pledge (systems and labs): its value (baseline plus the distinct developing countries reached,
   * the one value rule of lib/pledges/queries.ts) and target.
   */
  countryPledge: { slug: string; title: string; unit: string; target: number; reached: number } | null;
};

/**
 * The recipient-country ledger, from the rollups per country × pledge × field: which pledges and workstreams
 * reached each country, with its delivery status per workstream.
 */
export const getCountryLedger = cachePublicRead("country-ledger", async (asOfDay: string | null = null, locale: Locale = DEFAULT_LOCALE): Promise<CountryLedger> => {
  // As of a day (lib/as-of): the update versions in force then, and the delivery statuses last set by then.
  const asOf = asOfDay ? asOfFromDay(asOfDay) : null;
  const [reach, deliveries, pledges, summaries] = await Promise.all([
    asOf ? readCountryReachAsOf(asOf) : db.$queryRaw<CountryReachRow[]>(Prisma.sql`
      SELECT r."countryId" AS "countryId", r."pledgeId" AS "pledgeId", r."fieldId" AS "fieldId",
        SUM(r."updates") AS "updates", SUM(r."quantity") AS "quantity", MAX(r."lastEventDate") AS "last"
      FROM rollup_country_reach r
      GROUP BY r."countryId", r."pledgeId", r."fieldId"
      ORDER BY r."countryId", r."pledgeId", r."fieldId"`),
    db.countryDelivery.findMany({ where: asOf ? { updatedAt: { lt: asOf.end } } : {}, select: { countryId: true, fieldId: true, status: true, isSample: true } }),
    db.pledge.findMany({
      orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, title: true, unit: true, target: true, measure: true, translations: true, fields: { orderBy: [{ displayOrder: "asc" }, { id: "asc" }] } },
    }).then((rows) =>
      rows.map((p) => ({
        ...p,
        title: localizeColumn(p, { entity: "pledge", key: "title", english: p.title }, locale).text,
        unit: localizeColumn(p, { entity: "pledge", key: "unit", english: p.unit }, locale).text,
      })),
    ),
    getPledgeSummaries({ asOf, locale }),
  ]);
  const countryIds = [...new Set([...reach.map((r) => toNumber(r.countryId)), ...deliveries.map((d) => d.countryId)])];
  const countries = await db.country.findMany({ where: { id: { in: countryIds } }, select: { id: true, iso3: true, name: true, region: true, developing: true } });
  const pledgeById = new Map(pledges.map((p) => [p.id, p]));
  const fieldById = new Map(pledges.flatMap((p) => p.fields.map((f) => [f.id, { pledge: p, field: f }] as const)));
  const deliveryFieldIds = new Set(deliveries.map((d) => d.fieldId));
  // Workstreams: the fields of the country-count pledge, and any field with a per-country delivery status.
  const workstreams = pledges.flatMap((p) =>
    p.fields.filter((f) => p.measure === "DISTINCT_COUNTRIES" || deliveryFieldIds.has(f.id)).map((f) => ({ pledgeSlug: p.slug, slug: f.slug, name: localizeColumn(f, { entity: "field", key: "name", english: f.name }, locale).text })),
  );
  const rows = new Map<number, LedgerRow>();
  for (const c of countries) {
    rows.set(c.id, { iso3: c.iso3, name: localizeCountryName(c, locale), region: c.region, developing: c.developing, updates: 0, lastEventDate: null, pledges: [], workstreams: {} });
  }
  const cell = (row: LedgerRow, key: string) => (row.workstreams[key] ??= { reached: false, updates: 0, delivery: null, isSample: false });
  for (const r of reach) {
    const row = rows.get(toNumber(r.countryId));
    const pledge = pledgeById.get(toNumber(r.pledgeId));
    if (!row || !pledge) continue;
    const updates = toNumber(r.updates);
    row.updates += updates;
    const last = r.last instanceof Date ? r.last.toISOString() : r.last ? new Date(String(r.last)).toISOString() : null;
    if (last && (!row.lastEventDate || last > row.lastEventDate)) row.lastEventDate = last;
    const entry = row.pledges.find((p) => p.slug === pledge.slug) ?? row.pledges[row.pledges.push({ slug: pledge.slug, title: pledge.title, updates: 0, quantity: 0 }) - 1];
    entry.updates += updates;
    entry.quantity += toNumber(r.quantity);
    const fieldId = toFieldId(r.fieldId);
    const field = fieldId === null ? undefined : fieldById.get(fieldId);
    if (field) {
      const c = cell(row, `${field.pledge.slug}/${field.field.slug}`);
      c.reached = true;
      c.updates += updates;
    }
  }
  for (const d of deliveries) {
    const row = rows.get(d.countryId);
    const field = fieldById.get(d.fieldId);
    if (!row || !field) continue;
    const c = cell(row, `${field.pledge.slug}/${field.field.slug}`);
    c.delivery = d.status;
    c.isSample = d.isSample;
  }
  const order = new Map(pledges.map((p, i) => [p.slug, i]));
  for (const row of rows.values()) row.pledges.sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));
  const countryPledge = pledges.find((p) => p.measure === "DISTINCT_COUNTRIES");
  const countryValue = summaries.find((s) => s.id === countryPledge?.id)?.value ?? 0;
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  const all = [...rows.values()].sort((a, b) => collator.compare(a.name, b.name));
  return {
    rows: all,
    workstreams,
    regions: [...new Set(all.map((r) => r.region))].sort(),
    reachedAnyPledge: new Set(reach.map((r) => toNumber(r.countryId))).size,
    countryPledge: countryPledge
      ? { slug: countryPledge.slug, title: countryPledge.title, unit: countryPledge.unit, target: countryPledge.target, reached: countryValue }
      : null,
  };
});

export type LedgerSort = "name" | "region" | "updates" | "pledges" | "last";
export type LedgerQuery = { region?: string; workstream?: string; sort?: LedgerSort; dir?: "asc" | "desc" };

/** Filters and sorts the (already aggregated) ledger rows. */
export function filterLedgerRows(rows: LedgerRow[], query: LedgerQuery): LedgerRow[] {
  const filtered = rows.filter(
    (r) =>
      (!query.region || r.region === query.region) &&
      (!query.workstream || Boolean(r.workstreams[query.workstream]?.reached || r.workstreams[query.workstream]?.delivery)),
  );
  const sort = query.sort ?? "name";
  const sign = query.dir === "desc" ? -1 : 1;
  const key = (r: LedgerRow): string | number =>
    sort === "updates" ? r.updates : sort === "pledges" ? r.pledges.length : sort === "region" ? r.region : sort === "last" ? (r.lastEventDate ?? "") : r.name;
  return [...filtered].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const diff = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka).localeCompare(String(kb));
    return diff !== 0 ? diff * sign : a.name.localeCompare(b.name);
  });
}

export type CountryProfile = {
  iso3: string;
  name: string;
  region: string;
  subregion: string;
  developing: boolean;
  row: LedgerRow | null;
  workstreams: Workstream[];
};

export const getCountryProfile = cachePublicRead("country-profile", async (iso3: string, asOfDay: string | null = null, locale: Locale = DEFAULT_LOCALE): Promise<CountryProfile | null> => {
  const country = await db.country.findUnique({ where: { iso3 }, select: { iso3: true, name: true, region: true, subregion: true, developing: true } });
  if (!country) return null;
  const ledger = await getCountryLedger(asOfDay, locale);
  return { ...country, name: localizeCountryName(country, locale), row: ledger.rows.find((r) => r.iso3 === iso3) ?? null, workstreams: ledger.workstreams };
});
