import { describeInternalNotice } from "@/lib/evidence/public";
import type { UpdateLogRow } from "@/lib/updates/log";
import type { Column } from "./csv";

/** Columns of the updates log. The import reads the same names, so an export can be edited and imported back. */
export const UPDATE_LOG_COLUMNS: readonly Column<UpdateLogRow>[] = [
  { header: "id", type: "number", description: "The update's id in this tracker (ignored on import).", value: (r) => r.id },
  { header: "external_id", type: "text", description: "Stable id from the system the row came from; unique.", value: (r) => r.externalId },
  { header: "pledge", type: "text", description: "Pledge slug (joint-operations, systems-and-labs, training).", value: (r) => r.pledgeSlug },
  { header: "pledge_title", type: "text", description: "Pledge title (ignored on import).", value: (r) => r.pledgeTitle },
  { header: "event_date", type: "date", description: "When the reported event happened (YYYY-MM-DD).", value: (r) => r.eventDate },
  { header: "quantity", type: "number", description: "Amount the update adds, in the pledge's unit.", value: (r) => r.quantity },
  { header: "field", type: "text", description: "Field or workstream slug, empty when the pledge has none.", value: (r) => r.fieldSlug },
  { header: "field_name", type: "text", description: "Field or workstream name (ignored on import).", value: (r) => r.fieldName },
  { header: "country_codes", type: "text", description: "ISO 3166-1 alpha-3 codes of the countries reached, separated by ';'.", value: (r) => r.countryCodes.join(";") },
  { header: "country_names", type: "text", description: "Their names, in the same order, separated by ';' (ignored on import).", value: (r) => r.countryNames.join(";") },
  { header: "title", type: "text", description: "Short title of the update.", value: (r) => r.title },
  { header: "description", type: "text", description: "Longer description; may span lines.", value: (r) => r.description },
  { header: "evidence", type: "text", description: "Public evidence, one item per line: its link, else its citation or reference, else its document's download path.", value: (r) => r.evidence.join("\n") },
  { header: "evidence_level", type: "text", description: "Strength of the evidence: DOCUMENTED, CORROBORATED or SELF_REPORTED (ignored on import).", value: (r) => r.evidenceLevel },
  {
    header: "evidence_documents",
    type: "text",
    description: "Public documents on file, one per line: download path and sha256 (ignored on import).",
    value: (r) => r.evidenceItems.flatMap((e) => (e.document ? [`${e.document.downloadUrl} sha256:${e.document.sha256}`] : [])).join("\n"),
  },
  {
    header: "internal_evidence",
    type: "text",
    description: "Internal items, one per line: who reviewed them, when, and the document's sha256; never their content (ignored on import).",
    value: (r) => r.internalEvidence.map(describeInternalNotice).join("\n"),
  },
  { header: "state", type: "text", description: "PUBLISHED in public exports; DRAFT, SUBMITTED or RETURNED too when drafts are included.", value: (r) => r.state },
  { header: "published_at", type: "datetime", description: "When it was published (ISO 8601, UTC).", value: (r) => r.publishedAt },
  { header: "published_by", type: "text", description: "Name of the admin who published it.", value: (r) => r.publishedBy },
  { header: "is_sample", type: "boolean", description: "true for demo data from the sample generator.", value: (r) => r.isSample },
];
