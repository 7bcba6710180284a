import type { Tx } from "@/lib/db";
import { isPublicUpdate } from "@/lib/updates/visibility";

// Keeps public_update_versions in step with what the public sees, inside the writing transaction. Called beside the
// rollups (lib/rollups/apply.ts), so every path that changes public data (publish, correction, deletion, import,
// seeding) records its versions without a second call to forget.

type Content = { pledgeId: number; fieldId: number | null; eventDate: Date; quantity: number; title: string; description: string; isSample: boolean; countryIds: number[] };

const sameContent = (a: Content, b: Content) =>
  a.pledgeId === b.pledgeId &&
  a.fieldId === b.fieldId &&
  a.eventDate.getTime() === b.eventDate.getTime() &&
  a.quantity === b.quantity &&
  a.title === b.title &&
  a.description === b.description &&
  a.isSample === b.isSample &&
  a.countryIds.join() === b.countryIds.join();

const later = (a: Date, b: Date) => (a > b ? a : b);

/**
 * Closes the version in force of each of `ids` that the public no longer sees as it is (corrected or deleted), and
 * opens a version for each that is public with new content. A first version starts at the publication; a correction
 * or deletion takes effect when the row says it did (correctedAt, deletedAt).
 */
export async function syncPublicVersions(tx: Tx, ids: number[]) {
  if (ids.length === 0) return;
  const [rows, open] = await Promise.all([
    tx.progressUpdate.findMany({
      where: { id: { in: ids } },
      select: {
        id: true, version: true, state: true, deletedAt: true, publishedAt: true, correctedAt: true, pledgeId: true, fieldId: true,
        eventDate: true, quantity: true, title: true, description: true, isSample: true, countries: { select: { countryId: true } },
      },
    }),
    tx.publicUpdateVersion.findMany({ where: { updateId: { in: ids }, validTo: null }, include: { countries: { select: { countryId: true } } } }),
  ]);
  const now = new Date();
  for (const row of rows) {
    const current = open.find((v) => v.updateId === row.id);
    const shown = isPublicUpdate(row) ? { ...row, countryIds: row.countries.map((c) => c.countryId).sort((a, b) => a - b) } : null;
    const before = current ? { ...current, countryIds: current.countries.map((c) => c.countryId).sort((a, b) => a - b) } : null;
    if (before && shown && sameContent(before, shown)) continue;
    let from = shown?.publishedAt ?? now;
    if (current) {
      const at = later(shown ? (row.correctedAt ?? now) : (row.deletedAt ?? now), current.validFrom);
      await tx.publicUpdateVersion.update({ where: { id: current.id }, data: { validTo: at } });
      from = at;
    }
    if (!shown) continue;
    await tx.publicUpdateVersion.create({
      data: {
        updateId: row.id,
        updateVersion: row.version,
        pledgeId: shown.pledgeId,
        fieldId: shown.fieldId,
        eventDate: shown.eventDate,
        quantity: shown.quantity,
        title: shown.title,
        description: shown.description,
        isSample: shown.isSample,
        publishedAt: shown.publishedAt ?? from,
        validFrom: from,
        countries: { create: shown.countryIds.map((countryId) => ({ countryId })) },
      },
    });
  }
}

/**
 * Records the version in force of every published update that has none: for rows written in bulk outside the write
 * path (the sample data), each in force from its publication until its deletion. One INSERT … SELECT each.
 */
export async function addMissingVersions(tx: Tx) {
  await tx.$executeRaw`
    INSERT INTO "public_update_versions" ("updateId", "updateVersion", "pledgeId", "fieldId", "eventDate", "quantity", "title", "description", "isSample", "publishedAt", "validFrom", "validTo")
    SELECT u."id", u."version", u."pledgeId", u."fieldId", u."eventDate", u."quantity", u."title", u."description", u."isSample", u."publishedAt", u."publishedAt", u."deletedAt"
    FROM "progress_updates" u
    WHERE u."state" = 'PUBLISHED' AND u."publishedAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public_update_versions" v WHERE v."updateId" = u."id")`;
  await tx.$executeRaw`
    INSERT INTO "public_update_version_countries" ("versionId", "countryId")
    SELECT v."id", uc."countryId"
    FROM "public_update_versions" v JOIN "update_countries" uc ON uc."updateId" = v."updateId"
    WHERE NOT EXISTS (SELECT 1 FROM "public_update_version_countries" x WHERE x."versionId" = v."id")
      AND v."updateVersion" = (SELECT u."version" FROM "progress_updates" u WHERE u."id" = v."updateId")`;
}
