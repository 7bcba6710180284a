import { NextRequest } from "next/server";
import { getRedirectUrl, getRewrittenUrl, unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost${path}`, { headers });
const pathOf = (url: string | null) => (url ? new URL(url).pathname + new URL(url).search : null);

// The proxy picks each page's language (next-intl), gates /admin and answers a bad ?as_of= with a real 400.
describe("proxy: languages", () => {
  it("serves English unprefixed and the other languages under their prefix", async () => {
    expect(pathOf(getRewrittenUrl(await proxy(request("/countries"))))).toBe("/en/countries");
    for (const path of ["/ar/pledges/training", "/zh"]) {
      const response = await proxy(request(path));
      expect(getRedirectUrl(response), path).toBeNull();
      expect(response.headers.get("x-middleware-next"), path).toBe("1"); // already app/[locale]'s path
    }
  });

  it("sends a first visit to the browser's language, but a chosen language wins over the browser's", async () => {
    expect(pathOf(getRedirectUrl(await proxy(request("/countries", { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" }))))).toBe("/fr/countries");
    const chosen = await proxy(request("/countries", { "accept-language": "fr-FR,fr;q=0.9", cookie: "NEXT_LOCALE=en" }));
    expect(getRedirectUrl(chosen)).toBeNull();
    expect(pathOf(getRedirectUrl(await proxy(request("/updates?page=2", { cookie: "NEXT_LOCALE=es" }))))).toBe("/es/updates?page=2");
  });

  it("remembers a language chosen through its link (/en/… too, which redirects to the unprefixed page)", async () => {
    const english = await proxy(request("/en/countries", { "accept-language": "ar", cookie: "NEXT_LOCALE=ar" }));
    expect(pathOf(getRedirectUrl(english))).toBe("/countries");
    expect(english.cookies.get("NEXT_LOCALE")?.value).toBe("en");
    const french = await proxy(request("/fr/countries", { cookie: "NEXT_LOCALE=en" }));
    expect(french.cookies.get("NEXT_LOCALE")?.value).toBe("fr");
  });

  it("runs on every page, and not on the API, Next.js's files or the data files", () => {
    const runsOn = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const url of ["/", "/fr", "/countries/KEN", "/ar/admin/users", "/data", "/data/releases/2"]) expect(runsOn(url), url).toBe(true);
    for (const url of ["/api/v1/pledges", "/_next/static/x.js", "/reports/summary.csv", "/feed.atom", "/data/datapackage.json", "/embed.js"]) expect(runsOn(url), url).toBe(false);
  });
});

describe("proxy: sign-in gate", () => {
  it("sends an anonymous visitor of the admin screens to sign-in in their language", async () => {
    expect(pathOf(getRedirectUrl(await proxy(request("/admin/users"))))).toBe("/signin?callbackUrl=%2Fadmin%2Fusers");
    expect(pathOf(getRedirectUrl(await proxy(request("/fr/admin"))))).toBe("/fr/signin?callbackUrl=%2Ffr%2Fadmin");
  });
});

describe("proxy: as_of", () => {
  it("answers a bad or future as_of on a public page with a 400 naming it, linking to today's page", async () => {
    for (const bad of ["2021-02-30", "nope", "2999-01-01"]) {
      const response = await proxy(request(`/updates?pledge=training&as_of=${bad}`));
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain("as_of");
      expect(html).toContain('href="/updates?pledge=training"');
    }
    expect((await proxy(request("/fr/pledges/training?as_of=nope"))).status).toBe(400);
  });

  it("lets a valid as_of through and escapes what it echoes", async () => {
    expect(pathOf(getRewrittenUrl(await proxy(request("/?as_of=2021-03-12"))))).toBe("/en?as_of=2021-03-12");
    const response = await proxy(request("/?as_of=<script>alert(1)</script>"));
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain("<script>alert");
  });

  it("reads as_of only on the pages that show it", async () => {
    expect((await proxy(request("/about?as_of=nope"))).status).not.toBe(400);
  });
});
