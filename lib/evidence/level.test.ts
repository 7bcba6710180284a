import { describe, expect, it } from "vitest";
import { rateEvidence, type LevelItem } from "./level";

const item = (over: Partial<LevelItem> = {}): LevelItem => ({ source: "GOVERNMENT", hasDocument: false, confirmed: false, ...over });

describe("rateEvidence", () => {
  it("is self-reported with only the government's own statements, or unclassified migrated items", () => {
    expect(rateEvidence([item()])).toBe("SELF_REPORTED");
    expect(rateEvidence([item(), item({ source: null })])).toBe("SELF_REPORTED");
    expect(rateEvidence([item({ source: "INTERNAL_DOCUMENT", hasDocument: true })])).toBe("SELF_REPORTED");
    expect(rateEvidence([])).toBe("SELF_REPORTED");
  });

  it("is corroborated by one recipient-country, INTERPOL or independent source", () => {
    for (const source of ["RECIPIENT", "INTERPOL", "INDEPENDENT"] as const) {
      expect(rateEvidence([item(), item({ source })])).toBe("CORROBORATED");
    }
  });

  it("is documented only when a reviewer confirmed the figure against a document on file", () => {
    expect(rateEvidence([item({ hasDocument: true, confirmed: true })])).toBe("DOCUMENTED");
    expect(rateEvidence([item({ source: "INTERNAL_DOCUMENT", hasDocument: true, confirmed: true }), item({ source: "INDEPENDENT" })])).toBe("DOCUMENTED");
    // A document nobody confirmed, or a confirmation without a document, is not enough.
    expect(rateEvidence([item({ source: "INDEPENDENT", hasDocument: true })])).toBe("CORROBORATED");
    expect(rateEvidence([item({ confirmed: true })])).toBe("SELF_REPORTED");
  });
});
