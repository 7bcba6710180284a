import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/http/errors";
import { formatAsOfDay, readAsOf, withAsOf } from "./day";
import { requireAsOf } from "./request";

const now = new Date("2026-11-27T13:00:00Z");

describe("readAsOf", () => {
  it("treats an absent or empty value as today's figures", () => {
    expect(readAsOf(undefined, now)).toEqual({ ok: true, asOf: null });
    expect(readAsOf("", now)).toEqual({ ok: true, asOf: null });
    expect(readAsOf(null, now)).toEqual({ ok: true, asOf: null });
  });

  it("reads a past day and ends it at the next UTC midnight", () => {
    expect(readAsOf("2021-03-12", now)).toEqual({ ok: true, asOf: { day: "2021-03-12", end: new Date("2021-03-13T00:00:00Z") } });
    expect(readAsOf("2020-02-29", now)).toMatchObject({ ok: true, asOf: { end: new Date("2020-03-01T00:00:00Z") } });
  });

  it("accepts today and refuses tomorrow", () => {
    expect(readAsOf("2026-11-27", now)).toMatchObject({ ok: true, asOf: { day: "2026-11-27" } });
    const tomorrow = readAsOf("2026-11-28", now);
    expect(tomorrow.ok).toBe(false);
    expect(!tomorrow.ok && tomorrow.message).toMatch(/as_of.*up to today \(2026-11-27\)/);
    expect(tomorrow).toMatchObject({ reason: "future", today: "2026-11-27" });
  });

  it.each(["2021-3-12", "12/03/2021", "2021-02-30", "2021-13-01", "2021-03-12T00:00:00Z", "yesterday", " 2021-03-12", "0000-01-01"])(
    "refuses %j, naming as_of",
    (value) => {
      const reading = readAsOf(value, now);
      expect(reading.ok).toBe(false);
      expect(!reading.ok && reading.message).toMatch(/^Invalid as_of: /);
      expect(reading).toMatchObject({ reason: "format" });
    },
  );

  it("reads the first of repeated values", () => {
    expect(readAsOf(["2021-03-12", "nope"], now)).toMatchObject({ ok: true, asOf: { day: "2021-03-12" } });
  });
});

describe("requireAsOf", () => {
  it("throws a 400 in the one error shape naming as_of", () => {
    const run = () => requireAsOf(new URLSearchParams("as_of=2099-01-01"), now);
    expect(run).toThrow(HttpError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ status: 400, code: "invalid_parameter", fields: { as_of: [expect.stringMatching(/today/)] } });
    }
    expect(requireAsOf(new URLSearchParams("x=1"), now)).toBeNull();
  });
});

describe("formatting", () => {
  it("writes the day in words and sets or removes it in a path", () => {
    expect(formatAsOfDay("2021-03-12")).toBe("12 March 2021");
    expect(formatAsOfDay("2021-03-12", "fr")).toBe("12 mars 2021");
    expect(formatAsOfDay("2021-03-12", "zh")).toBe("2021年3月12日");
    expect(withAsOf("/updates?pledge=a&page=2", "2021-03-12")).toBe("/updates?pledge=a&page=2&as_of=2021-03-12");
    expect(withAsOf("/updates?as_of=2021-03-12&pledge=a", null)).toBe("/updates?pledge=a");
    expect(withAsOf("/", null)).toBe("/");
  });
});
