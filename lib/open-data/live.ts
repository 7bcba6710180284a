import { appOrigin } from "@/lib/auth/callback-url";
import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import { buildDataPackage, formatDataPackage, type DataPackage } from "./package";
import { listDataSources } from "./sources";
import { dataZipName, hashDataZip } from "./zip";

export type LiveDataset = { pkg: DataPackage; json: string; zipName: string; day: string };

export const today = () => new Date().toISOString().slice(0, 10);

/** Absolute URL of a path on this site (NEXTAUTH_URL), for packages, feeds and link previews. */
export function absoluteUrl(path: string): string {
  return new URL(path, appOrigin()).toString();
}

/** The public-data version counter (lib/db/public-version.ts), for keys other sites cache on (URLs, versions). */
export async function readPublicCounter(client: Pick<typeof db, "publicState"> = db): Promise<number> {
  return (await client.publicState.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0;
}

/**
 * The live package: today's public data. Built only from the day and the public-data version, so every instance and
 * every rebuild writes the same bytes: `created` is the day it describes, `version` a pre-release of the next data
 * release numbered by the public-data version ("3.0.0-live.118").
 */
export async function getLiveDataset(day = today()): Promise<LiveDataset> {
  const [counter, last, sources] = await Promise.all([
    readPublicCounter(),
    db.dataRelease.findFirst({ orderBy: { number: "desc" }, select: { number: true } }),
    listDataSources(),
  ]);
  const pkg = buildDataPackage({
    version: `${(last?.number ?? 0) + 1}.0.0-live.${counter}`,
    created: `${day}T00:00:00Z`,
    homepage: absoluteUrl("/data"),
    sources,
  });
  return { pkg, json: formatDataPackage(pkg), zipName: dataZipName(day), day };
}

/** The live ZIP's sha256, computed once per public-data version and day by streaming the ZIP through the hash. */
export const getLiveZipSha256 = cachePublicRead("live-zip-sha256", async (day: string) => hashDataZip((await getLiveDataset(day)).pkg));
