import { z } from "zod";
import { recordId } from "@/lib/validation";
import { REPORTING_RHYTHMS } from "./overdue";

const optionalId = z.union([z.literal("").transform(() => null), z.null(), recordId()]).default(null);

/** An editor's "checked, nothing new": for the whole pledge, or for one period year (and optionally one field). */
export const pledgeCheckSchema = z
  .object({
    pledgeId: recordId(),
    note: z.string().trim().min(5, "Say what you checked (at least 5 characters).").max(1000, "Keep the note under 1,000 characters."),
    year: z.union([z.literal("").transform(() => null), z.null(), z.coerce.number().int("Choose a period year.").min(1, "Choose a period year.").max(50)]).default(null),
    fieldId: optionalId,
  })
  .refine((c) => c.fieldId === null || c.year !== null, { path: ["year"], message: "Choose the period year this field's check is about." });

export const reportingRhythmSchema = z.object({
  pledgeId: recordId(),
  months: z.coerce.number().refine((m) => REPORTING_RHYTHMS.some((r) => r.months === m), "Choose a reporting rhythm."),
  /** The rhythm the form showed, to refuse a stale save. */
  expected: z.coerce.number().int(),
});
