import { describe, expect, it } from "vitest";
import { formatFieldErrors } from "@/lib/i18n/validation";
import { findUpdateRuleErrors as findKeys, type RulePledge } from "./rules";

// The rules answer catalogue keys; read here as the importer and the API do (English), or in a form's language.
const findUpdateRuleErrors = (...args: Parameters<typeof findKeys>) => formatFieldErrors(findKeys(...args));

const pledge: RulePledge = {
  fieldLabel: "workstream",
  periodStart: new Date("2017-09-26T00:00:00Z"),
  measure: "SUM",
  fields: [{ id: 7 }],
};
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const valid = { fieldId: 7, countryIds: [], eventDate: day("2019-01-01") };

describe("findUpdateRuleErrors", () => {
  it("accepts an update from the period's start on (after its end too), on a field of the pledge", () => {
    expect(findUpdateRuleErrors(pledge, valid)).toEqual({});
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: pledge.periodStart })).toEqual({});
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: day("2025-01-01") })).toEqual({});
  });

  it("refuses dates before the period, naming its start", () => {
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: day("2017-09-25") }).eventDate?.[0]).toMatch(/started on 26 Sept 2017/);
    expect(formatFieldErrors(findKeys(pledge, { ...valid, eventDate: day("2017-09-25") }), "fr").eventDate).toEqual(["L’engagement a commencé le 26 sept. 2017 : choisissez une date à partir de celle-ci."]);
  });

  it("requires a field of this pledge where it has fields, and none where it has none", () => {
    expect(findUpdateRuleErrors(pledge, { ...valid, fieldId: null }).fieldId).toEqual(["Choose the workstream this progress belongs to."]);
    expect(findUpdateRuleErrors(pledge, { ...valid, fieldId: 8 }).fieldId).toEqual(["Choose a workstream of this pledge."]);
    expect(findUpdateRuleErrors({ ...pledge, fields: [] }, { ...valid, fieldId: null })).toEqual({});
  });

  it("requires countries for a country-counted pledge", () => {
    expect(findUpdateRuleErrors({ ...pledge, measure: "DISTINCT_COUNTRIES" }, valid).countryIds).toEqual(["Choose at least one country reached."]);
    expect(findUpdateRuleErrors({ ...pledge, measure: "DISTINCT_COUNTRIES" }, { ...valid, countryIds: [1] })).toEqual({});
  });
});
