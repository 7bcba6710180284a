import type { Tx } from "@/lib/db";
import type { Change } from "@/lib/errors";

const show = (v: unknown) => (Array.isArray(v) ? v.join(", ") || "—" : v === null || v === undefined || v === "" ? "—" : String(v));

/** Field-by-field differences between two audit snapshots (every key of either). */
export function diffRecords(before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ field: k, from: show(before[k]), to: show(after[k]) }));
}

/** What changed on an entity since a moment (e.g. the updatedAt a form was rendered with), from its audit rows. */
export async function changesSince(tx: Tx, entityType: string, entityId: string | number, since: Date): Promise<{ changes: Change[]; actors: string[] }> {
  const rows = await tx.auditLog.findMany({
    where: { entityType, entityId: String(entityId), createdAt: { gte: since } },
    orderBy: { id: "asc" },
    include: { actor: { select: { name: true } } },
  });
  if (rows.length === 0) return { changes: [], actors: [] };
  const first = JSON.parse(rows[0].before ?? "{}");
  const last = JSON.parse(rows.at(-1)!.after ?? "{}");
  return { changes: diffRecords(first, last), actors: [...new Set(rows.map((r) => r.actor?.name ?? "the system"))] };
}
