import { describe, expect, it } from "vitest";
import { removeClientRuntime } from "./script-free";

// The shapes Next.js 16 writes (taken from a production build of /about).
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/3jebudi9grr08.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<script src="/_next/static/chunks/1f_al6zskebu9.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<link rel="icon" href="/favicon.ico" sizes="48x48" type="image/x-icon"/>',
  '</head><body><main><h1>About</h1><script type="application/ld+json">{"@type":"Dataset"}</script></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  "</body></html>",
].join("");

describe("removeClientRuntime", () => {
  it("drops Next.js's chunks, bootstrap, hydration data and script preloads, and keeps the rest", () => {
    const html = removeClientRuntime(page);
    expect(html).not.toContain("/_next/static/chunks/1f_al6zskebu9.js");
    expect(html).not.toContain("310vm2bl3xxpt.js");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toContain("__next_f");
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/3jebudi9grr08.css" data-precedence="next"/>');
    expect(html).toContain('<link rel="icon" href="/favicon.ico"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Dataset"}</script>');
    expect(html).toContain("<main><h1>About</h1>");
    expect(html.endsWith("</body></html>")).toBe(true);
  });

  it("leaves a page with a streamed Suspense boundary alone: its content needs a script to show", () => {
    const streamed = page.replace("<h1>About</h1>", '<!--$?--><template id="B:0"></template><p>Loading</p><!--/$-->');
    expect(removeClientRuntime(streamed)).toBe(streamed);
  });
});
