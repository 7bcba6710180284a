import type { Measure } from "@/lib/db";
import { validationMessage as v } from "@/lib/i18n/validation";
import type { ValidUpdate } from "./schema";

/** What the update rules need to know about the pledge. */
export type RulePledge = { fieldLabel: string; periodStart: Date; measure: Measure; fields: { id: number }[] };

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The rules that need the pledge, after the schema: the field belongs to it (and is required where it has fields),
 * the event is not before its period (events after its end are kept: they show outside the period, as year 0 in the
 * rollups), a country-counted pledge names countries. The form's actions and the CSV import
 * both call this one function; errors are keyed by the form's field names.
 */
export function findUpdateRuleErrors(pledge: RulePledge, data: Pick<ValidUpdate, "fieldId" | "countryIds" | "eventDate">): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (data.fieldId !== null && !pledge.fields.some((f) => f.id === data.fieldId)) errors.fieldId = [v("rules.fieldOfPledge", { label: pledge.fieldLabel })];
  if (data.fieldId === null && pledge.fields.length > 0) errors.fieldId = [v("rules.fieldRequired", { label: pledge.fieldLabel })];
  if (data.eventDate < pledge.periodStart) errors.eventDate = [v("rules.beforePeriod", { day: day(pledge.periodStart) })];
  if (pledge.measure === "DISTINCT_COUNTRIES" && data.countryIds.length === 0) errors.countryIds = [v("rules.countries")];
  return errors;
}
