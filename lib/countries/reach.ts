import type { AsOf } from "@/lib/as-of/day";
import { countryReachAsOfSql } from "@/lib/as-of/figures";
import { db, Prisma } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizeCountryName } from "./names";

export type CountryReach = {
  iso3: string;
  iso2: string;
  name: string;
  region: string;
  subregion: string;
  developing: boolean;
  publishedUpdates: number;
  pledges: string[];
};

/** Countries with how many published updates named them and which pledges reached them, counted from the rollups. */
export async function listCountryReach(filter: { region?: string; developing?: boolean; asOf?: AsOf | null; locale?: Locale } = {}): Promise<CountryReach[]> {
  const [countries, reach] = await Promise.all([
    db.country.findMany({
      where: { region: filter.region, developing: filter.developing },
      orderBy: { name: "asc" },
      select: { id: true, iso3: true, iso2: true, name: true, region: true, subregion: true, developing: true },
    }),
    db.$queryRaw<{ countryId: number; slug: string; updates: number | bigint }[]>(Prisma.sql`
      SELECT r."countryId" AS "countryId", p.slug AS slug, SUM(r."updates") AS updates
      FROM ${filter.asOf ? Prisma.sql`(${countryReachAsOfSql(filter.asOf)}) r` : Prisma.sql`rollup_country_reach r`}
      JOIN pledges p ON p.id = r."pledgeId"
      GROUP BY r."countryId", p.slug, p."displayOrder"
      ORDER BY p."displayOrder", p.slug`),
  ]);
  const byCountry = new Map<number, { updates: number; pledges: string[] }>();
  for (const row of reach) {
    const entry = byCountry.get(row.countryId) ?? byCountry.set(row.countryId, { updates: 0, pledges: [] }).get(row.countryId)!;
    entry.updates += Number(row.updates);
    entry.pledges.push(row.slug);
  }
  return countries.map(({ id, ...country }) => ({
    ...country,
    name: localizeCountryName(country, filter.locale ?? DEFAULT_LOCALE),
    publishedUpdates: byCountry.get(id)?.updates ?? 0,
    pledges: byCountry.get(id)?.pledges ?? [],
  }));
}
