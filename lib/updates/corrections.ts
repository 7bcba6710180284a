import { recordAudit } from "@/lib/audit/record";
import { recordCorrection, recordDeletion } from "@/lib/changes/entries";
import { authorize } from "@/lib/auth/authorize";
import { canEditUpdate, type SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { publishEvidence, readPublicEvidenceDigest } from "@/lib/evidence/write";
import { trackRollups } from "@/lib/rollups/apply";
import { parseOrThrow } from "@/lib/validation";
import { checkUpdateReferences, claimVersion, loadUpdate, replaceChildren, updateContent } from "./actions";
import { checkIndependentReview, SELF_CORRECTION_REFUSED, SELF_DELETION_REFUSED, selfPublicationAudit } from "./four-eyes";
import { correctUpdateSchema, deleteUpdateSchema } from "./schema";
import { snapshotUpdate } from "./snapshot";
import { validationMessage as v } from "@/lib/i18n/validation";

/**
 * The only way a published number changes: the replaced version is kept as an UpdateRevision with the reason,
 * the new values become the next version, and correctedAt tells the public page it was corrected. Four eyes apply: a
 * writer of the update corrects it only where self-publication is allowed, and the update is then marked.
 */
export async function correctUpdate(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(correctUpdateSchema, input);
  const result = await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "update:correct");
    const current = await loadUpdate(tx, data.id);
    if (!current || current.deletedAt) throw new NotFoundError(v("errors.updateMissing"));
    if (current.state !== "PUBLISHED") throw new ForbiddenError(v("errors.correctPublished"));
    // New public figures, so four eyes as for a publication: none of the update's writers corrects it unreviewed.
    const mark = await checkIndependentReview(tx, user, current, { refusal: SELF_CORRECTION_REFUSED });
    await checkUpdateReferences(tx, data, current.pledgeId, { storedEventDate: current.eventDate });
    const before = snapshotUpdate(current);
    const evidenceBefore = await readPublicEvidenceDigest(tx, data.id);
    const rollups = await trackRollups(tx, [data.id]);
    await claimVersion(tx, data.id, data.version, { ...updateContent(data), correctedAt: new Date(), ...(mark.selfPublished ? { selfPublished: true } : {}) });
    await tx.updateRevision.create({
      data: { updateId: data.id, version: current.version, snapshot: JSON.stringify(before), reason: data.reason, authorId: user.id },
    });
    await replaceChildren(tx, data.id, data, user.id);
    await publishEvidence(tx, { updateId: data.id, pledgeId: current.pledgeId, reviewer: user, at: new Date(), before: evidenceBefore, reason: data.reason });
    await rollups.apply();
    const after = snapshotUpdate((await loadUpdate(tx, data.id))!);
    await recordAudit(tx, { actorId: user.id, action: "update.correct", entityType: "update", entityId: data.id, before, after: { ...after, reason: data.reason, ...selfPublicationAudit(mark) } });
    await recordCorrection(tx, { update: current, before, after, reason: data.reason, actor: user });
    await bumpPublicVersion(tx);
    return { id: data.id, version: after.version };
  });
  afterPublicChange();
  return result;
}

/**
 * Soft delete with a reason. Published updates need the correct permission and four eyes, as a correction: a writer of
 * the update takes its figures down only where self-publication is allowed, and the audit entry is then marked. Drafts
 * their author (or an admin).
 */
export async function deleteUpdate(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(deleteUpdateSchema, input);
  const result = await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "update:create");
    const current = await loadUpdate(tx, data.id);
    if (!current || current.deletedAt) throw new NotFoundError(v("errors.updateMissingDeleted"));
    const wasPublic = current.state === "PUBLISHED";
    let mark: { selfPublished: boolean } | null = null;
    if (wasPublic) {
      await authorize(tx, user, "update:correct");
      mark = await checkIndependentReview(tx, user, current, { refusal: SELF_DELETION_REFUSED });
    } else if (!canEditUpdate(user, current)) throw new ForbiddenError(v("errors.ownDraftsDelete"));
    const rollups = await trackRollups(tx, [data.id]);
    await claimVersion(tx, data.id, data.version, { deletedAt: new Date(), deletedById: user.id, deleteReason: data.reason });
    await rollups.apply();
    const after = snapshotUpdate((await loadUpdate(tx, data.id))!);
    await recordAudit(tx, { actorId: user.id, action: "update.delete", entityType: "update", entityId: data.id, before: snapshotUpdate(current), after: { ...after, reason: data.reason, ...selfPublicationAudit(mark) } });
    await recordDeletion(tx, { update: current, snapshot: snapshotUpdate(current), wasPublic, reason: data.reason, actor: user });
    if (wasPublic) await bumpPublicVersion(tx);
    return { id: data.id, wasPublic };
  });
  if (result.wasPublic) afterPublicChange();
  return result;
}
