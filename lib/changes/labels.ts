import type { ChangeKind } from "@/lib/db";
import { ENGLISH_LABELS, getLabels } from "@/lib/i18n/labels";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/**
 * Words for the change log's kinds and diff fields, shared by the page, the CSV and the feed. No database import.
 * The CSV, the feeds and the API stay English (the defaults); pages pass their language.
 */

export const CHANGE_KINDS = ["PUBLICATION", "CORRECTION", "DELETION", "STATUS", "ASSESSMENT", "CHECK", "DEFINITION", "EVIDENCE", "RELEASE"] as const satisfies readonly ChangeKind[];

export const KIND_LABELS: Record<ChangeKind, string> = ENGLISH_LABELS.changeKind;

/** A diff field in words: "year3" is the third period year's planned target. */
export function labelChangeField(field: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = getLabels(locale);
  const year = /^year(\d+)$/.exec(field);
  if (year) return t("changeField.yearTarget", { year: year[1] });
  const key = `changeField.${field}` as const;
  return field in ENGLISH_LABELS.changeField ? t(key as "changeField.title") : field;
}

/** A change kind in words, in `locale`. */
export const labelChangeKind = (kind: ChangeKind, locale: Locale = DEFAULT_LOCALE) => getLabels(locale)(`changeKind.${kind}`);

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

/** Which word the entry's reason goes by: an editor's note on a check, the reason everywhere else. */
export const readChangeReasonKind = (kind: ChangeKind): "note" | "reason" => (kind === "CHECK" ? "note" : "reason");

/** What the entry's reason is called, in English (the feeds). */
export function labelChangeReason(kind: ChangeKind): string {
  return readChangeReasonKind(kind) === "note" ? "Note" : "Reason";
}

// The coded values a diff can hold, by field, and the labels group that has their words.
const VALUE_GROUPS: Record<string, "pledgeStatus" | "deliveryStatus" | "evidenceLevel"> = { status: "pledgeStatus", deliveryStatus: "deliveryStatus", evidenceLevel: "evidenceLevel" };

/**
 * A before or after value in words for a page in `locale`: coded values by their label where the labels catalogue has
 * one, yes and no in the page's words, the rest as formatChangeValue writes it.
 */
export function describeChangeValue(options: { field: string; value: unknown; locale: Locale; words: { yes: string; no: string } }): string {
  const { field, value, locale, words } = options;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  const group = VALUE_GROUPS[field];
  if (group && typeof value === "string" && value in ENGLISH_LABELS[group]) return getLabels(locale)(`${group}.${value}` as "pledgeStatus.ON_TRACK");
  return formatChangeValue(value);
}

/** The public page of what an entry changed (an update's record, a data release), or null when it has none of its own. */
export function findChangeSubjectPath(entry: { updateId: number | null; entityType: string; entityId: string }): string | null {
  if (entry.updateId !== null && entry.entityType === "update") return `/updates/${entry.updateId}`;
  return entry.entityType === "data-release" ? `/data/releases/${entry.entityId}` : null;
}
