import { changesSince } from "@/lib/audit/changes";
import { recordAudit } from "@/lib/audit/record";
import { recordFieldChange, recordPlanChange, recordPledgeDefinition, recordStatusChange } from "@/lib/changes/entries";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { db, Prisma } from "@/lib/db";
import { lockRows } from "@/lib/db/locks";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { rebuildRollups } from "@/lib/rollups/rebuild";
import { diffSnapshots } from "@/lib/updates/snapshot";
import { parseOrThrow } from "@/lib/validation";
import { annualPlanSchema, editPledgeSchema, fieldSchema, renameFieldSchema, statusChangeSchema } from "./schema";
import { validationMessage as v } from "@/lib/i18n/validation";

const STALE = v("errors.stale");

const pledgeSnapshot = (p: { title: string; summary: string; unit: string; target: number; targetNote: string | null; periodNote: string | null; periodStart: Date; periodEnd: Date; fieldLabel: string; status: string }) => ({
  title: p.title,
  summary: p.summary,
  unit: p.unit,
  target: p.target,
  targetNote: p.targetNote ?? "",
  periodNote: p.periodNote ?? "",
  periodStart: p.periodStart.toISOString().slice(0, 10),
  periodEnd: p.periodEnd.toISOString().slice(0, 10),
  fieldLabel: p.fieldLabel,
  status: p.status,
});

/** A pledge's status changes only with a reason, and each change lands in its history. */
export async function changePledgeStatus(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(statusChangeSchema, input);
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:status");
    const { count } = await tx.pledge.updateMany({ where: { id: data.pledgeId, status: data.fromStatus }, data: { status: data.toStatus } });
    if (count !== 1) {
      const current = await tx.pledge.findUnique({ where: { id: data.pledgeId } });
      if (!current) throw new NotFoundError(v("errors.noPledge"));
      throw new ConflictError(STALE, [{ field: "Status", from: data.fromStatus, to: current.status }]);
    }
    await tx.statusChange.create({ data: { pledgeId: data.pledgeId, fromStatus: data.fromStatus, toStatus: data.toStatus, reason: data.reason, changedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "pledge.status", entityType: "pledge", entityId: data.pledgeId, before: { status: data.fromStatus }, after: { status: data.toStatus, reason: data.reason } });
    await recordStatusChange(tx, { pledgeId: data.pledgeId, from: data.fromStatus, to: data.toStatus, reason: data.reason, actor: user });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}

/** Title, unit, target and the notes on it and on the period, period and breakdown label; refused when the pledge changed since the form was opened. */
export async function updatePledge(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(editPledgeSchema, input);
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:manage");
    const before = await tx.pledge.findUnique({ where: { id: data.id } });
    if (!before) throw new NotFoundError(v("errors.noPledge"));
    const { id, updatedAt, ...values } = data;
    const { count } = await tx.pledge.updateMany({ where: { id, updatedAt }, data: { ...values, targetNote: values.targetNote || null, periodNote: values.periodNote || null } });
    if (count !== 1) {
      const { changes, actors } = await changesSince(tx, "pledge", id, updatedAt);
      throw new ConflictError(actors.length ? v("errors.staleBy", { names: actors.join(", ") }) : STALE, changes);
    }
    const after = await tx.pledge.findUniqueOrThrow({ where: { id } });
    if (+after.periodStart !== +before.periodStart || +after.periodEnd !== +before.periodEnd) await rebuildRollups(tx, { pledgeId: id });
    await recordAudit(tx, { actorId: user.id, action: "pledge.edit", entityType: "pledge", entityId: id, before: pledgeSnapshot(before), after: pledgeSnapshot(after) });
    await recordPledgeDefinition(tx, { pledgeId: id, before: pledgeSnapshot(before), after: pledgeSnapshot(after), actor: user });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}

export async function addField(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(fieldSchema, input);
  const slug = data.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "field";
  try {
    await db.$transaction(async (tx) => {
      const user = await authorize(tx, actor, "pledge:manage");
      const count = await tx.field.count({ where: { pledgeId: data.pledgeId } });
      const field = await tx.field.create({ data: { pledgeId: data.pledgeId, name: data.name, slug, displayOrder: count + 1 } });
      await recordAudit(tx, { actorId: user.id, action: "field.create", entityType: "field", entityId: field.id, after: { pledgeId: data.pledgeId, name: data.name } });
      await recordFieldChange(tx, { pledgeId: data.pledgeId, fieldId: field.id, before: null, after: data.name, actor: user });
      await bumpPublicVersion(tx);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ValidationError({ name: [v("pledge.fieldNameTaken")] });
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw new NotFoundError(v("errors.noPledge"));
    throw error;
  }
  afterPublicChange();
}

export async function renameField(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(renameFieldSchema, input);
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:manage");
    const before = await tx.field.findUnique({ where: { id: data.fieldId } });
    if (!before) throw new NotFoundError(v("errors.noField"));
    await tx.field.update({ where: { id: data.fieldId }, data: { name: data.name } });
    await recordAudit(tx, { actorId: user.id, action: "field.rename", entityType: "field", entityId: data.fieldId, before: { name: before.name }, after: { name: data.name } });
    await recordFieldChange(tx, { pledgeId: before.pledgeId, fieldId: data.fieldId, before: before.name, after: data.name, actor: user });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}

/** The plan as "year:target" pairs, the version token of an annual plan. */
export const planSignature = (rows: { year: number; target: number }[]) =>
  [...rows].sort((a, b) => a.year - b.year).map((r) => `${r.year}:${r.target}`).join(",");

/**
 * Replaces the pledge-level annual targets; refused when the plan changed since the form was opened. The pledge row
 * is locked before the plan is compared, so two saves from the same plan cannot both pass the check.
 */
export async function saveAnnualPlan(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(annualPlanSchema, input);
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:manage");
    await lockRows(tx, "pledges", Prisma.sql`id = ${data.pledgeId}`);
    if (!(await tx.pledge.findUnique({ where: { id: data.pledgeId } }))) throw new NotFoundError(v("errors.noPledge"));
    const current = await tx.annualTarget.findMany({ where: { pledgeId: data.pledgeId, fieldId: null } });
    const before = planSignature(current);
    if (before !== data.basePlan) {
      const asRecord = (sig: string) => Object.fromEntries(sig.split(",").filter(Boolean).map((p) => p.split(":")));
      const changes = diffSnapshots(asRecord(data.basePlan), asRecord(before));
      throw new ConflictError(STALE, changes.length ? changes : [{ field: "Annual plan", from: data.basePlan || "—", to: before || "—" }]);
    }
    await tx.annualTarget.deleteMany({ where: { pledgeId: data.pledgeId, fieldId: null } });
    await tx.annualTarget.createMany({ data: data.targets.map((t) => ({ pledgeId: data.pledgeId, year: t.year, target: t.target })) });
    await recordAudit(tx, { actorId: user.id, action: "pledge.plan", entityType: "pledge", entityId: data.pledgeId, before: { plan: before }, after: { plan: planSignature(data.targets) } });
    await recordPlanChange(tx, { pledgeId: data.pledgeId, before, after: planSignature(data.targets), actor: user });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}
