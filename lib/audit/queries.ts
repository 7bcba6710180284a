import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { diffRecords } from "./changes";

export const AUDIT_PAGE_SIZE = 50;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v == null ? undefined : v), schema.optional());

/** Audit browser filters, from the page's query string. */
export const auditFilterSchema = z.object({
  actor: optional(z.coerce.number().int().positive()),
  action: optional(z.string().trim().max(60)),
  entity: optional(z.string().trim().max(40)),
  entityId: optional(z.string().trim().max(40)),
  from: optional(z.iso.date()),
  to: optional(z.iso.date()),
  page: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().min(1).max(100_000).default(1)),
});

export type AuditFilters = z.infer<typeof auditFilterSchema>;

function buildWhere(f: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    ...(f.actor ? { actorId: f.actor } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entity ? { entityType: f.entity } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.from || f.to
      ? { createdAt: { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
}

const parse = (json: string | null) => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

/** One page of audit rows, newest first, with the field-level change of each. */
export async function listAuditEntries(filters: AuditFilters) {
  const where = buildWhere(filters);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    rows: rows.map((r) => {
      const before = parse(r.before);
      const after = parse(r.after);
      return {
        id: r.id,
        at: r.createdAt.toISOString(),
        actor: r.actor ? `${r.actor.name} (${r.actor.email})` : "system",
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        changes: diffRecords(before ?? {}, after ?? {}),
        created: before === null,
      };
    }),
  };
}

/** Choices for the filter selects: who acted, which actions and entity types exist. */
export async function getAuditFilterOptions() {
  const [actors, actions, entities] = await Promise.all([
    db.user.findMany({ where: { auditEntries: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actors, actions: actions.map((a) => a.action), entities: entities.map((e) => e.entityType) };
}
