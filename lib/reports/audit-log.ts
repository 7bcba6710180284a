import { db, type Prisma } from "@/lib/db";
import type { DateRange } from "@/lib/http/query";
import type { Column } from "./csv";

export type AuditRow = {
  id: number;
  createdAt: Date;
  actorId: number | null;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
};

export const AUDIT_LOG_COLUMNS: readonly Column<AuditRow>[] = [
  { header: "id", type: "number", description: "Audit entry id; entries are in the order they happened.", value: (r) => r.id },
  { header: "created_at", type: "datetime", description: "When the change happened (ISO 8601, UTC).", value: (r) => r.createdAt },
  { header: "actor_id", type: "number", description: "User id of who made the change; empty for the system.", value: (r) => r.actorId },
  { header: "actor_email", type: "text", description: "Their email.", value: (r) => r.actorEmail },
  { header: "actor_name", type: "text", description: "Their name.", value: (r) => r.actorName },
  { header: "action", type: "text", description: "What was done, e.g. update.publish, update.import, pledge.status.", value: (r) => r.action },
  { header: "entity_type", type: "text", description: "Kind of record changed, e.g. ProgressUpdate.", value: (r) => r.entityType },
  { header: "entity_id", type: "text", description: "Its id.", value: (r) => r.entityId },
  { header: "before", type: "text", description: "The record before the change, as JSON.", value: (r) => r.before },
  { header: "after", type: "text", description: "The record after the change, as JSON.", value: (r) => r.after },
];

/** The audit log in id order, a keyset page per call; `from`/`to` bound the day of the change (UTC, inclusive). */
export function createAuditReader(filter: DateRange & { action?: string }, pageSize = 1000): () => Promise<AuditRow[] | null> {
  const where: Prisma.AuditLogWhereInput = {
    action: filter.action,
    createdAt: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00.000Z`) : undefined,
      lt: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 86_400_000) : undefined,
    },
  };
  let after = 0;
  let done = false;
  return async () => {
    if (done) return null;
    const page = await db.auditLog.findMany({
      where: { ...where, id: { gt: after } },
      orderBy: { id: "asc" },
      take: pageSize,
      include: { actor: { select: { email: true, name: true } } },
    });
    done = page.length < pageSize;
    if (!page.length) return null;
    after = page[page.length - 1].id;
    return page.map(({ actor, ...entry }) => ({ ...entry, actorEmail: actor?.email ?? null, actorName: actor?.name ?? null }));
  };
}
