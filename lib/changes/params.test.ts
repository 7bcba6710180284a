import { describe, expect, it } from "vitest";
import { describeChangeValue, describeFieldChange, formatChangeValue, labelChangeField, labelChangeKind, labelChangeReason } from "./labels";
import { getLabels } from "@/lib/i18n/labels";
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

  it("names them in a page's language, while the text outputs stay English", () => {
    expect(labelChangeField("quantity", "fr")).toBe("Quantité");
    expect(labelChangeField("year3", "es")).toMatch(/3/);
    expect(labelChangeField("somethingNew", "zh")).toBe("somethingNew");
    expect(labelChangeKind("STATUS", "fr")).not.toBe(labelChangeKind("STATUS"));
    const words = { yes: "oui", no: "non" };
    expect(describeChangeValue({ field: "developing", value: true, locale: "fr", words })).toBe("oui");
    expect(describeChangeValue({ field: "deliveryStatus", value: "IN_PROGRESS", locale: "en", words })).toBe("In progress");
    expect(describeChangeValue({ field: "deliveryStatus", value: "IN_PROGRESS", locale: "fr", words })).toBe(labelDelivery("fr"));
    expect(describeChangeValue({ field: "quantity", value: 5, locale: "ar", words })).toBe("5");
    expect(describeChangeValue({ field: "status", value: "SOMETHING_ELSE", locale: "fr", words })).toBe("something else");
    expect(labelChangeReason("CHECK")).toBe("Note");
    expect(describeFieldChange({ field: "developing", before: false, after: true })).toBe("Developing country: no → yes");
  });
});

const labelDelivery = (locale: "fr") => getLabels(locale)("deliveryStatus.IN_PROGRESS");
