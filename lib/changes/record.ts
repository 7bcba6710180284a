import type { ChangeKind, Prisma, Tx } from "@/lib/db";

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
  /** Demo data from the sample generator (lib/seed/sample.ts): labelled "Sample" wherever the entry is shown. */
  isSample?: boolean;
};

/**
 * Writes one entry of the public change log inside the caller's transaction, beside its audit row, so the change and
 * its public trace land together or not at all. Only for changes the public can see; the caller still bumps the
 * public version.
 */
export async function recordPublicChange(tx: Tx, entry: PublicChangeEntry): Promise<void> {
  await tx.publicChange.create({ data: toPublicChangeRow(entry) });
}

/**
 * The row an entry is stored as. `createdAt` only for rows written in bulk outside the write paths (the sample data),
 * which say when they became public; every other entry is dated by its transaction.
 */
export function toPublicChangeRow(entry: PublicChangeEntry, createdAt?: Date): Prisma.PublicChangeCreateManyInput {
  return {
    kind: entry.kind,
    pledgeId: entry.pledgeId ?? null,
    updateId: entry.updateId ?? null,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    summary: entry.summary,
    diff: entry.diff && entry.diff.length > 0 ? JSON.stringify(entry.diff) : null,
    reason: entry.reason ?? null,
    actorName: entry.actorName ?? null,
    isSample: entry.isSample ?? false,
    ...(createdAt ? { createdAt } : {}),
  };
}
