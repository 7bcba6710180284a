import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { EVIDENCE_LEVELS } from "@/lib/evidence/level";
import { EVIDENCE_SOURCES } from "@/lib/evidence/schema";
import { asOfShape, pagingShape, updateFilterShape, withDateOrder } from "@/lib/http/query";

/**
 * Response and parameter schemas of the public JSON API. The OpenAPI document is generated from these
 * (lib/api/openapi.ts) and the handlers build their bodies through them, so the two cannot drift.
 */

const dateTime = z.iso.datetime({ offset: true });
const day = z.iso.date();

export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "invalid_parameter" }),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().describe("Messages per offending parameter."),
    }),
  })
  .meta({ id: "Error", description: "Every error has this shape." });

export const FieldSchema = z.object({ slug: z.string(), name: z.string() }).describe("A field or workstream.");

export const AssessmentSchema = z
  .object({
    version: z.number().int().describe("1 for the first record; each correction adds one and keeps the earlier versions."),
    verdict: z.enum(["ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED", "CANNOT_BE_ASSESSED"]),
    finalValue: z.number().nullable(),
    methodNote: z.string(),
    sources: z.array(z.string()).describe("Links or citations."),
    assessedOn: day,
    assessedBy: z.string().describe("Public name of the admin who made the assessment."),
    reason: z.string().nullable().describe("Why this version corrected the previous one; null for the first record."),
    recordedAt: dateTime,
  })
  .meta({ id: "Assessment", description: "An admin's final assessment of a pledge, once its period is over." });

export const RecordSchema = z
  .object({
    state: z
      .enum(["NO_REPORT", "SHORT", "MISSED", "MET"])
      .describe("NO_REPORT: nothing published (not a failure). SHORT: published data below the target. MISSED: period over and confirmed by the final assessment. MET."),
    assessed: z.boolean().describe("true when a final assessment is in force: its verdict, not the computation, is the record."),
    label: z.string().describe("The record in words; until a final assessment exists, worded as computed (\"Not assessed: …\")."),
    tone: z.enum(["neutral", "good", "warn", "bad", "info"]),
  })
  .meta({ id: "Record" });

