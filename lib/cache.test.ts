import { describe, expect, it } from "vitest";
import { isOlderStamp } from "./cache";

describe("isOlderStamp", () => {
  it("orders stamps by connection, then by version, numerically", () => {
    expect(isOlderStamp("1:9", "1:10")).toBe(true);
    expect(isOlderStamp("1:10", "1:9")).toBe(false);
    expect(isOlderStamp("1:10", "1:10")).toBe(false);
    expect(isOlderStamp("1:99", "2:0")).toBe(true); // a new connection (another database URL) starts a new series
    expect(isOlderStamp("2:0", "1:99")).toBe(false);
  });
});
