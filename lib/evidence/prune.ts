import { recordAudit } from "@/lib/audit/record";
import { db, Prisma, type Db } from "@/lib/db";
import { lockRows } from "@/lib/db/locks";

/** An upload no evidence item has carried for this long is an orphan: the form was abandoned. */
export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;
/** At most this many orphans go per upload, so an upload never waits on a large cleanup. */
export const PRUNE_BATCH_ON_UPLOAD = 20;

/**
 * Deletes up to `limit` orphan uploads (documents never attached to an evidence item, older than ORPHAN_AGE_MS) and
 * their bytes, in one transaction, each with an audit row. A document once attached keeps its `attachedAt` even when
 * a correction detaches it, so the revisions that name it keep it. The candidates are locked and read again: an editor
 * attaching one meanwhile (replaceEvidence sets `attachedAt` before it checks) either finishes first, and the document
 * stays, or waits and is told to upload it again.
 */
export async function pruneOrphanDocuments(options: { now?: Date; limit: number; client?: Db }): Promise<{ deleted: number }> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - ORPHAN_AGE_MS);
  const orphan = { attachedAt: null, createdAt: { lt: cutoff }, evidence: { none: {} } };
  return (options.client ?? db).$transaction(async (tx) => {
    const candidates = await tx.document.findMany({
      where: orphan,
      orderBy: { id: "asc" },
      take: options.limit,
      select: { id: true, sha256: true, mediaType: true, byteSize: true, fileName: true, uploadedById: true, createdAt: true },
    });
    if (!candidates.length) return { deleted: 0 };
    const ids = candidates.map((d) => d.id);
    await lockRows(tx, "documents", Prisma.sql`id IN (${Prisma.join(ids)}) AND "attachedAt" IS NULL`);
    const goneIds = (await tx.document.findMany({ where: { id: { in: ids }, ...orphan }, select: { id: true } })).map((d) => d.id);
    await tx.documentBlob.deleteMany({ where: { documentId: { in: goneIds } } });
    const { count } = await tx.document.deleteMany({ where: { id: { in: goneIds }, ...orphan } });
    for (const document of candidates.filter((d) => goneIds.includes(d.id))) {
      await recordAudit(tx, { actorId: null, action: "document.prune", entityType: "document", entityId: document.id, before: document });
    }
    return { deleted: count };
  });
}
