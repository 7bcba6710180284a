import { describe, expect, it } from "vitest";
import { wrapDateLikeNext } from "@/tests/next-date";
import { formatIsoDateTime } from "./iso-date";

describe("formatIsoDateTime", () => {
  it.each([
    "2019-03-01T10:20:30.000+00:00",
    "2019-03-01T10:20:30.123Z",
    "2019-03-01",
    "2019-03-01T12:00:00+05:30",
    "0001-01-01T00:00:00.000Z",
    "+010000-01-01T00:00:00.000Z",
    "123",
  ])("writes what new Date(%j).toISOString() writes", (text) => {
    expect(formatIsoDateTime(text)).toBe(new Date(text).toISOString());
  });

  it("passes a Date through toISOString and throws a RangeError for an invalid date, as toISOString does", () => {
    expect(formatIsoDateTime(new Date(Date.UTC(2020, 1, 29, 23, 59, 59, 999)))).toBe("2020-02-29T23:59:59.999Z");
    expect(() => formatIsoDateTime("not a date")).toThrow(RangeError);
    expect(() => formatIsoDateTime(new Date(NaN))).toThrow(RangeError);
  });

  it("constructs no Date (each one through Next's Date wrapper leaves old-space garbage)", () => {
    const next = wrapDateLikeNext();
    try {
      for (let i = 0; i < 60; i++) formatIsoDateTime(`2019-03-01T10:20:${String(i).padStart(2, "0")}.000+00:00`);
    } finally {
      next.restore();
    }
    expect(next.constructed()).toBe(0);
  });
});
