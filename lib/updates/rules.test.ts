import { describe, expect, it } from "vitest";
import { findUpdateRuleErrors, type RulePledge } from "./rules";

const pledge: RulePledge = {
  fieldLabel: "workstream",
  periodStart: new Date("2017-09-26T00:00:00Z"),
  periodEnd: new Date("2022-09-25T00:00:00Z"),
  measure: "SUM",
  fields: [{ id: 7 }],
};
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const valid = { fieldId: 7, countryIds: [], eventDate: day("2019-01-01") };

describe("findUpdateRuleErrors", () => {
  it("accepts an update dated within the period, its first and last days included, on a field of the pledge", () => {
    expect(findUpdateRuleErrors(pledge, valid)).toEqual({});
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: pledge.periodStart })).toEqual({});
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: pledge.periodEnd })).toEqual({});
  });

  it("refuses dates before or after the period, naming it", () => {
    const message = "The event date must lie within the pledge's period (26 Sept 2017 – 25 Sept 2022).";
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: day("2017-09-25") }).eventDate).toEqual([message]);
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: day("2022-09-26") }).eventDate).toEqual([message]);
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: day("2025-01-01") }).eventDate).toEqual([message]);
  });

  it("keeps a stored date outside the period when an edit leaves it unchanged, and refuses moving it elsewhere outside", () => {
    const stored = day("2024-03-01");
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: stored }, { storedEventDate: day("2024-03-01") })).toEqual({});
    expect(findUpdateRuleErrors(pledge, { ...valid, eventDate: day("2024-03-02") }, { storedEventDate: stored }).eventDate).toHaveLength(1);
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
