import { describe, expect, it } from "vitest";
import { formatDate, formatMonth, formatNumber, formatPercent } from "./format";

describe("format", () => {
  it("formats numbers, percentages and dates the same on server and client", () => {
    expect(formatNumber(20000)).toBe("20,000");
    expect(formatNumber(2.345)).toBe("2.3");
    expect(formatPercent(null)).toBe("n/a");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(4.25)).toBe("4.3%");
    expect(formatPercent(125)).toBe("125%");
    expect(formatDate("2017-09-26T00:00:00.000Z")).toBe("26 Sept 2017");
    expect(formatDate(null)).toBe("never");
    expect(formatMonth("2019-03")).toBe("Mar 2019");
  });
});
