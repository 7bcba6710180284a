import { z } from "zod";
import { validationMessage as v } from "@/lib/i18n/validation";
import { recordId } from "@/lib/validation";
import { REPORTING_RHYTHMS } from "./overdue";

const optionalId = z.union([z.literal("").transform(() => null), z.null(), recordId()]).default(null);

/** An editor's "checked, nothing new": for the whole pledge, or for one period year (and optionally one field). */
export const pledgeCheckSchema = z
  .object({
    pledgeId: recordId(),
    note: z.string().trim().min(5, v("check.noteMin")).max(1000, v("check.noteMax")),
    year: z.union([z.literal("").transform(() => null), z.null(), z.coerce.number().int(v("check.year")).min(1, v("check.year")).max(50)]).default(null),
    fieldId: optionalId,
  })
  .refine((c) => c.fieldId === null || c.year !== null, { path: ["year"], message: v("check.yearForField") });

export const reportingRhythmSchema = z.object({
  pledgeId: recordId(),
  months: z.coerce.number().refine((m) => REPORTING_RHYTHMS.some((r) => r.months === m), v("check.rhythm")),
  /** The rhythm the form showed, to refuse a stale save. */
  expected: z.coerce.number().int(),
});
