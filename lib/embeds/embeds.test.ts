import { describe, expect, it } from "vitest";
import { buildEmbedSnippet, embedPath, isEmbedChart } from "./embeds";

describe("buildEmbedSnippet", () => {
  it("writes a titled iframe and the resizer script, attributes escaped", () => {
    const html = buildEmbedSnippet({ slug: "training", title: 'A "quoted" <b>title</b> & more', chart: "years", height: 300 });
    expect(html).toMatch(/^<iframe src="http:\/\/localhost\/embed\/pledges\/training\/years" title="Pledge Tracker: A &#34;quoted&#34; &#60;b&#62;title&#60;\/b&#62; &#38; more, per year" /);
    expect(html).toContain('height="300"');
    expect(html).toContain("data-pledge-tracker-embed></iframe>");
    expect(html.endsWith('<script src="http://localhost/embed.js" async></script>')).toBe(true);
  });

  it("encodes the slug in the path and knows its charts", () => {
    expect(embedPath("a b/c")).toBe("/embed/pledges/a%20b%2Fc");
    expect(isEmbedChart("years")).toBe(true);
    expect(isEmbedChart("toString")).toBe(false);
  });
});
