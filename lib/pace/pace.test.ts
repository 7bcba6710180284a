import { describe, expect, it } from "vitest";
import { assessPace, getExpectedAt, resolveAnnualPlan, type PaceInput } from "./pace";
import { countPeriodYears, getElapsedShare, listPeriodYears } from "./period";

const start = new Date("2017-09-26T00:00:00Z");
const end = new Date("2022-09-25T00:00:00Z");
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

function total(overrides: Partial<PaceInput>): PaceInput {
  return {
    now: at("2020-03-26"),
    periodStart: start,
    periodEnd: end,
    target: 20000,
    value: 0,
    hasProgress: false,
    cadence: "TOTAL",
    measure: "SUM",
    ...overrides,
  };
}

/** The joint-operations shape: 3 fields x 5 years, one operation per field per year. */
function annual(overrides: Partial<PaceInput>): PaceInput {
  const annualPlan = [1, 2, 3, 4, 5].flatMap((year) => [1, 2, 3].map((fieldId) => ({ year, fieldId, target: 1 })));
  return total({ target: 15, cadence: "ANNUAL", annualPlan, ...overrides });
}

describe("period", () => {
  it("counts five period years for the 2017-2022 period, year 1 being the first twelve months", () => {
    expect(countPeriodYears({ periodStart: start, periodEnd: end })).toBe(5);
    const years = listPeriodYears({ periodStart: start, periodEnd: end });
    expect(years[0]).toEqual({ year: 1, start, end: at("2018-09-26") });
    expect(years[4].end).toEqual(at("2022-09-26"));
  });

  it("clamps the elapsed share before the start and after the end", () => {
    expect(getElapsedShare({ periodStart: start, periodEnd: end, now: at("2016-01-01") })).toBe(0);
    expect(getElapsedShare({ periodStart: start, periodEnd: end, now: at("2026-01-01") })).toBe(1);
    expect(getElapsedShare({ periodStart: start, periodEnd: end, now: at("2020-03-26") })).toBeCloseTo(0.5, 2);
  });
});

describe("assessPace: cumulative targets", () => {
  it("before the period starts: nothing expected, nothing projected", () => {
    const pace = assessPace(total({ now: at("2017-01-01") }));
    expect(pace).toMatchObject({ elapsedShare: 0, expectedByNow: 0, projected: null, percentComplete: 0, status: "NOT_STARTED" });
  });

  it("expects linear progress when there is no annual plan, and projects the run rate to the end", () => {
    const pace = assessPace(total({ value: 8000, hasProgress: true }));
    expect(pace.expectedByNow).toBeCloseTo(10000, -2);
    expect(pace.projected).toBeCloseTo(16000, -2);
    expect(pace.percentComplete).toBeCloseTo(40);
    expect(pace.status).toBe("AT_RISK");
  });

  it("is on track at or near the expected value, and far behind well below it", () => {
    expect(assessPace(total({ value: 9500, hasProgress: true })).status).toBe("ON_TRACK");
    expect(assessPace(total({ value: 2000, hasProgress: true })).status).toBe("OFF_TRACK");
  });

  it("paces against the annual plan when there is one", () => {
    const annualPlan = [1, 2, 3, 4, 5].map((year) => ({ year, fieldId: null, target: year === 1 ? 0 : 5000 }));
    const input = total({ annualPlan });
    expect(getExpectedAt(input, at("2018-09-26"))).toBe(0);
    expect(getExpectedAt(input, at("2019-09-26"))).toBe(5000);
    expect(getExpectedAt(input, at("2030-01-01"))).toBe(20000);
  });

  it("after the period ends: nothing is projected, and a shortfall is not a verdict", () => {
    const pace = assessPace(total({ now: at("2026-11-26"), value: 12000, hasProgress: true }));
    expect(pace).toMatchObject({ elapsedShare: 1, expectedByNow: 20000, projected: null, counted: 12000, status: "ENDED_SHORT" });
  });

  it("says there is no data, rather than a verdict, when nothing has been published", () => {
    expect(assessPace(total({ now: at("2026-11-26") })).status).toBe("NO_DATA");
    expect(assessPace(total({})).status).toBe("NO_DATA");
  });

  it("handles a zero target without dividing by zero", () => {
    const pace = assessPace(total({ target: 0 }));
    expect(pace.percentComplete).toBeNull();
    expect(pace.status).toBe("ON_TRACK");
    expect(assessPace(total({ target: 0, now: at("2023-01-01") })).status).toBe("ACHIEVED");
  });

  it("reports over-achievement above 100% and as reached, even mid-period", () => {
    const pace = assessPace(total({ value: 25000, hasProgress: true }));
    expect(pace.percentComplete).toBe(125);
    expect(pace.status).toBe("ACHIEVED");
    expect(pace.projected).toBeGreaterThan(25000);
  });

  it("counts a baseline as already there, not as progress", () => {
    const pace = assessPace(total({ baseline: 1000, value: 1000, hasProgress: true, now: at("2017-09-27") }));
    expect(pace.expectedByNow).toBeGreaterThanOrEqual(1000);
    expect(pace.projected).toBeCloseTo(1000);
  });
});

