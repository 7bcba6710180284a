import { db } from "@/lib/db";

/** Countries for the admin list, filtered by a name/ISO search and the developing flag. */
export async function listCountriesForAdmin({ q, developing }: { q?: string; developing?: "yes" | "no" }) {
  const search = q?.trim();
  return db.country.findMany({
    where: {
      ...(search ? { OR: [{ name: { contains: search } }, { iso3: search.toUpperCase() }, { iso2: search.toUpperCase() }] } : {}),
      ...(developing ? { developing: developing === "yes" } : {}),
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, iso3: true, region: true, subregion: true, developing: true },
  });
}