export const PledgeSchema = z
  .object({
    slug: z.string().meta({ example: "systems-and-labs" }),
    title: z.string(),
    summary: z.string(),
    unit: z.string(),
    target: z.number(),
    targetNote: z.string().nullable(),
    measure: z.enum(["SUM", "DISTINCT_COUNTRIES", "MILESTONES"]),
    cadence: z.enum(["TOTAL", "ANNUAL"]),
    fieldLabel: z.string().describe("What the pledge calls its breakdown: field, workstream or course."),
    periodStart: dateTime,
    periodEnd: dateTime,
    value: z.number().describe("Current value from published updates (baseline included)."),
    percentComplete: z.number().nullable(),
    expectedByNow: z.number().describe("Where the pledge should be today: from the annual plan, else linear; the target once the period is over."),
    projected: z.number().nullable().describe("Value projected at the end of the period at the current pace; null before the start and once the period is over."),
    status: z.enum(["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ACHIEVED", "NOT_ACHIEVED"]).describe("Status set by editors."),
    paceStatus: z
      .enum(["NOT_STARTED", "NO_DATA", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ACHIEVED", "ENDED_SHORT"])
      .describe("Status computed from the numbers. ENDED_SHORT: the period is over with published data below the target (not a verdict: see assessment)."),
    phase: z.enum(["BEFORE_START", "DURING", "AFTER_END"]).describe("Where the period stands today."),
    periodEnded: z.string().nullable().meta({ example: "Period ended on 25 Sept 2022" }),
    record: RecordSchema,
    assessment: AssessmentSchema.nullable().describe("The final assessment in force, or null until one is recorded."),
    publishedUpdates: z.number().int(),
    lastPublishedAt: dateTime.nullable(),
  })
  .meta({ id: "Pledge" });

export const PledgeDetailSchema = PledgeSchema.extend({
  sourceSentence: z.string(),
  sourceCitation: z.string(),
  periodNote: z.string().nullable().describe("The tracker's reading of when the period starts and ends (its own interpretation, not the speaker's words); in ?lang= where translated."),
  missedYears: z.array(z.number().int()).describe("Period years confirmed missed: over, short of the plan, and confirmed by an editor's check or the final assessment. A year with no report is never listed."),
  fields: z.array(FieldSchema),
}).meta({ id: "PledgeDetail" });

export const PledgeListSchema = z.object({ items: z.array(PledgeSchema) }).meta({ id: "PledgeList" });

export const EvidenceItemSchema = z
  .object({
    source: z.enum(EVIDENCE_SOURCES).nullable().describe("Who speaks: the government itself, a recipient country, INTERPOL, an independent report, an internal document; null on items not yet classified."),
    publisher: z.string().nullable().describe("Publisher or author."),
    date: day.nullable().describe("The source's date."),
    url: z.string().nullable(),
    reference: z.string().nullable().describe("A short passage or page reference (or, on older items, the whole citation)."),
    document: z
      .object({
        sha256: z.string().length(64).describe("SHA-256 of the document's bytes, hex: check any copy against it."),
        mediaType: z.string().describe("Detected from the bytes at upload."),
        byteSize: z.number().int(),
        downloadUrl: z.string().describe("Path of the download on this site, e.g. /api/documents/12."),
      })
      .nullable(),
  })
  .meta({ id: "EvidenceItem", description: "A public evidence item of a published update." });

export const InternalEvidenceSchema = z
  .object({
    hasDocument: z.boolean(),
    reviewedBy: z.string().nullable().describe("The admin who reviewed it when publishing."),
    reviewedAt: day.nullable(),
    sha256: z.string().nullable().describe("SHA-256 of the internal document; its content, link and name are never published."),
  })
  .meta({ id: "InternalEvidence", description: "All the public may know of an internal evidence item." });

export const UpdateSchema = z
  .object({
    id: z.number().int(),
    externalId: z.string().nullable(),
    pledge: z.string(),
    eventDate: day,
    quantity: z.number(),
    field: FieldSchema.nullable(),
    countries: z.array(z.object({ iso3: z.string().length(3), name: z.string() })),
    title: z.string(),
    description: z.string(),
    evidence: z.array(z.string()).describe("Public evidence, one entry per item: its link, else its reference, else its document's download path."),
    evidenceLevel: z.enum(EVIDENCE_LEVELS).describe("DOCUMENTED: a reviewer confirmed the figure against a primary document on file; CORROBORATED: a recipient-country, INTERPOL or independent source; SELF_REPORTED: only the government's own statements."),
    evidenceItems: z.array(EvidenceItemSchema),
    internalEvidence: z.array(InternalEvidenceSchema),
    publishedAt: dateTime.nullable(),
    publishedBy: z.string().nullable(),
    independentReview: z
      .boolean()
      .nullable()
      .describe("false when the update was published without independent review (by its own author, which a one-person deployment may allow)."),
    isSample: z.boolean(),
  })
  .meta({ id: "Update" });

export const UpdatePageSchema = z
  .object({
    items: z.array(UpdateSchema),
    nextCursor: z.number().int().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  })
  .meta({ id: "UpdatePage" });

export const CountrySchema = z
  .object({
    iso3: z.string().length(3),
    iso2: z.string().length(2),
    name: z.string(),
    region: z.string(),
    subregion: z.string(),
    developing: z.boolean(),
    publishedUpdates: z.number().int().describe("Published updates naming this country."),
    pledges: z.array(z.string()).describe("Slugs of the pledges whose published updates reached it."),
  })
  .meta({ id: "Country" });

export const CountryListSchema = z.object({ items: z.array(CountrySchema) }).meta({ id: "CountryList" });

export const slugParams = z.object({ slug: z.string().describe("Pledge slug.").meta({ example: "training" }) });
export const documentParams = z.object({
  id: z.string().regex(/^[1-9][0-9]*$/).describe("Document id, as in an evidence item's downloadUrl.").meta({ example: "12" }),
});
export const updatesQuery = withDateOrder(z.object({ ...updateFilterShape, ...pagingShape, ...asOfShape }));
const langShape = {
  lang: z
    .enum(LOCALES)
    .optional()
    .describe("Language of the text fields (titles, summaries, source sentence, field and country names); field names stay English. Default en. A text without a translation stays English."),
};
export const pledgeQuery = z.object({ ...asOfShape, ...langShape });
export const countriesQuery = z.object({
  ...asOfShape,
  ...langShape,
  region: z.string().trim().min(1).max(60).optional().describe("Only countries of this region, e.g. Africa."),
  developing: z.enum(["true", "false"]).optional().describe("Only developing (true) or other (false) countries."),
});

export type ApiPledge = z.infer<typeof PledgeSchema>;
export type ApiUpdate = z.infer<typeof UpdateSchema>;
export type ApiCountry = z.infer<typeof CountrySchema>;
