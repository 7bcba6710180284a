import { describe, expect, it } from "vitest";
import { isCompleteRendering } from "./render";
import { chooseEncoding, readCacheableRequest } from "./request";

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, then no compression", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
  });

  it("honours q-values that refuse an encoding", () => {
    expect(chooseEncoding("br;q=0, gzip;q=0.8")).toBe("gzip");
    expect(chooseEncoding("br;q=0.5, GZIP")).toBe("br");
    expect(chooseEncoding("gzip;q=0")).toBe("identity");
  });
});

describe("readCacheableRequest", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, rawHeaders: Object.entries(headers).flat() });
  const keyOf = (url: string, headers: Record<string, string> = {}, method = "GET") => readCacheableRequest(request(url, headers, method), "token")?.key ?? null;

  it("answers page loads of the public pages under their canonical key", () => {
    for (const path of ["/", "/pledges/training", "/countries", "/countries/KEN", "/countries?region=Africa&page=2", "/updates", "/about", "/reports"]) {
      expect(keyOf(path)).toBe(path);
    }
    expect(keyOf("/?utm_source=x")).toBe("/");
  });

  it("reads the headers that choose the answer, whatever their case", () => {
    expect(readCacheableRequest(request("/", { "Accept-Encoding": "br", Accept: "text/html", "Accept-Language": "en" }), "token")).toEqual({ key: "/", acceptEncoding: "br", accept: "text/html" });
  });

  it("refuses targets that name another server, so a fill can only fetch this one", () => {
    for (const url of ["//evil.example/", "//evil.example/countries", "http://evil.example/", "/\\evil.example/"]) {
      expect(keyOf(url)).toBeNull();
    }
  });

  it("leaves client navigations, server actions, other methods, other paths and its own fills to Next.js", () => {
    expect(keyOf("/", { rsc: "1" })).toBeNull();
    expect(keyOf("/", { RSC: "1" })).toBeNull();
    expect(keyOf("/", { "next-router-prefetch": "1" })).toBeNull();
    expect(keyOf("/?_rsc=1x")).toBeNull();
    expect(keyOf("/", { "next-action": "abc" }, "POST")).toBeNull();
    expect(keyOf("/", {}, "HEAD")).toBeNull();
    expect(keyOf("/admin")).toBeNull();
    expect(keyOf("/pledges/a/b")).toBeNull();
    expect(keyOf("/", { "x-page-cache-fill": "token" })).toBeNull();
    expect(keyOf("/", { "x-page-cache-fill": "guess" })).toBe("/");
  });

  it("leaves a visitor the language routing sends elsewhere to Next.js, and remembers a language chosen by its path", () => {
    expect(keyOf("/countries", { "accept-language": "fr-FR,fr;q=0.9" })).toBeNull(); // first visit: redirected to /fr
    expect(keyOf("/countries", { cookie: "NEXT_LOCALE=ar" })).toBeNull();
    expect(keyOf("/countries", { "accept-language": "fr", cookie: "theme=dark; NEXT_LOCALE=en" })).toBe("/countries");
    expect(keyOf("/countries", { "Accept-Language": "en-GB,en;q=0.8" })).toBe("/countries");
    const french = readCacheableRequest(request("/fr/countries", { "accept-language": "en" }), "token");
    expect(french?.key).toBe("/fr/countries");
    expect(french?.setCookie).toMatch(/^NEXT_LOCALE=fr;.*Max-Age=31536000/);
    expect(french?.setCookie).not.toMatch(/Expires/i);
    expect(readCacheableRequest(request("/fr/countries", { cookie: "NEXT_LOCALE=fr" }), "token")?.setCookie).toBeUndefined();
  });

  it("serves the page that reads the session from the cache to signed-out visitors only", () => {
    expect(keyOf("/reports", { cookie: "theme=dark" })).toBe("/reports");
    expect(keyOf("/reports", { cookie: "theme=dark; __Secure-next-auth.session-token=abc" })).toBeNull();
    expect(keyOf("/reports", { Cookie: "next-auth.session-token=abc" })).toBeNull();
    expect(keyOf("/countries/map.svg", { cookie: "next-auth.session-token=abc" })).toBe("/countries/map.svg"); // never reads it
  });

  it("serves script-free pages from the cache to signed-out visitors only: the others get the live account link", () => {
    expect(keyOf("/", { cookie: "theme=dark" })).toBe("/");
    expect(keyOf("/", { cookie: "next-auth.session-token=abc" })).toBeNull();
    expect(keyOf("/pledges/training", { cookie: "__Secure-next-auth.session-token=abc" })).toBeNull();
  });
});

describe("isCompleteRendering", () => {
  it("refuses a page where a Suspense boundary failed on the server", () => {
    expect(isCompleteRendering('<main><!--$--><p>ok</p><!--/$--></main>')).toBe(true);
    expect(isCompleteRendering('<main><!--$!--><template data-dgst="378121933"></template><!--/$--></main>')).toBe(false);
  });

  it("keeps a page whose client-only components were left to the browser on purpose", () => {
    expect(isCompleteRendering('<div><!--$!--><template data-dgst=""></template><span>…</span><!--/$--></div>')).toBe(true);
    expect(isCompleteRendering('<!--$!--><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template><!--/$-->')).toBe(true);
  });
});
