import { describe, expect, it } from "vitest";
import { listPageScripts } from "./served-js";

describe("listPageScripts", () => {
  it("lists every script a modern browser runs or preloads, inline ones included, and no data block", () => {
    const html = [
      '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/a.js"/>',
      '<link rel="modulepreload" href="/m.js"><link rel="preload" as="style" href="/s.css"><link rel="stylesheet" href="/x.css">',
      '<script src="/_next/a.js" async=""></script><script src="/_next/poly.js" noModule=""></script>',
      '<script id="_R_">self.boot()</script><script type="module" src="/mod.js"></script>',
      '<script type="text/javascript">old()</script><script type="application/ld+json">{"@type":"Dataset"}</script>',
      "<script type='importmap'>{}</script><script></script>",
      '</head><body><script src="/embed.js" async></script><SCRIPT>self.__next_f.push([1])</SCRIPT></body></html>',
    ].join("");
    expect(listPageScripts(html)).toEqual([
      { src: "/_next/a.js" },
      { inline: "self.boot()" },
      { src: "/mod.js" },
      { inline: "old()" },
      { src: "/embed.js" },
      { inline: "self.__next_f.push([1])" },
      { src: "/m.js" },
    ]);
  });

  it("finds nothing in a page without scripts", () => {
    expect(listPageScripts('<html><head><link rel="icon" href="/favicon.ico"></head><body><h1>About</h1></body></html>')).toEqual([]);
  });
});
