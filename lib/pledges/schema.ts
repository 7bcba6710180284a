import { z } from "zod";
import { isoDateTime, isoDay, recordId } from "@/lib/validation";

const id = recordId();
const reason = z.string().trim().min(5, "Give a reason of at least 5 characters.").max(1000, "Keep the reason under 1,000 characters.");
const isoDate = (message: string) => isoDay(message).transform((d) => new Date(`${d}T00:00:00Z`));
/** The version of a row without a version column: its updatedAt, as the ISO string the form was rendered with. */
const stamp = isoDateTime("Reload the page and try again.").transform((s) => new Date(s));

export const PLEDGE_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ACHIEVED", "NOT_ACHIEVED"] as const;
export const DELIVERY_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED"] as const;

/** The one pledge schema (the editable part). */
export const pledgeSchema = z
  .object({
    title: z.string().trim().min(5, "Enter a title of at least 5 characters.").max(300),
    summary: z.string().trim().min(5, "Enter a summary.").max(2000),
    unit: z.string().trim().min(1, "Enter the unit counted, e.g. personnel trained.").max(100),
    target: z.coerce.number({ error: "Enter a number." }).positive("The target must be above zero.").max(1e12),
    targetNote: z.string().trim().max(1000).default(""),
    periodStart: isoDate("Enter the start date."),
    periodEnd: isoDate("Enter the end date."),
    fieldLabel: z.string().trim().min(2, "Name what the breakdown is called, e.g. field.").max(40),
  })
  .refine((p) => p.periodEnd > p.periodStart, { path: ["periodEnd"], message: "The period must end after it starts." });

export const editPledgeSchema = pledgeSchema.safeExtend({ id, updatedAt: stamp });
export const statusChangeSchema = z.object({
  pledgeId: id,
  fromStatus: z.enum(PLEDGE_STATUSES),
  toStatus: z.enum(PLEDGE_STATUSES, "Choose a status."),
  reason,
});
export const fieldSchema = z.object({ pledgeId: id, name: z.string().trim().min(2, "Enter a name.").max(100) });
export const renameFieldSchema = fieldSchema.omit({ pledgeId: true }).extend({ fieldId: id });
export const annualPlanSchema = z.object({
  pledgeId: id,
  /** The plan the form was rendered with, to refuse a stale save. */
  basePlan: z.string(),
  targets: z
    .array(z.object({ year: z.coerce.number().int().min(1).max(50), target: z.coerce.number({ error: "Enter a number." }).min(0, "Zero or more.") }))
    .refine((targets) => new Set(targets.map((t) => t.year)).size === targets.length, "Give each year one target."),
});
export const milestoneCompletionSchema = z
  .object({
    milestoneId: id,
    updatedAt: stamp,
    completedAt: isoDate("Enter the date it was completed."),
    evidenceUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter a full link starting with https://" })]).default(""),
    evidenceNote: z.string().trim().max(1000).default(""),
  })
  .refine((m) => m.evidenceUrl || m.evidenceNote, { path: ["evidenceNote"], message: "Give a link or a citation as evidence." })
  .refine((m) => m.completedAt <= new Date(), { path: ["completedAt"], message: "The date cannot be in the future." });
export const deliverySchema = z.object({
  pledgeId: id,
  fieldId: id,
  countryId: recordId("Choose a country."),
  status: z.enum(DELIVERY_STATUSES, "Choose a status."),
  /** The status the form showed ("" = none yet), to refuse a stale save. */
  expectedStatus: z.union([z.literal(""), z.enum(DELIVERY_STATUSES)]).default(""),
  note: z.string().trim().max(500).default(""),
});
