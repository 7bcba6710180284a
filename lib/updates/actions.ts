import { recordAudit } from "@/lib/audit/record";
import { recordPublication } from "@/lib/changes/entries";
import { authorize } from "@/lib/auth/authorize";
import { canEditUpdate, type SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { db, type Prisma, type Tx, type UpdateState } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { publishEvidence, replaceEvidence } from "@/lib/evidence/write";
import { trackRollups } from "@/lib/rollups/apply";
import { parseOrThrow } from "@/lib/validation";
import { checkIndependentReview, selfPublicationAudit } from "./four-eyes";
import { findUpdateRuleErrors } from "./rules";
import { createUpdateSchema, editUpdateSchema, reviewUpdateSchema, type ValidUpdate } from "./schema";
import { snapshotUpdate, staleVersionError, UPDATE_WITH_DETAILS } from "./snapshot";
import { validationMessage as v } from "@/lib/i18n/validation";

/**
 * Checks what zod cannot: the pledge's rules (lib/updates/rules.ts, shared with the CSV import) and that the countries
 * exist. Edits and corrections pass the stored event date (see findUpdateRuleErrors).
 */
export async function checkUpdateReferences(
  tx: Tx,
  data: Pick<ValidUpdate, "fieldId" | "countryIds" | "eventDate">,
  pledgeId: number,
  options: { storedEventDate?: Date } = {},
) {
  const pledge = await tx.pledge.findUnique({ where: { id: pledgeId }, include: { fields: { select: { id: true } } } });
  if (!pledge) throw new ValidationError({ pledgeId: [v("update.pledge")] });
  const errors = findUpdateRuleErrors(pledge, data, options);
  const found = await tx.country.count({ where: { id: { in: data.countryIds } } });
  if (found !== new Set(data.countryIds).size) errors.countryIds = ["One of the chosen countries does not exist."];
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return pledge;
}

export function updateContent(data: Omit<ValidUpdate, "pledgeId">) {
  return {
    fieldId: data.fieldId,
    eventDate: data.eventDate,
    quantity: data.quantity,
    title: data.title,
    description: data.description,
    publicSummary: data.publicSummary,
    lang: data.lang,
  } satisfies Prisma.ProgressUpdateUncheckedUpdateInput;
}

export async function replaceChildren(tx: Tx, updateId: number, data: Pick<ValidUpdate, "countryIds" | "evidence">, actorId: number) {
  await tx.updateCountry.deleteMany({ where: { updateId } });
  await tx.updateCountry.createMany({ data: [...new Set(data.countryIds)].map((countryId) => ({ updateId, countryId })) });
  await replaceEvidence(tx, updateId, data.evidence, actorId);
}

export const loadUpdate = (tx: Tx, id: number) => tx.progressUpdate.findUnique({ where: { id }, include: UPDATE_WITH_DETAILS });

/**
 * Bumps the version only if it is still the one the edit was based on: the optimistic-concurrency gate.
 * A stale version is refused with what changed meanwhile; nothing is overwritten.
 */
export async function claimVersion(tx: Tx, id: number, version: number, data: Prisma.ProgressUpdateUncheckedUpdateManyInput) {
  const { count } = await tx.progressUpdate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const current = await loadUpdate(tx, id);
  if (!current) throw new NotFoundError(v("errors.updateGone"));
  throw await staleVersionError(tx, id, version, snapshotUpdate(current));
}

/** Logs progress as a draft, or submits it for review at once. */
export async function createUpdate(actor: SessionUser | null, input: unknown, options: { submit?: boolean } = {}) {
  const data = parseOrThrow(createUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "update:create");
    await checkUpdateReferences(tx, data, data.pledgeId);
    const now = new Date();
    const created = await tx.progressUpdate.create({
      data: {
        ...updateContent(data),
        pledgeId: data.pledgeId,
        authorId: user.id,
        state: options.submit ? "SUBMITTED" : "DRAFT",
        submittedAt: options.submit ? now : null,
      },
    });
    await replaceChildren(tx, created.id, data, user.id);
    const after = snapshotUpdate((await loadUpdate(tx, created.id))!);
    await recordAudit(tx, { actorId: user.id, action: options.submit ? "update.submit" : "update.create", entityType: "update", entityId: created.id, after });
    return { id: created.id, version: created.version };
  });
}

/** Edits a draft or returned update (its author, or an admin); `submit` sends it for review. Published ones need a correction. */
export async function editUpdate(actor: SessionUser | null, input: unknown, options: { submit?: boolean } = {}) {
  const data = parseOrThrow(editUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "update:create");
    const current = await loadUpdate(tx, data.id);
    if (!current || current.deletedAt) throw new NotFoundError(v("errors.updateMissing"));
    if (current.state === "PUBLISHED") throw new ForbiddenError(v("errors.publishedOnlyCorrection"));
    if (!canEditUpdate(user, current)) throw new ForbiddenError(v("errors.ownDraftsEdit"));
    await checkUpdateReferences(tx, data, current.pledgeId, { storedEventDate: current.eventDate });
    const state: UpdateState = options.submit ? "SUBMITTED" : current.state === "SUBMITTED" ? "SUBMITTED" : "DRAFT";
    await claimVersion(tx, data.id, data.version, {
      ...updateContent(data),
      state,
      submittedAt: options.submit ? new Date() : current.submittedAt,
    });
    await replaceChildren(tx, data.id, data, user.id);
    const after = await loadUpdate(tx, data.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: options.submit ? "update.submit" : "update.edit",
      entityType: "update",
      entityId: data.id,
      before: snapshotUpdate(current),
      after: snapshotUpdate(after!),
    });
    return { id: data.id, version: after!.version };
  });
}

/** Admin review: publish a submitted update, or return it to its author with a comment. */
export async function reviewUpdate(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(reviewUpdateSchema, input);
  if (data.decision === "return" && data.comment.length < 3) {
    throw new ValidationError({ comment: [v("update.returnComment")] });
  }
  const result = await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "update:review");
    const current = await loadUpdate(tx, data.id);
    if (!current || current.deletedAt) throw new NotFoundError(v("errors.updateMissing"));
    if (current.state !== "SUBMITTED" && current.version === data.version) {
      throw new ForbiddenError(v("errors.reviewSubmitted"));
    }
    const now = new Date();
    const publish = data.decision === "publish";
    const mark = publish ? await checkIndependentReview(tx, user, current) : null;
    const rollups = await trackRollups(tx, [data.id]);
    await claimVersion(tx, data.id, data.version, {
      state: publish ? "PUBLISHED" : "RETURNED",
      reviewerId: user.id,
      reviewedAt: now,
      publishedAt: publish ? now : null,
      reviewComment: publish ? (data.comment || null) : data.comment,
      selfPublished: mark?.selfPublished ?? false,
    });
    await rollups.apply();
    if (publish) await publishEvidence(tx, { updateId: data.id, pledgeId: current.pledgeId, reviewer: user, at: now });
    const after = await loadUpdate(tx, data.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: publish ? "update.publish" : "update.return",
      entityType: "update",
      entityId: data.id,
      before: snapshotUpdate(current),
      after: { ...snapshotUpdate(after!), ...selfPublicationAudit(mark) },
    });
    if (publish) await recordPublication(tx, { update: current, snapshot: snapshotUpdate(after!), actor: user });
    if (publish) await bumpPublicVersion(tx);
    return { id: data.id, version: after!.version, published: publish };
  });
  if (result.published) afterPublicChange();
  return result;
}
