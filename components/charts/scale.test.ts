import { describe, expect, it } from "vitest";
import { createMirror, linearScale, niceTicks, pickMonthTicks } from "./scale";

describe("niceTicks", () => {
  it("covers the maximum with round steps", () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(2300)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(0.4)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });
  it("gives an axis to an empty chart", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});

describe("linearScale", () => {
  it("maps zero and the maximum onto the range ends, downwards too", () => {
    const y = linearScale(50, 200, 20);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(20);
    expect(y(25)).toBe(110);
  });
});

describe("pickMonthTicks", () => {
  it("labels Januaries, thinned to the maximum", () => {
    const months = Array.from({ length: 120 }, (_, i) => `${2017 + Math.floor((i + 6) / 12)}-${String(((i + 6) % 12) + 1).padStart(2, "0")}`);
    const ticks = pickMonthTicks(months, 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.every((i) => months[i].endsWith("-01"))).toBe(true);
  });
  it("labels months when the axis spans less than two years", () => {
    expect(pickMonthTicks(["2020-03", "2020-04", "2020-05"], 6)).toEqual([0, 1, 2]);
    expect(pickMonthTicks([])).toEqual([]);
  });
});

describe("createMirror", () => {
  it("keeps positions left to right, and mirrors them right to left", () => {
    const ltr = createMirror(400, false);
    expect([ltr.x(52), ltr.box(52, 20)]).toEqual([52, 52]);
    const rtl = createMirror(400, true);
    expect(rtl.x(52)).toBe(348);
    expect(rtl.box(52, 20)).toBe(328); // the box spans 328–348, the mirror of 52–72
    expect(rtl.x(0)).toBe(400);
  });
});
