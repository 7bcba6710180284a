import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import { PUBLIC_UPDATE_WHERE } from "@/lib/updates/visibility";

/** Countries named by at least one published update, for filter menus. */
export const listReachedCountries = cachePublicRead("reached-countries", async (): Promise<{ iso3: string; name: string }[]> =>
  db.country.findMany({
    where: { updates: { some: { update: PUBLIC_UPDATE_WHERE } } },
    select: { iso3: true, name: true },
    orderBy: { name: "asc" },
  }),
);
