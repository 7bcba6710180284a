import { z } from "zod";
import { isoDay, recordId } from "@/lib/validation";

export const VERDICTS = ["ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED", "CANNOT_BE_ASSESSED"] as const;

const source = z
  .string()
  .trim()
  .min(3, "Each source needs at least 3 characters.")
  .max(500, "Keep each source under 500 characters.")
  // Anything shaped like a link (scheme, colon, no space) must be http(s): no javascript: or data: links.
  .refine((s) => !/^[a-z][a-z0-9+.-]*:\S/i.test(s) || /^https?:\/\/[^\s]+$/i.test(s), "A link must be a full http(s) address; a citation is plain text.");

/** The one final-assessment schema: one source per line (a link or a citation). */
export const assessmentSchema = z.object({
  pledgeId: recordId(),
  verdict: z.enum(VERDICTS, "Choose a verdict."),
  finalValue: z
    .union([z.literal("").transform(() => null), z.coerce.number({ error: "Enter a number, or leave it empty." }).min(0, "The final value cannot be negative.").max(1e12)])
    .nullable()
    .default(null),
  methodNote: z.string().trim().min(10, "Explain the method in at least 10 characters.").max(4000, "Keep the method note under 4,000 characters."),
  sources: z
    .string()
    .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(source).min(1, "Give at least one source, one per line.").max(20, "Give at most 20 sources.")),
  assessedOn: isoDay("Enter the date of the assessment.").transform((d) => new Date(`${d}T00:00:00Z`)),
});

/** A correction: the full new version, the version it replaces (to refuse a stale edit) and why. */
export const correctionSchema = assessmentSchema.extend({
  expectedVersion: recordId("Reload the page and try again."),
  reason: z.string().trim().min(5, "Give a reason of at least 5 characters.").max(1000, "Keep the reason under 1,000 characters."),
});

export type AssessmentInput = z.infer<typeof assessmentSchema>;
