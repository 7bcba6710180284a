import { describe, expect, it } from "vitest";
import { isDevelopingByDefault } from "./developing";

describe("isDevelopingByDefault", () => {
  it("treats M49's former developed regions as not developing", () => {
    for (const iso3 of ["JPN", "USA", "CAN", "AUS", "NZL"]) {
      expect(isDevelopingByDefault({ iso3, region: "Asia" })).toBe(false);
    }
    expect(isDevelopingByDefault({ iso3: "FRA", region: "Europe" })).toBe(false);
  });

  it("treats every other country as developing", () => {
    expect(isDevelopingByDefault({ iso3: "MEX", region: "Americas" })).toBe(true);
    expect(isDevelopingByDefault({ iso3: "KEN", region: "Africa" })).toBe(true);
    expect(isDevelopingByDefault({ iso3: "CHN", region: "Asia" })).toBe(true);
  });
});
