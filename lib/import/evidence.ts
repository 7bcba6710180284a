import type { UpdateInput } from "@/lib/updates/schema";

type FormEvidence = UpdateInput["evidence"][number];

/** The evidence kinds as the form names them, and how a CSV may spell them. */
const KINDS: Record<string, FormEvidence["kind"]> = { link: "LINK", citation: "CITATION" };

/** An evidence item's form field → the CSV column it comes from, to report the form's messages by column. */
export const EVIDENCE_COLUMN_OF: Record<string, string> = { value: "evidence", kind: "evidence_kind" };

const lines = (cell: string | undefined) => (cell ?? "").split(/\r?\n/).map((e) => e.trim()).filter(Boolean);

/**
 * The `evidence` cell (one item per line) and the optional `evidence_kind` cell (one kind per line, in the same
 * order) → the form's evidence rows. Without kinds, a line starting with http(s):// is a link and anything else a
 * citation. The form's schema then checks each row as it checks the form's.
 * This is the one place a CSV's evidence columns are mapped: more columns (a publisher, a date, a visibility) are
 * read here, one value per line like the kinds, into the form's evidence shape, and named in EVIDENCE_COLUMN_OF.
 */
export function readEvidenceCells(cells: Record<string, string>, report: (column: string, message: string) => void): FormEvidence[] {
  const values = lines(cells.evidence);
  const kinds = lines(cells.evidence_kind);
  if (kinds.length && kinds.length !== values.length) {
    report("evidence_kind", `Give one kind per evidence line: ${values.length} evidence lines, ${kinds.length} kinds.`);
  }
  // A kind that was refused above is inferred instead, so that the row's other problems are still checked.
  const rows = values.map((value, i): FormEvidence => {
    const inferred = /^https?:\/\//i.test(value) ? "LINK" : "CITATION";
    if (!kinds.length || kinds.length !== values.length) return { kind: inferred, value };
    const kind = KINDS[kinds[i].toLowerCase()];
    if (!kind) report("evidence_kind", `Unknown evidence kind "${kinds[i]}" on evidence line ${i + 1}. Use one of: ${Object.keys(KINDS).join(", ")}.`);
    return { kind: kind ?? inferred, value };
  });
  return rows;
}
