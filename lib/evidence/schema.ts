import { z } from "zod";
import { validationMessage as v } from "@/lib/i18n/validation";
import { isoDay, recordId } from "@/lib/validation";

export const EVIDENCE_SOURCES = ["GOVERNMENT", "RECIPIENT", "INTERPOL", "INDEPENDENT", "INTERNAL_DOCUMENT"] as const;
export const EVIDENCE_VISIBILITIES = ["PUBLIC", "INTERNAL"] as const;

const endOfToday = () => new Date(new Date().toISOString().slice(0, 10) + "T23:59:59.999Z");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * One evidence item: who speaks (source), publisher or author, date, a link or an uploaded document (or both), an
 * optional passage or page reference, and whether the public may see it. The update schema, the form and the CSV
 * importer all validate items with this schema.
 */
export const evidenceItemSchema = z
  .object({
    source: z.enum(EVIDENCE_SOURCES, { error: v("evidence.source") }),
    publisher: z.string({ error: v("evidence.publisher") }).trim().min(1, v("evidence.publisher")).max(200, v("evidence.publisherMax")),
    date: isoDay(v("evidence.date"))
      .transform((d) => new Date(`${d}T00:00:00Z`))
      .refine((d) => d <= endOfToday(), v("evidence.dateFuture")),
    url: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: v("common.url") }).max(1000, v("evidence.urlMax")).optional()),
    documentId: z.preprocess(blankToUndefined, recordId(v("evidence.document")).optional()),
    reference: z.string().trim().max(500, v("evidence.referenceMax")).default(""),
    visibility: z.enum(EVIDENCE_VISIBILITIES, { error: v("evidence.visibility") }).default("PUBLIC"),
  })
  // Runs even when other fields failed, so a blank row names every missing piece at once.
  .refine((item) => Boolean(item.url || item.documentId), { path: ["url"], message: v("evidence.linkOrDocument"), when: (p) => typeof p.value === "object" && p.value !== null });

export const evidenceListSchema = z
  .array(evidenceItemSchema)
  .min(1, v("evidence.min"))
  .max(20, v("evidence.max"));

/** The public summary: replaces the description on every public surface. Blank means none. */
export const publicSummarySchema = z.preprocess(
  (v) => (v == null || (typeof v === "string" && v.trim() === "") ? null : v),
  z.string().trim().max(5000, v("evidence.publicSummaryMax")).nullable(),
);

export type EvidenceItemInput = z.input<typeof evidenceItemSchema>;
export type ValidEvidenceItem = z.output<typeof evidenceItemSchema>;

const ROW_FIELDS = {
  source: "evidenceSource",
  publisher: "evidencePublisher",
  date: "evidenceDate",
  url: "evidenceUrl",
  documentId: "evidenceDocumentId",
  reference: "evidenceReference",
  visibility: "evidenceVisibility",
} as const;

/** Reads the form's evidence rows (parallel lists, one entry per row); rows left entirely blank are dropped. */
export function readEvidenceRows(form: FormData): Record<keyof typeof ROW_FIELDS, string>[] {
  const lists = Object.fromEntries(Object.entries(ROW_FIELDS).map(([key, name]) => [key, form.getAll(name).map(String)])) as Record<keyof typeof ROW_FIELDS, string[]>;
  const rows = lists.source.map((_, i) => Object.fromEntries(Object.keys(ROW_FIELDS).map((key) => [key, lists[key as keyof typeof ROW_FIELDS][i] ?? ""])) as Record<keyof typeof ROW_FIELDS, string>);
  return rows.filter((r) => [r.publisher, r.date, r.url, r.documentId, r.reference].some((v) => v.trim() !== ""));
}

export const EVIDENCE_FORM_NAMES = Object.values(ROW_FIELDS);
