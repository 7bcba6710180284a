import type { Tx } from "@/lib/db";

export type AuditEntry = {
  actorId: number | null;
  action: string; // verb-first and dotted: "update.publish", "pledge.status", "user.create"
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit row inside the caller's transaction, so the change and its trail land together or not at all. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
