import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { LOCALES, localizePath } from "./locales";

// next.config.js is CommonJS and restates the prefixed locales as a regex in its framing headers ("(fr|es|ar|zh)").
// This fails when a language is added to lib/i18n/locales.ts but not there: its embeds would refuse to be framed.
const require = createRequire(import.meta.url);
type HeaderRoute = { source: string; headers: { key: string; value: string }[] };
const config = require("../../next.config.js") as { headers: () => Promise<HeaderRoute[]> };
// Next.js's own compilation of a custom route's source, so the match below is the one the server makes.
const { buildCustomRoute } = require("next/dist/lib/build-custom-route") as { buildCustomRoute: (type: "header", route: HeaderRoute) => HeaderRoute & { regex: string } };

/** The headers Next.js sends for a path: every matching entry applies, a later one overriding an earlier one's key. */
async function readHeaders(path: string): Promise<Map<string, string>> {
  const sent = new Map<string, string>();
  for (const route of await config.headers()) {
    if (!new RegExp(buildCustomRoute("header", route).regex).test(path)) continue;
    for (const { key, value } of route.headers) sent.set(key.toLowerCase(), value);
  }
  return sent;
}

const frameAncestors = (headers: Map<string, string>) => /frame-ancestors ([^;]+)/.exec(headers.get("content-security-policy") ?? "")?.[1];

describe("next.config.js framing headers", () => {
  it.each(LOCALES)("let any site frame the embeds in %s, and no site frame its other pages", async (locale) => {
    for (const embed of ["/embed/pledges/training", "/embed/pledges/training/cumulative"]) {
      const headers = await readHeaders(localizePath(embed, locale));
      expect(frameAncestors(headers), `${locale} ${embed}`).toBe("*");
      expect(headers.has("x-frame-options"), `${locale} ${embed}`).toBe(false);
    }
    for (const page of ["/", "/pledges/training", "/countries", "/admin"]) {
      const headers = await readHeaders(localizePath(page, locale));
      expect(frameAncestors(headers), `${locale} ${page}`).toBe("'none'");
      expect(headers.get("x-frame-options"), `${locale} ${page}`).toBe("DENY");
    }
  });

  it("does not take an unknown prefix for a language", async () => {
    expect(frameAncestors(await readHeaders("/de/embed/pledges/training"))).toBe("'none'");
  });
});
