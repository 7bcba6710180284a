import type { EvidenceItemInput } from "@/lib/evidence/schema";

/** The CSV columns of an evidence item, by the form's field name: one value per evidence line, or one for all lines. */
const ITEM_COLUMNS = {
  source: "evidence_source",
  publisher: "evidence_publisher",
  date: "evidence_date",
  reference: "evidence_reference",
  visibility: "evidence_visibility",
} as const;

/** An evidence item's form field → the CSV column it comes from, to report the form's messages by column. */
export const EVIDENCE_COLUMN_OF: Record<string, string> = { url: "evidence", documentId: "evidence", ...ITEM_COLUMNS };

/** The evidence columns the import reads. */
export const EVIDENCE_COLUMNS = ["evidence", ...Object.values(ITEM_COLUMNS)] as const;

const lines = (cell: string | undefined) => (cell ?? "").split(/\r?\n/).map((e) => e.trim()).filter(Boolean);
// Anything with a scheme is meant as a link (and the form's schema refuses all but http and https).
const SCHEME = /^[a-z][a-z0-9+.-]*:\S/i;
const CHOICE_FIELDS: readonly string[] = ["source", "visibility"];

/**
 * The evidence columns → the form's evidence items (lib/evidence/schema.ts), which the form's schema then checks as it
 * checks the form's. `evidence` holds one item per line: its link, or else its passage or page reference. Each other
 * column holds one value per line in the same order, or a single value for every line. Sources and visibilities are
 * the form's choices, in any case (`independent`, `INTERNAL`). Documents cannot be imported: upload them in the form.
 */
export function readEvidenceCells(cells: Record<string, string>, report: (column: string, message: string) => void): EvidenceItemInput[] {
  const items = lines(cells.evidence);
  const columns = Object.fromEntries(
    Object.entries(ITEM_COLUMNS).map(([field, column]) => {
      const values = lines(cells[column]);
      if (values.length > 1 && values.length !== items.length) {
        report(column, `Give one value for every evidence line, or one per line: ${items.length} evidence lines, ${values.length} values.`);
      }
      // Choices in any case; anything else goes on to the form's schema, which refuses it with the form's message.
      const normalized = CHOICE_FIELDS.includes(field) ? values.map((v) => v.toUpperCase()) : values;
      return [field, (i: number) => (normalized.length === 1 ? normalized[0] : normalized[i])];
    }),
  ) as Record<keyof typeof ITEM_COLUMNS, (i: number) => string | undefined>;
  return items.map((value, i) => ({
    url: SCHEME.test(value) ? value : undefined,
    reference: SCHEME.test(value) ? (columns.reference(i) ?? "") : [value, columns.reference(i)].filter(Boolean).join(", "),
    source: columns.source(i) as EvidenceItemInput["source"],
    publisher: columns.publisher(i) as string,
    date: columns.date(i) as string,
    visibility: (columns.visibility(i) ?? "PUBLIC") as EvidenceItemInput["visibility"],
  }));
}
