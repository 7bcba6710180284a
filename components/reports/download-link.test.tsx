import { describe, expect, it } from "vitest";
import { buildReportHref } from "./download-link";

describe("buildReportHref", () => {
  it("carries the current filters and drops empty ones", () => {
    expect(buildReportHref("updates-log", { pledge: "training", country: ["KEN", "GHA"], region: "", field: undefined })).toBe(
      "/reports/updates-log.csv?pledge=training&country=KEN%2CGHA",
    );
  });

  it("adds the byte-order mark flag for Excel", () => {
    expect(buildReportHref("pledge-summary", {}, { bom: true })).toBe("/reports/pledge-summary.csv?bom=1");
    expect(buildReportHref("pledge-summary")).toBe("/reports/pledge-summary.csv");
  });
});
