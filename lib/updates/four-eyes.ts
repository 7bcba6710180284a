import { enforce } from "@/lib/auth/enforce";
import type { SessionUser } from "@/lib/auth/permissions";
import { db, type Db, type Tx } from "@/lib/db";
import { validationMessage as v } from "@/lib/i18n/validation";
import { readSettings, readSettingsForWrite } from "@/lib/settings/queries";

// Four eyes: an update is published by someone who did not write it. Every way to publish (reviewUpdate, behind the
// review screen and its server action; an import with state PUBLISHED; correctUpdate, which publishes new figures) and
// to take published figures down (deleteUpdate) calls checkIndependentReview() inside its write transaction. Only the
// self-publication setting (one-person deployments) waives it, and the update (a deletion: its audit entry) is then marked.

/** Audit actions that write an update's content; whoever performed one on an update is one of its writers. */
const CONTENT_WRITES = ["update.create", "update.edit", "update.submit"];

// Refusals, as keys of the validation catalogue: forms answer in their page's language, the API and importer in English.
export const SELF_PUBLICATION_REFUSED = v("errors.selfPublication");
export const SELF_CORRECTION_REFUSED = v("errors.selfCorrection");
export const SELF_DELETION_REFUSED = v("errors.selfDeletion");

type Writable = { id: number | null; authorId: number | null };

/**
 * Whether `userId` wrote the update: its author, or anyone who edited its content (an admin may edit any update, and
 * must not then publish what they wrote under someone else's name). `id` null: an update not yet written.
 */
export async function hasWrittenUpdate(client: Db | Tx, userId: number, update: Writable): Promise<boolean> {
  if (update.authorId === userId) return true;
  if (update.id === null) return false;
  const edits = await client.auditLog.count({
    where: { entityType: "update", entityId: String(update.id), actorId: userId, action: { in: CONTENT_WRITES } },
  });
  return edits > 0;
}

/** What the screens offer (the server decides again on publishing): may this user publish this update? */
export async function canPublishWithoutOtherReviewer(userId: number, update: Writable, client: Db | Tx = db) {
  return !(await hasWrittenUpdate(client, userId, update)) || (await readSettings(client)).allowSelfPublication;
}

/**
 * The four-eyes check, inside the publishing transaction, after the update was read in it (and before the version
 * claim that makes the write conditional on that read). A publisher who wrote the update is refused, and the refusal
 * audited (access.refused), unless the setting allows self-publication: the settings row is locked, so the setting
 * cannot be switched off between this check and the commit. Returns the mark to store with the publication.
 */
export async function checkIndependentReview(
  tx: Tx,
  publisher: SessionUser,
  update: Writable,
  options: { refusal?: string } = {},
): Promise<{ selfPublished: boolean }> {
  if (!(await hasWrittenUpdate(tx, publisher.id, update))) return { selfPublished: false };
  if (!(await readSettingsForWrite(tx)).allowSelfPublication) enforce(publisher, "update:publish-own", options.refusal ?? SELF_PUBLICATION_REFUSED);
  return { selfPublished: true };
}

/** The audit log's note on a publication without independent review. */
export const selfPublicationAudit = (mark: { selfPublished: boolean } | null) => (mark?.selfPublished ? { withoutIndependentReview: true } : {});