describe("assessPace: recurring annual targets", () => {
  it("counts each year and field only up to its own target, so a surplus cannot make up a missed year", () => {
    const annualActuals = [
      { year: 1, fieldId: 1, value: 10 },
      { year: 1, fieldId: 2, value: 1 },
      { year: 1, fieldId: 3, value: 1 },
    ];
    const pace = assessPace(annual({ now: at("2019-09-26"), value: 12, hasProgress: true, annualActuals }));
    expect(pace.counted).toBe(3);
    expect(pace.percentComplete).toBeCloseTo(20);
    expect(pace.shortYears).toEqual([2]);
    expect(pace.maxAchievable).toBe(12);
    expect(pace.status).toBe("OFF_TRACK");
  });

  it("a short year stays short: never reached, and short (not a verdict) at the end", () => {
    const annualActuals = [1, 2, 3, 4, 5].flatMap((year) =>
      [1, 2, 3].map((fieldId) => ({ year, fieldId, value: year === 3 && fieldId === 2 ? 0 : 4 })),
    );
    const pace = assessPace(annual({ now: at("2026-01-01"), value: 56, hasProgress: true, annualActuals }));
    expect(pace.counted).toBe(14);
    expect(pace.shortYears).toEqual([3]);
    expect(pace.maxAchievable).toBe(14);
    expect(pace.projected).toBeNull();
    expect(pace.status).toBe("ENDED_SHORT");
  });

  it("is on track while every finished year met its plan, and reached when all years did", () => {
    const perfect = (years: number[]) => years.flatMap((year) => [1, 2, 3].map((fieldId) => ({ year, fieldId, value: 1 })));
    const mid = assessPace(annual({ now: at("2019-10-01"), value: 6, hasProgress: true, annualActuals: perfect([1, 2]) }));
    expect(mid.status).toBe("ON_TRACK");
    expect(mid.projected).toBeCloseTo(15, 0);
    const done = assessPace(annual({ now: at("2023-01-01"), value: 15, hasProgress: true, annualActuals: perfect([1, 2, 3, 4, 5]) }));
    expect(done.status).toBe("ACHIEVED");
  });

  it("splits the target evenly over the period years when no plan is stored", () => {
    const plan = resolveAnnualPlan({ cadence: "ANNUAL", target: 10, periodStart: start, periodEnd: end });
    expect(plan).toHaveLength(5);
    expect(plan.every((c) => c.target === 2)).toBe(true);
  });
});

describe("assessPace: milestone-only pledges", () => {
  const milestones = [
    { dueDate: at("2018-06-01"), completedAt: at("2018-05-01") },
    { dueDate: at("2019-06-01"), completedAt: null },
    { dueDate: at("2021-06-01"), completedAt: null },
  ];

  it("expects the milestones due by now and projects nothing", () => {
    const pace = assessPace(total({ measure: "MILESTONES", target: 3, value: 1, hasProgress: true, milestones }));
    expect(pace.expectedByNow).toBe(2);
    expect(pace.projected).toBeNull();
    expect(pace.status).toBe("OFF_TRACK");
    expect(assessPace(total({ measure: "MILESTONES", target: 3, value: 2, hasProgress: true, milestones })).status).toBe("ON_TRACK");
  });

  it("is reached when every milestone is complete", () => {
    const pace = assessPace(total({ measure: "MILESTONES", target: 3, value: 3, hasProgress: true, milestones }));
    expect(pace.status).toBe("ACHIEVED");
    expect(pace.percentComplete).toBe(100);
  });
});
