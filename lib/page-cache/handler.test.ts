import { describe, expect, it } from "vitest";
import { chooseEncoding, isCompleteRendering, readCacheablePath } from "./handler";

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

describe("readCacheablePath", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

  it("answers page loads of the public pages, with their query", () => {
    for (const path of ["/", "/pledges/training", "/countries", "/countries/KEN", "/countries?region=Africa&page=2", "/updates"]) {
      expect(readCacheablePath(request(path), "token")).toBe(path);
    }
  });

  it("refuses targets that name another server, so a fill can only fetch this one", () => {
    for (const url of ["//evil.example/", "//evil.example/countries", "http://evil.example/", "/\\evil.example/"]) {
      expect(readCacheablePath(request(url), "token")).toBeNull();
    }
  });

  it("leaves client navigations, server actions, other methods, other paths and its own fills to Next.js", () => {
    expect(readCacheablePath(request("/", { rsc: "1" }), "token")).toBeNull();
    expect(readCacheablePath(request("/", { "next-router-prefetch": "1" }), "token")).toBeNull();
    expect(readCacheablePath(request("/?_rsc=1x"), "token")).toBeNull();
    expect(readCacheablePath(request("/", { "next-action": "abc" }, "POST"), "token")).toBeNull();
    expect(readCacheablePath(request("/", {}, "HEAD"), "token")).toBeNull();
    expect(readCacheablePath(request("/admin"), "token")).toBeNull();
    expect(readCacheablePath(request("/pledges/a/b"), "token")).toBeNull();
    expect(readCacheablePath(request("/", { "x-page-cache-fill": "token" }), "token")).toBeNull();
    expect(readCacheablePath(request("/", { "x-page-cache-fill": "guess" }), "token")).toBe("/");
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
