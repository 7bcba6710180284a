import type { Measure } from "@/lib/db";
import { findPeriodYear } from "@/lib/pace/period";
import { validationMessage as v } from "@/lib/i18n/validation";
import type { ValidUpdate } from "./schema";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

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
  if (data.fieldId !== null && !pledge.fields.some((f) => f.id === data.fieldId)) errors.fieldId = [v("rules.fieldOfPledge", { label: pledge.fieldLabel })];
  if (data.fieldId === null && pledge.fields.length > 0) errors.fieldId = [v("rules.fieldRequired", { label: pledge.fieldLabel })];
  const kept = options.storedEventDate !== undefined && +options.storedEventDate === +data.eventDate;
  if (!kept && findPeriodYear(pledge, data.eventDate) === 0) {
    errors.eventDate = [v("rules.outsidePeriod", { startDay: isoDay(pledge.periodStart), endDay: isoDay(pledge.periodEnd) })];
  }
  if (pledge.measure === "DISTINCT_COUNTRIES" && data.countryIds.length === 0) errors.countryIds = [v("rules.countries")];
  return errors;
}
