import { describe, expect, it } from "vitest";
import { buildLanguageAlternates } from "./alternates";
import { localizePath, readPathLocale, resolveLocale, stripLocale, switchLocalePath, textDirection } from "./locales";

describe("locale paths", () => {
  it("resolves a value to one of the locales, English for anything else", () => {
    expect(resolveLocale("ar")).toBe("ar");
    for (const other of ["de", "EN", "", null, undefined, 3]) expect(resolveLocale(other), String(other)).toBe("en");
  });

  it("reads the locale prefix of a path, and none for English or a look-alike", () => {
    expect(readPathLocale("/fr/countries")).toBe("fr");
    expect(readPathLocale("/ar")).toBe("ar");
    expect(readPathLocale("/countries")).toBeNull();
    expect(readPathLocale("/french/x")).toBeNull();
    expect(readPathLocale("/")).toBeNull();
  });

  it("strips and adds the prefix, keeping the query; English stays unprefixed", () => {
    expect(stripLocale("/fr/countries?page=2")).toBe("/countries?page=2");
    expect(stripLocale("/zh")).toBe("/");
    expect(stripLocale("/es?as_of=2020-01-01")).toBe("/?as_of=2020-01-01");
    expect(stripLocale("/updates")).toBe("/updates");
    expect(localizePath("/", "fr")).toBe("/fr");
    expect(localizePath("/?as_of=2020-01-01", "es")).toBe("/es?as_of=2020-01-01");
    expect(localizePath("/pledges/training", "ar")).toBe("/ar/pledges/training");
    expect(localizePath("/pledges/training", "en")).toBe("/pledges/training");
    expect(stripLocale(localizePath("/countries/KEN", "zh"))).toBe("/countries/KEN");
    expect(switchLocalePath("/countries?page=2", "en")).toBe("/en/countries?page=2");
    expect(switchLocalePath("/", "en")).toBe("/en");
  });

  it("writes Arabic right to left and the others left to right", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(["en", "fr", "es", "zh"].map((l) => textDirection(l as "en"))).toEqual(["ltr", "ltr", "ltr", "ltr"]);
  });

  it("gives a page's canonical URL in its language and every language as an alternate", () => {
    const alternates = buildLanguageAlternates("/countries", "fr");
    expect(alternates.canonical).toBe("/fr/countries");
    expect(alternates.languages).toEqual({ en: "/countries", fr: "/fr/countries", es: "/es/countries", ar: "/ar/countries", "zh-Hans": "/zh/countries", "x-default": "/countries" });
  });
});
