import { z } from "zod";
import { validationMessage as v } from "@/lib/i18n/validation";
import { evidenceListSchema, publicSummarySchema, readEvidenceRows } from "@/lib/evidence/schema";
import { LOCALES } from "@/lib/i18n/locales";
import { isoDay, recordId } from "@/lib/validation";

export { evidenceItemSchema as evidenceSchema } from "@/lib/evidence/schema";

const today = () => new Date(new Date().toISOString().slice(0, 10) + "T23:59:59.999Z");

/** The one progress-update schema. Create, edit and correction schemas are derived from it. */
export const updateSchema = z.object({
  pledgeId: recordId(v("update.pledge")),
  fieldId: z.preprocess((v) => (v === "" || v == null ? null : v), recordId().nullable()),
  eventDate: isoDay(v("update.eventDate"))
    .transform((d) => new Date(`${d}T00:00:00Z`))
    .refine((d) => d <= today(), v("common.futureDate")),
  // An empty box (or CSV cell) is no number, not zero.
  quantity: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ error: v("common.number") })
      .refine(Number.isFinite, v("common.number"))
      .min(0, v("update.quantityMin"))
      .max(1_000_000_000, v("common.tooLarge")),
  ),
  countryIds: z.array(recordId()).max(300).default([]),
  title: z.string().trim().min(3, v("update.titleMin")).max(200, v("update.titleMax")),
  description: z.string().trim().max(5000, v("update.descriptionMax")).default(""),
  publicSummary: publicSummarySchema.default(null),
  evidence: evidenceListSchema,
  // The language it is written in; absent keeps the stored one (new updates: English, the column default).
  lang: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.enum(LOCALES, { error: "Choose the language it is written in." }).optional()),
});

const version = recordId();
const reason = z.string().trim().min(5, v("common.reasonMin")).max(1000, v("common.reasonMax"));

export const createUpdateSchema = updateSchema;
export const editUpdateSchema = updateSchema.extend({ id: recordId(), version });
export const correctUpdateSchema = editUpdateSchema.omit({ pledgeId: true }).extend({ reason });
export const deleteUpdateSchema = z.object({ id: recordId(), version, reason });
export const reviewUpdateSchema = z.object({
  id: recordId(),
  version,
  decision: z.enum(["publish", "return"]),
  comment: z.string().trim().max(2000, v("update.commentMax")).default(""),
});

export type UpdateInput = z.input<typeof updateSchema>;
export type ValidUpdate = z.output<typeof updateSchema>;

const FORM_KEYS = ["id", "version", "pledgeId", "fieldId", "eventDate", "quantity", "title", "description", "publicSummary", "reason", "lang"] as const;

/** Reads the update form: repeated countryIds, and evidence rows as parallel lists (lib/evidence/schema.ts). */
export function readUpdateForm(form: FormData): Partial<Record<(typeof FORM_KEYS)[number], FormDataEntryValue>> & {
  countryIds: string[];
  evidence: ReturnType<typeof readEvidenceRows>;
} {
  const entries = Object.fromEntries(
    FORM_KEYS.map((k) => [k, form.get(k) ?? undefined]),
  );
  return {
    ...entries,
    countryIds: form.getAll("countryIds").map(String),
    evidence: readEvidenceRows(form),
  };
}
