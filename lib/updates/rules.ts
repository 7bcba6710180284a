import type { Measure } from "@/lib/db";
import { findPeriodYear, formatPeriodDay } from "@/lib/pace/period";
import type { ValidUpdate } from "./schema";

/** What the update rules need to know about the pledge. */
export type RulePledge = { fieldLabel: string; periodStart: Date; periodEnd: Date; measure: Measure; fields: { id: number }[] };

/**
 * The rules that need the pledge, after the schema: the field belongs to it (and is required where it has fields),
 * the event lies within its period (the same bounds the rollups count by), a country-counted pledge names
 * countries. The form's actions and the CSV import both call this one function; errors are keyed by the form's
 * field names. `storedEventDate` is the date an edit or correction starts from: kept unchanged, it is not refused,
 * so rows stored before the period's end was checked can still be corrected without moving their date.
 */
export function findUpdateRuleErrors(
  pledge: RulePledge,
  data: Pick<ValidUpdate, "fieldId" | "countryIds" | "eventDate">,
  options: { storedEventDate?: Date } = {},
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (data.fieldId !== null && !pledge.fields.some((f) => f.id === data.fieldId)) errors.fieldId = [`Choose a ${pledge.fieldLabel} of this pledge.`];
  if (data.fieldId === null && pledge.fields.length > 0) errors.fieldId = [`Choose the ${pledge.fieldLabel} this progress belongs to.`];
  const kept = options.storedEventDate !== undefined && +options.storedEventDate === +data.eventDate;
  if (!kept && findPeriodYear(pledge, data.eventDate) === 0) {
    errors.eventDate = [`The event date must lie within the pledge's period (${formatPeriodDay(pledge.periodStart)} – ${formatPeriodDay(pledge.periodEnd)}).`];
  }
  if (pledge.measure === "DISTINCT_COUNTRIES" && data.countryIds.length === 0) errors.countryIds = ["Choose at least one country reached."];
  return errors;
}
