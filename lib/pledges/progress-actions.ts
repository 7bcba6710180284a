import { changesSince } from "@/lib/audit/changes";
import { recordAudit } from "@/lib/audit/record";
import { readPublicMilestoneValues, recordDeliveryChange, recordMilestoneChange } from "@/lib/changes/entries";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { db, Prisma } from "@/lib/db";
import { lockRows } from "@/lib/db/locks";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { deliverySchema, milestoneCompletionSchema } from "./schema";
import { validationMessage as v } from "@/lib/i18n/validation";

const STALE = v("errors.stale");

/** Marks a milestone complete on a date, with a link or citation as evidence. */
export async function completeMilestone(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(milestoneCompletionSchema, input);
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:status");
    const before = await tx.milestone.findUnique({ where: { id: data.milestoneId } });
    if (!before) throw new NotFoundError(v("errors.noMilestone"));
    const { count } = await tx.milestone.updateMany({
      where: { id: data.milestoneId, updatedAt: data.updatedAt },
      data: { completedAt: data.completedAt, evidenceUrl: data.evidenceUrl || null, evidenceNote: data.evidenceNote || null },
    });
    if (count !== 1) {
      const { changes } = await changesSince(tx, "milestone", data.milestoneId, data.updatedAt);
      throw new ConflictError(STALE, changes);
    }
    const after = await tx.milestone.findUniqueOrThrow({ where: { id: data.milestoneId } });
    await recordAudit(tx, { actorId: user.id, action: "milestone.complete", entityType: "milestone", entityId: data.milestoneId, before: readPublicMilestoneValues(before), after: readPublicMilestoneValues(after) });
    await recordMilestoneChange(tx, { milestone: after, before: readPublicMilestoneValues(before), after: readPublicMilestoneValues(after), actor: user });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}

/** Systems and labs: one country's status in one workstream (planned, in progress, completed). */
export async function setCountryDelivery(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(deliverySchema, input);
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:status");
    // The workstream's row serializes its status changes: two saves from the same status (or both from none, which
    // would both create) cannot both pass the check below.
    await lockRows(tx, "fields", Prisma.sql`id = ${data.fieldId}`);
    const field = await tx.field.findUnique({ where: { id: data.fieldId } });
    if (!field || field.pledgeId !== data.pledgeId) throw new ValidationError({ fieldId: [v("pledge.workstream")] });
    if (!(await tx.country.findUnique({ where: { id: data.countryId } }))) throw new ValidationError({ countryId: [v("pledge.country")] });
    const where = { fieldId_countryId: { fieldId: data.fieldId, countryId: data.countryId } };
    const before = await tx.countryDelivery.findUnique({ where });
    if ((before?.status ?? "") !== data.expectedStatus) {
      throw new ConflictError(STALE, [{ field: "Status", from: data.expectedStatus || "—", to: before?.status ?? "—" }]);
    }
    const values = { status: data.status, note: data.note || null, updatedById: user.id };
    const after = before
      ? await tx.countryDelivery.update({ where, data: values })
      : await tx.countryDelivery.create({ data: { pledgeId: data.pledgeId, fieldId: data.fieldId, countryId: data.countryId, ...values } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "delivery.set",
      entityType: "delivery",
      entityId: after.id,
      before: before ? { status: before.status, note: before.note } : undefined,
      after: { fieldId: data.fieldId, countryId: data.countryId, status: after.status, note: after.note },
    });
    await recordDeliveryChange(tx, { deliveryId: after.id, pledgeId: data.pledgeId, fieldId: data.fieldId, countryId: data.countryId, before: before?.status ?? null, after: after.status, actor: user });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}
