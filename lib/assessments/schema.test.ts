import { describe, expect, it } from "vitest";
import { assessmentSchema, correctionSchema } from "./schema";

const valid = {
  pledgeId: "3",
  verdict: "NOT_ACHIEVED",
  finalValue: "",
  methodNote: "Published updates checked against the annual reports.",
  sources: " https://example.org/report \n\n Annual report 2022, p. 14 ",
  assessedOn: "2026-11-20",
};

describe("final assessment schema", () => {
  it("accepts links and citations, one per line, and an empty final value", () => {
    const data = assessmentSchema.parse(valid);
    expect(data).toMatchObject({ pledgeId: 3, verdict: "NOT_ACHIEVED", finalValue: null, sources: ["https://example.org/report", "Annual report 2022, p. 14"] });
    expect(data.assessedOn.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(assessmentSchema.parse({ ...valid, finalValue: "12.5" }).finalValue).toBe(12.5);
    expect(assessmentSchema.parse({ ...valid, sources: "Note: figures from the ministry" }).sources).toEqual(["Note: figures from the ministry"]);
  });

  it("refuses a script or data link, no source, an unknown verdict, a negative value and a bad date", () => {
    for (const sources of ["javascript:alert(1)", "data:text/html,<b>x</b>", "https://example.org/a b", "", "\n \n"]) {
      expect(assessmentSchema.safeParse({ ...valid, sources }).success, sources).toBe(false);
    }
    expect(assessmentSchema.safeParse({ ...valid, verdict: "MISSED" }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...valid, finalValue: "-1" }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...valid, assessedOn: "2026-13-01" }).success).toBe(false);
  });

  it("a correction needs the version it replaces and a reason", () => {
    expect(correctionSchema.safeParse(valid).success).toBe(false);
    expect(correctionSchema.safeParse({ ...valid, expectedVersion: "1", reason: "Recounted." }).success).toBe(true);
  });
});
