import { describe, expect, it } from "vitest";
import { findPeriodYear, listPeriodYears } from "./period";

const period = { periodStart: new Date("2017-09-26T00:00:00Z"), periodEnd: new Date("2022-09-25T00:00:00Z") };

describe("findPeriodYear", () => {
  it("names the period year an instant falls in, 0 outside the period", () => {
    expect(findPeriodYear(period, new Date("2017-09-25T23:59:59Z"))).toBe(0);
    expect(findPeriodYear(period, new Date("2017-09-26T00:00:00Z"))).toBe(1);
    expect(findPeriodYear(period, new Date("2018-09-25T23:59:59Z"))).toBe(1);
    expect(findPeriodYear(period, new Date("2018-09-26T00:00:00Z"))).toBe(2);
    // periodEnd names the last day, which counts in full.
    expect(findPeriodYear(period, new Date("2022-09-25T12:00:00Z"))).toBe(5);
    expect(findPeriodYear(period, new Date("2022-09-26T00:00:00Z"))).toBe(0);
  });

  it("agrees with the bounds of listPeriodYears", () => {
    for (const y of listPeriodYears(period)) {
      expect(findPeriodYear(period, y.start)).toBe(y.year);
      expect(findPeriodYear(period, new Date(y.end.getTime() - 1))).toBe(y.year);
    }
  });
});
