import { db } from "@/lib/db";
import { recordAudit } from "./record";

export type Refusal = { actorId: number; permission: string; reason: "forbidden" | "password_change_required" };

const pending = new Set<Promise<void>>();

/**
 * Records a refused action of a signed-in user (ASVS: log access-control failures). The refusal usually happens
 * inside the action's transaction, which then rolls back, so the row is written on its own, after that transaction
 * and without holding up the answer.
 */
export function recordRefusal(refusal: Refusal): void {
  const write: Promise<void> = recordAudit(db, {
    actorId: refusal.actorId,
    action: "access.refused",
    entityType: "permission",
    entityId: refusal.permission,
    after: { reason: refusal.reason },
  })
    .catch((error: unknown) => console.error("audit: could not record a refused action", error))
    .finally(() => pending.delete(write));
  pending.add(write);
}

/** Resolves once every refusal recorded so far is written (tests and orderly shutdown). */
export async function settleRefusals(): Promise<void> {
  await Promise.all([...pending]);
}
