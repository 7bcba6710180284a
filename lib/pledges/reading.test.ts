import { describe, expect, it } from "vitest";
import { getPledgeReading, readSourceFacts } from "./reading";

describe("getPledgeReading", () => {
  it("gives the recorded interpretations as data, for pages to word in their language", () => {
    const facts = readSourceFacts();
    const readings = getPledgeReading({ slug: "joint-operations", measure: "SUM" });
    expect(readings.map((r) => r.topic)).toEqual(["target", "period", "sum"]);
    expect(readings[0]).toMatchObject({ topic: "target", target: 15, interpretation: expect.stringMatching(/^One supported action .*\(3 x 5\)$/) });
    expect(readings[1]).toMatchObject({ topic: "period", start: facts.period.start, end: facts.period.end });
    expect(getPledgeReading({ slug: "systems-and-labs", measure: "DISTINCT_COUNTRIES" }).at(-1)).toEqual({ topic: "countries" });
  });

  it("says only the counting rule for a pledge the source does not know", () => {
    expect(getPledgeReading({ slug: "not-in-the-source", measure: "MILESTONES" })).toEqual([]);
    expect(getPledgeReading({ slug: "not-in-the-source", measure: "SUM" })).toEqual([{ topic: "sum" }]);
  });
});
