import { z } from "zod";
import { validationMessage as v } from "@/lib/i18n/validation";
import { isoDateTime, isoDay, recordId } from "@/lib/validation";

const id = recordId();
const reason = z.string().trim().min(5, v("common.reasonMin")).max(1000, v("common.reasonMax"));
const isoDate = (message: string) => isoDay(message).transform((d) => new Date(`${d}T00:00:00Z`));
/** The version of a row without a version column: its updatedAt, as the ISO string the form was rendered with. */
const stamp = isoDateTime(v("common.reload")).transform((s) => new Date(s));

export const PLEDGE_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ACHIEVED", "NOT_ACHIEVED"] as const;
export const DELIVERY_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED"] as const;

/** The one pledge schema (the editable part). */
export const pledgeSchema = z
  .object({
    title: z.string().trim().min(5, v("pledge.titleMin")).max(300, v("common.tooLong", { max: 300 })),
    summary: z.string().trim().min(5, v("pledge.summary")).max(2000, v("common.tooLong", { max: 2000 })),
    unit: z.string().trim().min(1, v("pledge.unit")).max(100, v("common.tooLong", { max: 100 })),
    target: z.coerce.number({ error: v("common.number") }).positive(v("pledge.target")).max(1e12, v("common.tooLarge")),
    targetNote: z.string().trim().max(1000, v("common.tooLong", { max: 1000 })).default(""),
    periodNote: z.string().trim().max(1000, v("common.tooLong", { max: 1000 })).default(""),
    periodStart: isoDate(v("pledge.periodStart")),
    periodEnd: isoDate(v("pledge.periodEnd")),
    fieldLabel: z.string().trim().min(2, v("pledge.fieldLabel")).max(40, v("common.tooLong", { max: 40 })),
  })
  .refine((p) => p.periodEnd > p.periodStart, { path: ["periodEnd"], message: v("pledge.periodOrder") });

export const editPledgeSchema = pledgeSchema.safeExtend({ id, updatedAt: stamp });
export const statusChangeSchema = z.object({
  pledgeId: id,
  fromStatus: z.enum(PLEDGE_STATUSES),
  toStatus: z.enum(PLEDGE_STATUSES, v("common.status")),
  reason,
});
export const fieldSchema = z.object({ pledgeId: id, name: z.string().trim().min(2, v("common.name")).max(100, v("common.tooLong", { max: 100 })) });
export const renameFieldSchema = fieldSchema.omit({ pledgeId: true }).extend({ fieldId: id });
export const annualPlanSchema = z.object({
  pledgeId: id,
  /** The plan the form was rendered with, to refuse a stale save. */
  basePlan: z.string(),
  targets: z
    .array(z.object({ year: z.coerce.number().int().min(1).max(50), target: z.coerce.number({ error: v("common.number") }).min(0, v("pledge.planMin")) }))
    .refine((targets) => new Set(targets.map((t) => t.year)).size === targets.length, v("pledge.planYears")),
});
export const milestoneCompletionSchema = z
  .object({
    milestoneId: id,
    updatedAt: stamp,
    completedAt: isoDate(v("pledge.completedAt")),
    evidenceUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: v("common.url") })]).default(""),
    evidenceNote: z.string().trim().max(1000, v("common.tooLong", { max: 1000 })).default(""),
  })
  .refine((m) => m.evidenceUrl || m.evidenceNote, { path: ["evidenceNote"], message: v("pledge.milestoneEvidence") })
  .refine((m) => m.completedAt <= new Date(), { path: ["completedAt"], message: v("common.futureDate") });
export const deliverySchema = z.object({
  pledgeId: id,
  fieldId: id,
  countryId: recordId(v("pledge.country")),
  status: z.enum(DELIVERY_STATUSES, v("common.status")),
  /** The status the form showed ("" = none yet), to refuse a stale save. */
  expectedStatus: z.union([z.literal(""), z.enum(DELIVERY_STATUSES)]).default(""),
  note: z.string().trim().max(500, v("common.tooLong", { max: 500 })).default(""),
});
