import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalizePublicPath, PUBLIC_ROUTES } from "./routes";

const keyOf = (target: string) => canonicalizePublicPath(target)?.path ?? null;

/** Every page and route handler under a folder of app/, as its URL pattern ("(group)" folders add nothing). */
function listRoutes(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      found.push(...listRoutes(full, name.startsWith("(") ? prefix : `${prefix}/${name}`));
    } else if (/^(?:page|route)\.tsx?$/.test(name)) {
      found.push(prefix || "/");
    }
  }
  return found;
}

describe("PUBLIC_ROUTES", () => {
  it("lists exactly the public pages (app/[locale]), their files (app/(public)), /about, /reports and the embeds", () => {
    const app = path.resolve(__dirname, "../../app");
    const site = path.join(app, "[locale]", "(site)");
    const expected = [
      ...listRoutes(path.join(app, "(public)")),
      ...listRoutes(path.join(site, "(public)")),
      ...listRoutes(path.join(app, "[locale]", "embed"), "/embed"),
      "/about",
      "/reports",
    ].sort();
    expect(listRoutes(path.join(site, "about"), "/about")).toEqual(["/about"]);
    expect(listRoutes(path.join(site, "reports"), "/reports")).toContain("/reports");
    expect(PUBLIC_ROUTES.map((r) => r.route).sort()).toEqual(expected);
  });

  it("names every parameter each page reads", () => {
    for (const route of PUBLIC_ROUTES) {
      const params = Object.fromEntries(route.params.map((p) => [p, p === "page" ? "2" : p === "dir" ? "desc" : p === "sort" ? "name" : "x"]));
      expect(route.canonicalQuery(params).map(([name]) => name).sort()).toEqual([...route.params].sort());
    }
  });
});

