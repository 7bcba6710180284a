import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { db, type Db, type Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { hasWrittenUpdate } from "@/lib/updates/four-eyes";
import { isPublicUpdate } from "@/lib/updates/visibility";
import { parseOrThrow, recordId } from "@/lib/validation";
import { LEVEL_LABELS } from "./level";
import { readPublicEvidenceDigest, recordEvidenceChange, refreshEvidenceLevel } from "./write";

type Confirmable = { id: number; authorId: number | null; state: string };

/** Why `userId` may not confirm this update's figure, or null: the update is submitted or published, and four eyes (hasWrittenUpdate): none of its writers confirms it. */
async function findConfirmRefusal(client: Db | Tx, userId: number, update: Confirmable): Promise<string | null> {
  if (update.state !== "SUBMITTED" && update.state !== "PUBLISHED") return "Confirm figures on submitted or published updates.";
  if (await hasWrittenUpdate(client, userId, update)) return "Someone who did not write or edit this update must confirm its figure.";
  return null;
}

/** What the update page offers: the confirmation confirmEvidence accepts. */
export async function canConfirmFigures(user: SessionUser, update: Confirmable & { deletedAt: unknown }): Promise<boolean> {
  return can(user, "update:review") && !update.deletedAt && (await findConfirmRefusal(db, user.id, update)) === null;
}

export const confirmEvidenceSchema = z.object({ evidenceId: recordId(), version: recordId() });

/**
 * A reviewer records that they checked the update's figure against this item's document: what makes an update
 * "Documented". Only someone who may review, never one of the update's writers, on a submitted or published update whose
 * version is still the one they looked at. On a published update the new level is a public change.
 */
export async function confirmEvidence(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(confirmEvidenceSchema, input);
  const result = await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "update:review");
    const item = await tx.evidence.findUnique({
      where: { id: data.evidenceId },
      select: { id: true, documentId: true, confirmedAt: true, update: { select: { id: true, pledgeId: true, authorId: true, version: true, state: true, deletedAt: true } } },
    });
    if (!item || item.update.deletedAt) throw new NotFoundError("This evidence item no longer exists.");
    const update = item.update;
    if (update.version !== data.version) throw new ConflictError("The update changed after you opened it. Reload it and check the figure again.");
    const refusal = await findConfirmRefusal(tx, user.id, update);
    if (refusal) throw new ForbiddenError(refusal);
    if (item.documentId === null) throw new ForbiddenError("Only a document on file can confirm the figure: upload it first.");
    if (item.confirmedAt) return { updateId: update.id, public: false };
    const isPublic = isPublicUpdate(update);
    const before = isPublic ? await readPublicEvidenceDigest(tx, update.id) : null;
    const now = new Date();
    await tx.evidence.update({ where: { id: item.id }, data: { confirmedById: user.id, confirmedAt: now } });
    const level = await refreshEvidenceLevel(tx, update.id);
    await recordAudit(tx, { actorId: user.id, action: "evidence.confirm", entityType: "update", entityId: update.id, after: { evidenceId: item.id, evidenceLevel: level } });
    if (before) {
      await recordEvidenceChange(tx, {
        updateId: update.id,
        pledgeId: update.pledgeId,
        reviewer: user,
        before,
        summary: `A reviewer confirmed the figure against a document on file: ${LEVEL_LABELS[level]}.`,
      });
      await bumpPublicVersion(tx);
    }
    return { updateId: update.id, public: Boolean(before) };
  });
  if (result.public) afterPublicChange();
  return result;
}
