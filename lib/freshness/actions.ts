import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { recordPublicChange } from "@/lib/changes/record";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { countPeriodYears, listPeriodYears } from "@/lib/pace/period";
import { parseOrThrow } from "@/lib/validation";
import { labelRhythm } from "./overdue";
import { pledgeCheckSchema, reportingRhythmSchema } from "./schema";
import { validationMessage as v } from "@/lib/i18n/validation";

/**
 * An editor's "checked, nothing new", with a note: pledge-wide (it resets the freshness clock) or for one period
 * year and field (it confirms nothing happened there). Public: it lands in the change log.
 */
export async function recordPledgeCheck(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(pledgeCheckSchema, input);
  const result = await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:check");
    const pledge = await tx.pledge.findUnique({ where: { id: data.pledgeId }, include: { fields: { select: { id: true, name: true } } } });
    if (!pledge) throw new NotFoundError(v("errors.noPledge"));
    const errors: Record<string, string[]> = {};
    const year = data.year === null ? null : listPeriodYears(pledge).find((y) => y.year === data.year);
    if (year === undefined) errors.year = [`This pledge's period has ${countPeriodYears(pledge)} years.`];
    else if (year && year.start > new Date()) errors.year = [`Year ${year.year} has not started yet: there is nothing to check.`];
    const field = data.fieldId === null ? null : pledge.fields.find((f) => f.id === data.fieldId);
    if (field === undefined) errors.fieldId = [`Choose a ${pledge.fieldLabel} of this pledge.`];
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const check = await tx.pledgeCheck.create({ data: { pledgeId: pledge.id, year: data.year, fieldId: data.fieldId, note: data.note, checkedById: user.id } });
    const scope = data.year === null ? "" : ` for year ${data.year}${field ? `, ${field.name}` : ""}`;
    await recordAudit(tx, { actorId: user.id, action: "pledge.check", entityType: "pledge", entityId: pledge.id, after: { year: data.year, fieldId: data.fieldId, note: data.note } });
    await recordPublicChange(tx, {
      kind: "CHECK",
      pledgeId: pledge.id,
      entityType: "check",
      entityId: check.id,
      summary: `Checked${scope}: nothing new to report`,
      reason: data.note,
      actorName: user.name,
    });
    await bumpPublicVersion(tx);
    return { id: check.id };
  });
  afterPublicChange();
  return result;
}

/** Admins set how often a pledge should be reported on or checked; refused when it changed since the form was opened. */
export async function setReportingRhythm(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(reportingRhythmSchema, input);
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:manage");
    const { count } = await tx.pledge.updateMany({ where: { id: data.pledgeId, reportingRhythmMonths: data.expected }, data: { reportingRhythmMonths: data.months } });
    if (count !== 1) {
      const current = await tx.pledge.findUnique({ where: { id: data.pledgeId }, select: { reportingRhythmMonths: true } });
      if (!current) throw new NotFoundError(v("errors.noPledge"));
      throw new ConflictError(v("errors.rhythmStale"), [
        { field: "Reporting rhythm", from: labelRhythm(data.expected), to: labelRhythm(current.reportingRhythmMonths) },
      ]);
    }
    if (data.months === data.expected) return;
    await recordAudit(tx, { actorId: user.id, action: "pledge.rhythm", entityType: "pledge", entityId: data.pledgeId, before: { reportingRhythmMonths: data.expected }, after: { reportingRhythmMonths: data.months } });
    await recordPublicChange(tx, {
      kind: "DEFINITION",
      pledgeId: data.pledgeId,
      entityType: "pledge",
      entityId: data.pledgeId,
      summary: "Reporting rhythm changed",
      diff: [{ field: "reportingRhythm", before: labelRhythm(data.expected), after: labelRhythm(data.months) }],
      actorName: user.name,
    });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}