describe("canonicalizePublicPath", () => {
  it("keys a page as of a day apart from today's page, and never folds a bad as_of into it", () => {
    expect(keyOf("/?as_of=2021-03-12&x=1")).toBe("/?as_of=2021-03-12");
    expect(keyOf("/?as_of=")).toBe("/");
    for (const bad of ["2021-02-30", "nope", "2999-01-01"]) expect(keyOf(`/?as_of=${bad}`)).not.toBe("/");
    expect(keyOf("/updates?as_of=2021-03-12&page=2&pledge=training")).toBe("/updates?pledge=training&page=2&as_of=2021-03-12");
    expect(keyOf("/pledges/training?as_of=2021-03-12")).toBe("/pledges/training?as_of=2021-03-12");
    expect(keyOf("/countries/ken?as_of=2021-03-12")).toBe("/countries/KEN?as_of=2021-03-12");
    expect(keyOf("/countries?as_of=2021-03-12&region=Asia")).toBe("/countries?region=Asia&as_of=2021-03-12");
    expect(keyOf("/about?as_of=2021-03-12")).toBe("/about");
  });

  it("ignores parameters a page does not read", () => {
    expect(keyOf("/?x=1")).toBe("/");
    expect(keyOf("/about?utm_source=news&fbclid=abc")).toBe("/about");
    expect(keyOf("/pledges/training?tab=charts")).toBe("/pledges/training");
    expect(keyOf("/countries?region=Africa&junk=1")).toBe("/countries?region=Africa");
  });

  it("treats a bad or first page number as no page number", () => {
    for (const page of ["abc", "0", "-3", "1.5", "", "1", "1e400"]) expect(keyOf(`/countries/KEN?page=${page}`)).toBe("/countries/KEN");
    expect(keyOf("/updates?page=3&page=9")).toBe("/updates?page=3");
    expect(keyOf("/pledges/training?page=02")).toBe("/pledges/training?page=2");
  });

  it("writes parameters in one order, normalised as the page reads them", () => {
    expect(keyOf("/countries?page=2&dir=desc&sort=name&region=Asia")).toBe("/countries?region=Asia&sort=name&dir=desc&page=2");
    expect(keyOf("/countries?dir=asc&sort=nonsense")).toBe("/countries");
    expect(keyOf("/updates?country=ken&pledge=training")).toBe("/updates?pledge=training&country=KEN");
    expect(keyOf("/updates?country=&pledge=")).toBe("/updates");
    expect(keyOf("/countries?region=Latin+America")).toBe(keyOf("/countries?region=Latin%20America"));
  });

  it("normalises the path segment as the page reads it", () => {
    expect(keyOf("/countries/ken")).toBe("/countries/KEN");
    expect(keyOf("/pledges/%74raining")).toBe("/pledges/training");
    expect(keyOf("/pledges/%E0%A4%A")).toBeNull();
    expect(keyOf("/pledges/%74raining/feed.atom?x=1")).toBe("/pledges/training/feed.atom");
    expect(keyOf("/changes.atom?kind=CORRECTION&before=9&pledge=Training&utm=x")).toBe("/changes.atom?pledge=training&kind=correction");
    expect(keyOf("/changes.atom?kind=gossip")).toBe("/changes.atom");
    expect(keyOf("/embed/pledges/training/cumulative")).toBe("/embed/pledges/training/cumulative");
    expect(keyOf("/pledges/training/og.png?v=12")).toBe("/pledges/training/og.png");
  });

  it("answers only public pages", () => {
    for (const target of ["/admin", "/api/v1/pledges", "/pledges", "/pledges/", "/pledges/a/b", "/countries/KEN/x", "/reports/updates-log.csv", "/signin", "/pledges/a/feed.xml", "/embed/pledges/a/b/c", "/data/pledge-summary.csv"]) {
      expect(keyOf(target)).toBeNull();
    }
    expect(canonicalizePublicPath("/reports")).toEqual({ path: "/reports", locale: "en", readsSession: true, scriptFree: true });
    expect(canonicalizePublicPath("/countries/map.svg")).toEqual({ path: "/countries/map.svg", locale: "en", readsSession: false, scriptFree: false });
    expect(canonicalizePublicPath("/pledges/training?page=2")).toEqual({ path: "/pledges/training?page=2", locale: "en", readsSession: false, scriptFree: true });
  });

  it("keys each language's page apart, and leaves /en/… (a redirect) and prefixed files to Next.js", () => {
    expect(canonicalizePublicPath("/ar/pledges/training?page=2&x=1")).toEqual({ path: "/ar/pledges/training?page=2", locale: "ar", readsSession: false, scriptFree: true });
    expect(keyOf("/fr")).toBe("/fr");
    expect(keyOf("/fr?as_of=2021-03-12&utm=1")).toBe("/fr?as_of=2021-03-12");
    expect(keyOf("/zh/countries/ken")).toBe("/zh/countries/KEN");
    expect(keyOf("/es/embed/pledges/training")).toBe("/es/embed/pledges/training");
    expect(canonicalizePublicPath("/fr/embed/pledges/training/years?x=1")).toEqual({ path: "/fr/embed/pledges/training/years", locale: "fr", readsSession: false, scriptFree: true });
    for (const target of ["/en", "/en/countries", "/fr/feed.atom", "/fr/countries/map.svg", "/fr/admin", "/de/countries", "/fr/fr"]) expect(keyOf(target), target).toBeNull();
  });

  it("maps any junk query to the page's one key, and a key to itself", () => {
    fc.assert(
      fc.property(fc.constantFrom("/", "/about", "/pledges/training", "/countries/KEN"), fc.array(fc.tuple(fc.string(), fc.string())), (route, junk) => {
        const query = new URLSearchParams(junk.filter(([name]) => name !== "page"));
        expect(keyOf(`${route}?${query}`)).toBe(route);
      }),
    );
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), (pathname, query) => {
        const key = keyOf(`${pathname}?${query}`);
        if (key !== null) expect(keyOf(key)).toBe(key);
      }),
    );
  });
});
