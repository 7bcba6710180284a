import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { recordPublicChange, type FieldChange } from "@/lib/changes/record";
import { db, Prisma, type Tx } from "@/lib/db";
import { lockRows } from "@/lib/db/locks";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { getPeriodPhase, VERDICT_LABEL } from "@/lib/pace/record";
import { parseOrThrow } from "@/lib/validation";
import { toPublicAssessment, type PublicAssessment } from "./queries";
import { assessmentSchema, correctionSchema, type AssessmentInput } from "./schema";
import { validationMessage as v } from "@/lib/i18n/validation";

const ALREADY = v("errors.assessmentAlready");
const STALE = v("errors.assessmentStale");

type Values = Pick<PublicAssessment, "verdict" | "finalValue" | "methodNote" | "sources" | "assessedOn">;

const publicValues = (a: Values): Values => ({ verdict: a.verdict, finalValue: a.finalValue, methodNote: a.methodNote, sources: a.sources, assessedOn: a.assessedOn });

function diffValues(before: Values | null, after: Values): FieldChange[] {
  return (Object.keys(after) as (keyof Values)[])
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] }));
}

/** Locks the pledge (PostgreSQL) and refuses an assessment before its period is over. */
async function loadAssessablePledge(tx: Tx, pledgeId: number) {
  await lockRows(tx, "pledges", Prisma.sql`id = ${pledgeId}`);
  const pledge = await tx.pledge.findUnique({ where: { id: pledgeId }, select: { id: true, title: true, periodStart: true, periodEnd: true } });
  if (!pledge) throw new NotFoundError(v("errors.noPledge"));
  if (getPeriodPhase({ now: new Date(), ...pledge }) !== "AFTER_END") {
    throw new ForbiddenError(v("errors.assessmentPeriod"));
  }
  return pledge;
}

async function writeVersion(tx: Tx, args: { user: SessionUser; data: AssessmentInput; version: number; reason: string | null; before: Values | null; title: string }) {
  const { user, data, version, reason, before, title } = args;
  const row = await tx.finalAssessment.create({
    data: {
      pledgeId: data.pledgeId,
      version,
      verdict: data.verdict,
      finalValue: data.finalValue,
      methodNote: data.methodNote,
      sources: JSON.stringify(data.sources),
      assessedOn: data.assessedOn,
      assessedById: user.id,
      assessedByName: user.name,
      reason,
    },
  });
  const after = publicValues(toPublicAssessment(row));
  const verdict = VERDICT_LABEL[data.verdict].label.toLowerCase();
  await recordAudit(tx, { actorId: user.id, action: before ? "assessment.correct" : "assessment.record", entityType: "assessment", entityId: row.id, before: before ?? undefined, after: { ...after, version, reason } });
  await recordPublicChange(tx, {
    kind: "ASSESSMENT",
    pledgeId: data.pledgeId,
    entityType: "assessment",
    entityId: row.id,
    summary: before ? `Final assessment of "${title}" corrected: ${verdict}` : `Final assessment of "${title}": ${verdict}`,
    diff: diffValues(before, after),
    reason,
    actorName: user.name,
  });
  await bumpPublicVersion(tx);
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Records a pledge's first final assessment (admins, once its period is over). */
export async function recordFinalAssessment(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(assessmentSchema, input);
  try {
    await db.$transaction(async (tx) => {
      const user = await authorize(tx, actor, "assessment:record");
      const pledge = await loadAssessablePledge(tx, data.pledgeId);
      if (await tx.finalAssessment.findFirst({ where: { pledgeId: data.pledgeId }, select: { id: true } })) throw new ConflictError(ALREADY);
      await writeVersion(tx, { user, data, version: 1, reason: null, before: null, title: pledge.title });
    });
  } catch (error) {
    // Two first records at once: the unique (pledge, version) lets one through.
    throw isUniqueViolation(error) ? new ConflictError(ALREADY) : error;
  }
  afterPublicChange();
}

/** Corrects the assessment in force: a new version with a reason; every earlier version stays readable. */
export async function correctFinalAssessment(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(correctionSchema, input);
  try {
    await db.$transaction(async (tx) => {
      const user = await authorize(tx, actor, "assessment:record");
      const pledge = await loadAssessablePledge(tx, data.pledgeId);
      const current = await tx.finalAssessment.findFirst({ where: { pledgeId: data.pledgeId }, orderBy: { version: "desc" } });
      if (!current) throw new NotFoundError(v("errors.noAssessment"));
      if (current.version !== data.expectedVersion) throw new ConflictError(STALE);
      const before = publicValues(toPublicAssessment(current));
      await writeVersion(tx, { user, data, version: current.version + 1, reason: data.reason, before, title: pledge.title });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? new ConflictError(STALE) : error;
  }
  afterPublicChange();
}
