import { describe, expect, it } from "vitest";
import { redirectAfterAuth, safeCallbackUrl } from "./callback-url";

const origin = "https://pledges.example.org";
const check = (raw: string | undefined) => safeCallbackUrl(raw, { origin });

describe("safeCallbackUrl", () => {
  it("keeps same-site paths, queries and hashes", () => {
    expect(check("/admin/updates/3?x=1#top")).toBe("/admin/updates/3?x=1#top");
    expect(check("https://pledges.example.org/account/password")).toBe("/account/password");
    expect(check("admin/users")).toBe("/admin/users");
    expect(check(undefined)).toBe("/admin");
    expect(safeCallbackUrl("/x", { origin, fallback: "/" })).toBe("/x");
  });

  it("keeps the language of the page that asked for sign-in, and falls back to the admin screens in the sign-in page's", () => {
    expect(check("/fr/admin")).toBe("/fr/admin");
    expect(check("/ar/admin/updates/new?pledge=2")).toBe("/ar/admin/updates/new?pledge=2");
    expect(safeCallbackUrl(undefined, { origin, fallback: "/zh/admin" })).toBe("/zh/admin");
    expect(safeCallbackUrl("//evil.example/fr/admin", { origin, fallback: "/zh/admin" })).toBe("/zh/admin");
  });

  // Each of these reaches evil.example in a browser if passed through as a location.
  const bypasses = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example/",
    "///evil.example",
    "////evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "\\/\\/evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "https:evil.example",
    "http:evil.example",
    "http:/evil.example",
    "https:\\\\evil.example",
    "HTTPS://EVIL.EXAMPLE",
    "https://pledges.example.org@evil.example/",
    "https://pledges.example.org.evil.example/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example%2f%2f",
    "/%09/evil.example",
    "%2f%2fevil.example",
    "/%2f%2fevil.example",
    "/%5cevil.example",
    "%5c%5cevil.example",
    "\u3002evil.example",
    "//evil%E3%80%82example",
    "/\u0000/evil.example",
  ];

  it.each(bypasses)("never lets %j leave the site", (raw) => {
    const result = check(raw);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(result.startsWith("/\\")).toBe(false);
    // What a browser on this site would do with the result: it must stay on this origin.
    expect(new URL(result, origin).origin).toBe(origin);
    expect(new URL(result, origin).hostname).not.toContain("evil");
  });

  it("refuses the raw bypasses outright rather than rewriting them into something else", () => {
    for (const raw of ["/\t/evil.example", "/\\evil.example", "https:evil.example".replace("https", "http"), "///evil.example", "javascript:alert(1)", "/.//evil.example"]) {
      expect(check(raw), raw).toBe("/admin");
    }
  });
});

describe("redirectAfterAuth (next-auth's redirect callback)", () => {
  it("returns absolute URLs on this origin only", () => {
    expect(redirectAfterAuth({ url: "/admin?x=1", baseUrl: origin })).toBe(`${origin}/admin?x=1`);
    expect(redirectAfterAuth({ url: `${origin}/account/password`, baseUrl: origin })).toBe(`${origin}/account/password`);
    expect(redirectAfterAuth({ url: "/\t/evil.example", baseUrl: origin })).toBe(`${origin}/`);
    expect(redirectAfterAuth({ url: "https://evil.example/", baseUrl: origin })).toBe(`${origin}/`);
  });
});
