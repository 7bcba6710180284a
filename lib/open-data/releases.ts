import { formatUtcDay, withAsOf } from "@/lib/as-of/links";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { recordDataRelease } from "@/lib/changes/entries";
import { afterPublicChange, cachePublicRead } from "@/lib/cache";
import { db, Prisma } from "@/lib/db";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { toNumber } from "@/lib/db/sql";
import { ConflictError } from "@/lib/errors";
import { absoluteUrl, readPublicCounter } from "./live";
import { buildDataPackage, formatDataPackage } from "./package";
import { listDataSources } from "./sources";
import { dataZipName, readDataZip } from "./zip";

/**
 * Numbered data releases: an admin freezes the public data as release N. The release keeps the bytes it was
 * served with (datapackage.json and the ZIP) in the database, so later corrections never change it.
 */

const ATTEMPTS = 3;

export type DataReleaseSummary = { number: number; version: string; asOf: string; sha256: string; zipName: string; zipBytes: number; createdAt: string };

/**
 * Freezes the current public data as the next release. The ZIP is built outside the transaction (it reads every
 * public row); the transaction then checks that no public change landed meanwhile and that nobody took the number,
 * else it builds again, so a release is always one consistent state of the public data.
 */
export async function freezeDataRelease(actor: SessionUser | null): Promise<DataReleaseSummary> {
  await authorize(db, actor, "data:release");
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const publicVersion = await readPublicCounter(db);
    const last = await db.dataRelease.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const asOf = new Date();
    const pkg = buildDataPackage({
      version: `${number}.0.0`,
      created: asOf.toISOString(),
      homepage: absoluteUrl(`/data/releases/${number}`),
      sources: await listDataSources(),
    });
    const zip = await readDataZip(pkg);
    const zipName = dataZipName(`release-${number}`);
    try {
      const saved = await db.$transaction(async (tx) => {
        const user = await authorize(tx, actor, "data:release");
        if ((await readPublicCounter(tx)) !== publicVersion) return null;
        const row = await tx.dataRelease.create({
          data: { number, version: pkg.version, asOf, publicVersion, sha256: zip.sha256, zipName, zip: new Uint8Array(zip.bytes), packageJson: formatDataPackage(pkg) },
          select: { number: true, version: true, asOf: true, sha256: true, zipName: true, createdAt: true },
        });
        await recordAudit(tx, { actorId: user.id, action: "data.release", entityType: "data-release", entityId: number, after: { version: pkg.version, asOf, sha256: zip.sha256 } });
        await recordDataRelease(tx, { number, version: pkg.version, actor: user });
        await bumpPublicVersion(tx); // /data lists the releases
        return row;
      });
      if (!saved) continue;
      afterPublicChange();
      return { ...saved, asOf: saved.asOf.toISOString(), createdAt: saved.createdAt.toISOString(), zipBytes: zip.bytes.byteLength };
    } catch (error) {
      // Another admin took this number meanwhile: build the next one.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  throw new ConflictError("The public data kept changing while the release was being built. Nothing was saved; try again.");
}

/** Every release, newest first, without their bytes. */
export const listDataReleases = cachePublicRead("data-releases", async (): Promise<DataReleaseSummary[]> => {
  const [rows, sizes] = await Promise.all([
    db.dataRelease.findMany({
      orderBy: { number: "desc" },
      select: { number: true, version: true, asOf: true, sha256: true, zipName: true, createdAt: true },
    }),
    // The ZIPs' sizes without loading them.
    db.$queryRaw<{ number: unknown; size: unknown }[]>(Prisma.sql`SELECT r."number" AS "number", LENGTH(r."zip") AS "size" FROM data_releases r`),
  ]);
  const sizeOf = new Map(sizes.map((s) => [toNumber(s.number), toNumber(s.size)]));
  return rows.map((r) => ({ ...r, asOf: r.asOf.toISOString(), createdAt: r.createdAt.toISOString(), zipBytes: sizeOf.get(r.number) ?? 0 }));
});

/** One release's summary and package text, or null. */
export async function getDataRelease(number: number) {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const summary = (await listDataReleases()).find((r) => r.number === number);
  if (!summary) return null;
  const row = await db.dataRelease.findUnique({ where: { number }, select: { packageJson: true } });
  return row ? { ...summary, packageJson: row.packageJson } : null;
}

/** A release's stored ZIP bytes, exactly as frozen. */
export async function readDataReleaseZip(number: number): Promise<{ bytes: Uint8Array; zipName: string; sha256: string } | null> {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const row = await db.dataRelease.findUnique({ where: { number }, select: { zip: true, zipName: true, sha256: true } });
  return row ? { bytes: row.zip, zipName: row.zipName, sha256: row.sha256 } : null;
}

/** The day whose as-of dashboard (`/?as_of=`) shows the figures a release froze, and that dashboard's path. */
export function findReleaseAsOf(release: Pick<DataReleaseSummary, "asOf">): { day: string; path: string } {
  const day = formatUtcDay(new Date(release.asOf));
  return { day, path: withAsOf("/", day) };
}
