import type { ChangeKind, Tx } from "@/lib/db";

export type FieldChange = { field: string; before: unknown; after: unknown };

export type PublicChangeEntry = {
  kind: ChangeKind;
  pledgeId?: number | null;
  updateId?: number | null;
  entityType: string;
  entityId: string | number;
  summary: string;
  diff?: FieldChange[];
  reason?: string | null;
  actorName?: string | null;
};

/**
 * Writes one entry of the public change log inside the caller's transaction, beside its audit row, so the change and
 * its public trace land together or not at all. Only for changes the public can see; the caller still bumps the
 * public version.
 */
export async function recordPublicChange(tx: Tx, entry: PublicChangeEntry): Promise<void> {
  await tx.publicChange.create({
    data: {
      kind: entry.kind,
      pledgeId: entry.pledgeId ?? null,
      updateId: entry.updateId ?? null,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      summary: entry.summary,
      diff: entry.diff && entry.diff.length > 0 ? JSON.stringify(entry.diff) : null,
      reason: entry.reason ?? null,
      actorName: entry.actorName ?? null,
    },
  });
}
