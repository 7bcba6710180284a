import type { DeliveryStatus, PledgeStatus, Tx } from "@/lib/db";
import { publicDescription } from "@/lib/evidence/public";
import type { UpdateSnapshot } from "@/lib/updates/snapshot";
import { type FieldChange, type PublicChangeEntry, recordPublicChange } from "./record";

/**
 * The public change log entries of each write path, built here so the write paths (lib/updates, lib/pledges,
 * lib/countries) each add one call. Every function runs inside the caller's transaction and records public values
 * only: never a review comment, a draft's content or who returned what.
 */

type Actor = { name: string };

/** The public part of an update's snapshot: what the public page and the API show. */
export const PUBLIC_UPDATE_FIELDS = ["title", "quantity", "eventDate", "field", "countries", "description", "evidenceLevel", "evidence"] as const;

/**
 * An update's public values from its snapshot: the description the public reads (the public summary when there is
 * one) and the evidence as the public split shows it; never the internal description, internal items or comments.
 */
export function readPublicUpdateValues(s: UpdateSnapshot): Record<(typeof PUBLIC_UPDATE_FIELDS)[number], unknown> {
  return {
    title: s.title,
    quantity: s.quantity,
    eventDate: s.eventDate,
    field: s.field,
    countries: s.countries,
    description: publicDescription({ description: s.description, publicSummary: s.publicSummary ?? null }),
    evidenceLevel: s.evidenceLevel ?? null,
    evidence: s.evidence,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field-level changes between two records, over the given keys only, in that order. */
export function diffFields<K extends string>(before: Partial<Record<K, unknown>>, after: Partial<Record<K, unknown>>, keys: readonly K[]): FieldChange[] {
  return keys
    .filter((k) => !same(before[k] ?? null, after[k] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

type UpdateRef = { id: number; pledgeId: number };

/** An update became public. */
export async function recordPublication(tx: Tx, options: { update: UpdateRef; snapshot: UpdateSnapshot; actor: Actor }) {
  await recordPublicChange(tx, describePublication({ update: options.update, title: options.snapshot.title, actor: options.actor }));
}

/** The entry of a publication; the sample data writes its own in bulk with it (no actor, `isSample`). */
export function describePublication(options: { update: UpdateRef; title: string; actor: Actor | null; isSample?: boolean }): PublicChangeEntry {
  const { update } = options;
  return {
    kind: "PUBLICATION",
    pledgeId: update.pledgeId,
    updateId: update.id,
    entityType: "update",
    entityId: update.id,
    summary: `Published: ${options.title}`,
    actorName: options.actor?.name ?? null,
    isSample: options.isSample,
  };
}

/** A published update was corrected: its public values before and after, and the reason. */
export async function recordCorrection(tx: Tx, options: { update: UpdateRef; before: UpdateSnapshot; after: UpdateSnapshot; reason: string; actor: Actor }) {
  const { update, after } = options;
  await recordPublicChange(tx, {
    kind: "CORRECTION",
    pledgeId: update.pledgeId,
    updateId: update.id,
    entityType: "update",
    entityId: update.id,
    summary: `Corrected: ${after.title}`,
    diff: diffFields(readPublicUpdateValues(options.before), readPublicUpdateValues(after), PUBLIC_UPDATE_FIELDS),
    reason: options.reason,
    actorName: options.actor.name,
  });
}

/** A published update was deleted; drafts and returned updates were never public, so they get no entry. */
export async function recordDeletion(tx: Tx, options: { update: UpdateRef; snapshot: UpdateSnapshot; wasPublic: boolean; reason: string; actor: Actor }) {
  if (!options.wasPublic) return;
  const { update } = options;
  await recordPublicChange(tx, {
    kind: "DELETION",
    pledgeId: update.pledgeId,
    updateId: update.id,
    entityType: "update",
    entityId: update.id,
    summary: `Deleted: ${options.snapshot.title}`,
    reason: options.reason,
    actorName: options.actor.name,
  });
}

/** A pledge's status changed, with the reason. */
export async function recordStatusChange(tx: Tx, options: { pledgeId: number; from: PledgeStatus; to: PledgeStatus; reason: string; actor: Actor }) {
  await recordPublicChange(tx, {
    kind: "STATUS",
    pledgeId: options.pledgeId,
    entityType: "pledge",
    entityId: options.pledgeId,
    summary: "Status changed",
    diff: [{ field: "status", before: options.from, after: options.to }],
    reason: options.reason,
    actorName: options.actor.name,
  });
}

const PLEDGE_DEFINITION_FIELDS = ["title", "summary", "unit", "target", "targetNote", "periodNote", "periodStart", "periodEnd", "fieldLabel"] as const;

/** A pledge's definition changed (title, target, period, …). Nothing public changed: no entry. */
export async function recordPledgeDefinition(tx: Tx, options: { pledgeId: number; before: Record<string, unknown>; after: Record<string, unknown>; actor: Actor }) {
  const diff = diffFields(options.before, options.after, PLEDGE_DEFINITION_FIELDS);
  if (!diff.length) return;
  await recordPublicChange(tx, {
    kind: "DEFINITION",
    pledgeId: options.pledgeId,
    entityType: "pledge",
    entityId: options.pledgeId,
    summary: "Pledge definition changed",
    diff,
    actorName: options.actor.name,
  });
}

/** A translation of a pledge text was written, corrected or removed: translations are public content. */
export async function recordTranslationChange(
  tx: Tx,
  options: { pledgeId: number; entityType: string; entityId: number; locale: string; key: string; before: string | null; after: string | null; actor: Actor },
) {
  if (options.before === options.after) return;
  await recordPublicChange(tx, {
    kind: "DEFINITION",
    pledgeId: options.pledgeId,
    entityType: options.entityType,
    entityId: options.entityId,
    summary: `Translation (${options.locale}) of the ${options.entityType} ${options.key} ${options.after === null ? "removed" : "changed"}`,
    diff: [{ field: `${options.key}.${options.locale}`, before: options.before, after: options.after }],
    actorName: options.actor.name,
  });
}

/** A field or workstream was added or renamed: its name is public. */
export async function recordFieldChange(tx: Tx, options: { pledgeId: number; fieldId: number; before: string | null; after: string; actor: Actor }) {
  if (options.before === options.after) return;
  await recordPublicChange(tx, {
    kind: "DEFINITION",
    pledgeId: options.pledgeId,
    entityType: "field",
    entityId: options.fieldId,
    summary: options.before === null ? `Breakdown added: ${options.after}` : `Breakdown renamed: ${options.after}`,
    diff: [{ field: "name", before: options.before, after: options.after }],
    actorName: options.actor.name,
  });
}

/** Parses a plan signature ("1:10,2:20") into year → target. */
const planByYear = (signature: string) =>
  Object.fromEntries(signature.split(",").filter(Boolean).map((pair) => pair.split(":")).map(([year, target]) => [`year${year}`, Number(target)]));

/** The annual plan changed: one diff row per period year whose target changed (null = no target that year). */
export async function recordPlanChange(tx: Tx, options: { pledgeId: number; before: string; after: string; actor: Actor }) {
  const before = planByYear(options.before);
  const after = planByYear(options.after);
  const years = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const diff = diffFields(before, after, years);
  if (!diff.length) return;
  await recordPublicChange(tx, {
    kind: "DEFINITION",
    pledgeId: options.pledgeId,
    entityType: "pledge",
    entityId: options.pledgeId,
    summary: "Annual plan changed",
    diff,
    actorName: options.actor.name,
  });
}

const MILESTONE_FIELDS = ["completedAt", "evidenceUrl", "evidenceNote"] as const;

/** A milestone's public values, as its change-log entries (and audit rows) compare them. */
export const readPublicMilestoneValues = (m: { completedAt: Date | null; evidenceUrl: string | null; evidenceNote: string | null }) => ({
  completedAt: m.completedAt?.toISOString().slice(0, 10) ?? null,
  evidenceUrl: m.evidenceUrl,
  evidenceNote: m.evidenceNote,
});

type MilestoneChange = { milestone: { id: number; pledgeId: number; title: string }; before: Record<string, unknown>; after: Record<string, unknown> };

/** A milestone was completed (a publication of progress), or its completion date or evidence changed (a correction). */
export async function recordMilestoneChange(tx: Tx, options: MilestoneChange & { actor: Actor }) {
  const entry = describeMilestoneChange(options);
  if (entry) await recordPublicChange(tx, entry);
}

/** The entry of a milestone change, null when nothing public changed; the sample data builds its own with it. */
export function describeMilestoneChange(options: MilestoneChange & { actor: Actor | null; isSample?: boolean }): PublicChangeEntry | null {
  const diff = diffFields(options.before, options.after, MILESTONE_FIELDS);
  if (!diff.length) return null;
  const { milestone } = options;
  const corrected = Boolean(options.before.completedAt);
  return {
    kind: corrected ? "CORRECTION" : "PUBLICATION",
    pledgeId: milestone.pledgeId,
    entityType: "milestone",
    entityId: milestone.id,
    summary: corrected ? `Milestone corrected: ${milestone.title}` : `Milestone completed: ${milestone.title}`,
    diff,
    actorName: options.actor?.name ?? null,
    isSample: options.isSample,
  };
}

type DeliveryChange = { deliveryId: number; pledgeId: number; before: DeliveryStatus | null; after: DeliveryStatus };

/** A country's delivery status in a workstream changed (public on /countries and in the country ledger). */
export async function recordDeliveryChange(tx: Tx, options: DeliveryChange & { fieldId: number; countryId: number; actor: Actor }) {
  if (options.before === options.after) return;
  const [field, country] = await Promise.all([
    tx.field.findUniqueOrThrow({ where: { id: options.fieldId }, select: { name: true } }),
    tx.country.findUniqueOrThrow({ where: { id: options.countryId }, select: { name: true } }),
  ]);
  await recordPublicChange(tx, describeDeliveryChange({ ...options, fieldName: field.name, countryName: country.name }));
}

/** The entry of a delivery-status change; the sample data builds its own with it. */
export function describeDeliveryChange(options: DeliveryChange & { fieldName: string; countryName: string; actor: Actor | null; isSample?: boolean }): PublicChangeEntry {
  return {
    kind: "STATUS",
    pledgeId: options.pledgeId,
    entityType: "delivery",
    entityId: options.deliveryId,
    summary: `Delivery status: ${options.countryName}, ${options.fieldName}`,
    diff: [{ field: "deliveryStatus", before: options.before, after: options.after }],
    actorName: options.actor?.name ?? null,
    isSample: options.isSample,
  };
}

/** A country's developing flag changed: it decides whether the country counts toward developing-country targets. */
export async function recordDevelopingFlag(tx: Tx, options: { countryId: number; before: boolean; after: boolean; actor: Actor }) {
  if (options.before === options.after) return;
  const country = await tx.country.findUniqueOrThrow({ where: { id: options.countryId }, select: { name: true, iso3: true } });
  await recordPublicChange(tx, {
    kind: "DEFINITION",
    entityType: "country",
    entityId: country.iso3,
    summary: options.after ? `${country.name} now counts as a developing country` : `${country.name} no longer counts as a developing country`,
    diff: [{ field: "developing", before: options.before, after: options.after }],
    actorName: options.actor.name,
  });
}

/** An admin froze the public data as a numbered release; the entry links to its permanent page, /data/releases/<number>. */
export async function recordDataRelease(tx: Tx, options: { number: number; version: string; actor: Actor }) {
  await recordPublicChange(tx, {
    kind: "RELEASE",
    entityType: "data-release",
    entityId: options.number,
    summary: `Data release ${options.number} (version ${options.version})`,
    actorName: options.actor.name,
  });
}
