import { describe, expect, it } from "vitest";
import { addUtcMonths, findOverdueSince, labelRhythm } from "./overdue";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = { rhythmMonths: 3, lastUpdatedAt: null, lastCheckedAt: null, trackedSince: d("2026-01-01"), periodStart: d("2017-09-26") };

describe("addUtcMonths", () => {
  it("adds calendar months and clamps to the month's last day", () => {
    expect(addUtcMonths(d("2026-01-15"), 3).toISOString()).toBe("2026-04-15T00:00:00.000Z");
    expect(addUtcMonths(d("2026-01-31"), 1).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(addUtcMonths(d("2024-01-31"), 1).toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(addUtcMonths(d("2026-11-30"), 3).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(addUtcMonths(d("2026-06-01"), 12).toISOString()).toBe("2027-06-01T00:00:00.000Z");
  });
});

describe("findOverdueSince", () => {
  it("is not overdue within the rhythm of the latest update or check", () => {
    expect(findOverdueSince({ ...base, lastUpdatedAt: d("2026-03-01"), now: d("2026-05-31") })).toBeNull();
    expect(findOverdueSince({ ...base, lastUpdatedAt: d("2025-01-01"), lastCheckedAt: d("2026-03-01"), now: d("2026-05-31") })).toBeNull();
  });

  it("is overdue since the latest activity plus the rhythm", () => {
    const since = findOverdueSince({ ...base, lastUpdatedAt: d("2026-01-10"), lastCheckedAt: d("2025-12-01"), now: d("2026-06-01") });
    expect(since?.toISOString()).toBe("2026-04-10T00:00:00.000Z");
  });

  it("counts a check as much as an update", () => {
    const since = findOverdueSince({ ...base, lastUpdatedAt: d("2025-01-10"), lastCheckedAt: d("2026-02-01"), now: d("2026-06-01") });
    expect(since?.toISOString()).toBe("2026-05-01T00:00:00.000Z");
  });

  it("is due exactly at the end of the rhythm, overdue only after it", () => {
    expect(findOverdueSince({ ...base, lastUpdatedAt: d("2026-01-10"), now: d("2026-04-10") })).toBeNull();
    expect(findOverdueSince({ ...base, lastUpdatedAt: d("2026-01-10"), now: new Date(+d("2026-04-10") + 1) })).not.toBeNull();
  });

  it("starts the clock when the tracker began following a pledge with no activity, not at a long-past period start", () => {
    expect(findOverdueSince({ ...base, now: d("2026-03-31") })).toBeNull();
    expect(findOverdueSince({ ...base, now: d("2026-04-02") })?.toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });

  it("starts the clock at a period start later than the tracking", () => {
    const later = { ...base, periodStart: d("2027-01-01") };
    expect(findOverdueSince({ ...later, now: d("2027-03-31") })).toBeNull();
    expect(findOverdueSince({ ...later, now: d("2027-04-02") })?.toISOString()).toBe("2027-04-01T00:00:00.000Z");
  });

  it("follows the rhythm: yearly is not overdue where quarterly is", () => {
    const input = { ...base, lastUpdatedAt: d("2026-01-01"), now: d("2026-08-01") };
    expect(findOverdueSince(input)).not.toBeNull();
    expect(findOverdueSince({ ...input, rhythmMonths: 12 })).toBeNull();
    expect(findOverdueSince({ ...input, rhythmMonths: 1 })?.toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });

  it("never flags a settled pledge", () => {
    expect(findOverdueSince({ ...base, settled: true, now: d("2030-01-01") })).toBeNull();
  });
});

describe("labelRhythm", () => {
  it("names the rhythms", () => {
    expect(labelRhythm(3)).toBe("Quarterly");
    expect(labelRhythm(2)).toBe("Every 2 months");
  });
});
