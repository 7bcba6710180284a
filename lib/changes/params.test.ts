import { describe, expect, it } from "vitest";
import { describeFieldChange, formatChangeValue, labelChangeField } from "./labels";
import { changesFeedHref, changesHref, readChangeFilter, readRecordId } from "./params";

describe("readChangeFilter", () => {
  it("keeps known kinds in lower case, a positive cursor, and drops the rest", () => {
    expect(readChangeFilter({ pledge: "Training", kind: "CORRECTION", before: "12" })).toEqual({ pledge: "training", kind: "correction", before: 12 });
    expect(readChangeFilter({ kind: "gossip", before: "-1" })).toEqual({ pledge: undefined, kind: undefined, before: undefined });
    expect(readChangeFilter({ before: ["abc", "3"] }).before).toBeUndefined();
    expect(readChangeFilter({ before: "1e400" }).before).toBeUndefined();
  });

  it("writes the URL back in one order", () => {
    expect(changesHref({ kind: "check", pledge: "training", before: 4 })).toBe("/changes?pledge=training&kind=check&before=4");
    expect(changesHref({})).toBe("/changes");
    expect(changesFeedHref({ kind: "check", pledge: "training", before: 4 })).toBe("/changes.atom?pledge=training&kind=check");
    expect(changesFeedHref({})).toBe("/changes.atom");
  });
});

describe("readRecordId", () => {
  it("accepts canonical ids only", () => {
    expect(readRecordId("42")).toBe(42);
    for (const bad of ["0", "05", "4x", "1e3", "-1", "", "99999999999", "2147483648"]) expect(readRecordId(bad), bad).toBeNull();
  });
});

describe("labels", () => {
  it("names diff fields and values in words", () => {
    expect(labelChangeField("year3")).toBe("Year 3 target");
    expect(labelChangeField("quantity")).toBe("Quantity");
    expect(formatChangeValue(["GHA", "KEN"])).toBe("GHA, KEN");
    expect(formatChangeValue(null)).toBe("—");
    expect(formatChangeValue("IN_PROGRESS")).toBe("in progress");
    expect(formatChangeValue(false)).toBe("no");
    expect(formatChangeValue(0)).toBe("0");
    expect(describeFieldChange({ field: "quantity", before: 5, after: null })).toBe("Quantity: 5 → —");
  });
});
