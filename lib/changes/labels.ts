import type { ChangeKind } from "@/lib/db";
import { ENGLISH_LABELS } from "@/lib/i18n/labels";

/** Words for the change log's kinds and diff fields, shared by the page, the CSV and the feed. No database import. */

export const CHANGE_KINDS = ["PUBLICATION", "CORRECTION", "DELETION", "STATUS", "ASSESSMENT", "CHECK", "DEFINITION", "EVIDENCE"] as const satisfies readonly ChangeKind[];

export const KIND_LABELS: Record<ChangeKind, string> = ENGLISH_LABELS.changeKind;

const FIELD_LABELS: Record<string, string> = ENGLISH_LABELS.changeField;

/** A diff field in words: "year3" is the third period year's planned target. */
export function labelChangeField(field: string): string {
  const year = /^year(\d+)$/.exec(field);
  if (year) return FIELD_LABELS.yearTarget.replace("{year}", year[1]);
  return FIELD_LABELS[field] ?? field;
}

/** A before or after value in words; "—" for none. */
export function formatChangeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(String).join(", ") : "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" && /^[A-Z][A-Z_]+$/.test(value)) return value.replaceAll("_", " ").toLowerCase();
  return String(value);
}

/** One field's change in words: "Quantity: 5 → 6" (the CSV's column and the feed's entries). */
export function describeFieldChange(change: { field: string; before: unknown; after: unknown }): string {
  return `${labelChangeField(change.field)}: ${formatChangeValue(change.before)} → ${formatChangeValue(change.after)}`;
}

/** What the entry's reason is called: an editor's note on a check, the reason everywhere else. */
export function labelChangeReason(kind: ChangeKind): string {
  return kind === "CHECK" ? "Note" : "Reason";
}

/** The public page of what an entry changed (an update's record), or null when it has none of its own. */
export function findChangeSubjectPath(entry: { updateId: number | null; entityType: string }): string | null {
  return entry.updateId !== null && entry.entityType === "update" ? `/updates/${entry.updateId}` : null;
}
