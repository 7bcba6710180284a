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
