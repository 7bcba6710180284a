import { recordPublicChange } from "@/lib/changes/record";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { rateEvidence } from "./level";
import { describeInternalNotice, describePublicItem, EVIDENCE_ROW_SELECT, toEvidenceRow, toPublicEvidence } from "./public";
import type { ValidEvidenceItem } from "./schema";

/**
 * Replaces an update's evidence items. A document may be attached by the editor who uploaded it, or kept on the update
 * it is already attached to: nobody can pull another person's upload (an internal one, say) into a public item.
 */
export async function replaceEvidence(tx: Tx, updateId: number, items: readonly ValidEvidenceItem[], actorId: number) {
  const documentIds = [...new Set(items.flatMap((i) => (i.documentId ? [i.documentId] : [])))];
  if (documentIds.length) {
    // Claimed before the check: a concurrent orphan prune (prune.ts) has either deleted it already, and the check
    // below refuses, or waits for this transaction and then keeps it.
    await tx.document.updateMany({ where: { id: { in: documentIds }, uploadedById: actorId, attachedAt: null }, data: { attachedAt: new Date() } });
    const usable = await tx.document.findMany({
      where: { id: { in: documentIds }, OR: [{ uploadedById: actorId }, { evidence: { some: { updateId } } }] },
      select: { id: true },
    });
    const ok = new Set(usable.map((d) => d.id));
    const errors: Record<string, string[]> = {};
    items.forEach((item, i) => {
      if (item.documentId && !ok.has(item.documentId)) errors[`evidence.${i}.documentId`] = ["This document is not available; upload it again."];
    });
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }
  await tx.evidence.deleteMany({ where: { updateId } });
  await tx.evidence.createMany({
    data: items.map((e, position) => ({
      updateId,
      position,
      kind: e.url ? ("LINK" as const) : ("CITATION" as const),
      url: e.url ?? null,
      citation: e.reference || null,
      source: e.source,
      publisher: e.publisher,
      sourceDate: e.date,
      documentId: e.documentId ?? null,
      visibility: e.visibility,
    })),
  });
  await refreshEvidenceLevel(tx, updateId);
}

/** Rewrites the update's stored evidence level from its items, with the one rule (rateEvidence). */
export async function refreshEvidenceLevel(tx: Tx, updateId: number) {
  const items = await tx.evidence.findMany({ where: { updateId }, select: { source: true, documentId: true, confirmedAt: true } });
  const level = rateEvidence(items.map((i) => ({ source: i.source, hasDocument: i.documentId !== null, confirmed: i.confirmedAt !== null })));
  await tx.progressUpdate.update({ where: { id: updateId }, data: { evidenceLevel: level } });
  return level;
}

/** The public view of an update's evidence as text, to tell whether a change is public and to record it. */
export async function readPublicEvidenceDigest(tx: Tx, updateId: number) {
  const update = await tx.progressUpdate.findUniqueOrThrow({
    where: { id: updateId },
    select: { evidenceLevel: true, evidence: { select: EVIDENCE_ROW_SELECT, orderBy: { position: "asc" } } },
  });
  const view = toPublicEvidence(update.evidence.map(toEvidenceRow));
  return { evidenceLevel: update.evidenceLevel, evidence: [...view.items.map(describePublicItem), ...view.internal.map(describeInternalNotice)] };
}

export type EvidenceDigest = Awaited<ReturnType<typeof readPublicEvidenceDigest>>;

/**
 * When an update is published or corrected: its items not yet reviewed are reviewed now by the publishing admin (the
 * name the public sees on internal items). With `before` (a correction), a change to the public evidence is written to
 * the public change log.
 */
export async function publishEvidence(
  tx: Tx,
  options: { updateId: number; pledgeId: number; reviewer: { id: number; name: string }; at: Date; before?: EvidenceDigest; reason?: string },
) {
  await tx.evidence.updateMany({ where: { updateId: options.updateId, reviewedAt: null }, data: { reviewedById: options.reviewer.id, reviewedAt: options.at } });
  if (!options.before) return;
  await recordEvidenceChange(tx, { ...options, before: options.before });
}

export async function recordEvidenceChange(
  tx: Tx,
  options: { updateId: number; pledgeId: number; reviewer: { name: string }; before: EvidenceDigest; reason?: string; summary?: string },
) {
  const after = await readPublicEvidenceDigest(tx, options.updateId);
  const diff = (["evidenceLevel", "evidence"] as const)
    .filter((field) => JSON.stringify(options.before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: options.before[field], after: after[field] }));
  if (!diff.length) return;
  await recordPublicChange(tx, {
    kind: "EVIDENCE",
    pledgeId: options.pledgeId,
    updateId: options.updateId,
    entityType: "update",
    entityId: options.updateId,
    summary: options.summary ?? "The evidence of a published update changed.",
    diff,
    reason: options.reason ?? null,
    actorName: options.reviewer.name,
  });
}
