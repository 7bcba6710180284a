import { describe, expect, it } from "vitest";
import { getFormats } from "./format";

describe("getFormats", () => {
  it("writes numbers and percentages in each language's conventions", () => {
    expect(getFormats("en").number(20000)).toBe("20,000");
    expect(getFormats("fr").number(1234.56)).toBe("1\u202f234,6");
    expect(getFormats("es").number(20000)).toBe("20.000");
    expect(getFormats("en").percent(12.5)).toBe("13%");
    expect(getFormats("en").percent(2.5)).toBe("2.5%");
    expect(getFormats("fr").percent(40)).toBe("40\u00a0%");
  });

  it("writes days and months in each language, the English ones the British way", () => {
    expect(getFormats("en").date("2017-09-26")).toBe("26 Sept 2017");
    expect(getFormats("fr").date("2017-09-26")).toBe("26 sept. 2017");
    expect(getFormats("ar").date("2017-09-26")).toBe("26 سبتمبر 2017");
    expect(getFormats("zh").date("2017-09-26")).toBe("2017年9月26日");
    expect(getFormats("es").month("2019-03")).toBe("mar 2019");
  });

  it("keeps a stored day on its day whatever the time zone", () => {
    expect(getFormats("en").date("2022-09-25")).toBe("25 Sept 2022");
    expect(getFormats("en").date("2022-09-25T23:59:59.000Z")).toBe("25 Sept 2022");
  });

  it("writes a period as the language writes a range", () => {
    expect(getFormats("en").period("2017-09-26", "2022-09-25")).toMatch(/^26 Sept 2017\s–\s25 Sept 2022$/);
    expect(getFormats("zh").period("2017-09-26", "2022-09-25")).toMatch(/^2017\/9\/26\s–\s2022\/9\/25$/);
  });
});
