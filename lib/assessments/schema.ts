import { z } from "zod";
import { validationMessage as v } from "@/lib/i18n/validation";
import { isoDay, recordId } from "@/lib/validation";

export const VERDICTS = ["ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED", "CANNOT_BE_ASSESSED"] as const;

const source = z
  .string()
  .trim()
  .min(3, v("assessment.sourceMin"))
  .max(500, v("assessment.sourceMax"))
  // Anything shaped like a link (scheme, colon, no space) must be http(s): no javascript: or data: links.
  .refine((s) => !/^[a-z][a-z0-9+.-]*:\S/i.test(s) || /^https?:\/\/[^\s]+$/i.test(s), v("assessment.sourceLink"));

/** The one final-assessment schema: one source per line (a link or a citation). */
export const assessmentSchema = z.object({
  pledgeId: recordId(),
  verdict: z.enum(VERDICTS, v("assessment.verdict")),
  finalValue: z
    .union([z.literal("").transform(() => null), z.coerce.number({ error: v("assessment.finalValue") }).min(0, v("assessment.finalValueMin")).max(1e12, v("common.tooLarge"))])
    .nullable()
    .default(null),
  methodNote: z.string().trim().min(10, v("assessment.methodMin")).max(4000, v("assessment.methodMax")),
  sources: z
    .string()
    .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(source).min(1, v("assessment.sourcesMin")).max(20, v("assessment.sourcesMax"))),
  assessedOn: isoDay(v("assessment.assessedOn")).transform((d) => new Date(`${d}T00:00:00Z`)),
});

/** A correction: the full new version, the version it replaces (to refuse a stale edit) and why. */
export const correctionSchema = assessmentSchema.extend({
  expectedVersion: recordId(v("common.reload")),
  reason: z.string().trim().min(5, v("common.reasonMin")).max(1000, v("common.reasonMax")),
});

export type AssessmentInput = z.infer<typeof assessmentSchema>;
