import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { buildEmbedSnippet, EMBED_CHARTS, embedPath, isEmbedChart } from "./embeds";

const TRICKY = 'A "quoted" <b>title</b> & more';
const titleOf = (html: string) => /title="([^"]*)"/.exec(html)![1];

describe("buildEmbedSnippet", () => {
  it("writes a titled iframe and the resizer script, attributes escaped", async () => {
    const html = await buildEmbedSnippet({ slug: "training", title: TRICKY, chart: "years", height: 300, locale: "en" });
    expect(html).toMatch(/^<iframe src="http:\/\/localhost\/embed\/pledges\/training\/years" title="Pledge Tracker: A &#34;quoted&#34; &#60;b&#62;title&#60;\/b&#62; &#38; more, per year" /);
    expect(html).toContain('height="300"');
    expect(html).toContain("data-pledge-tracker-embed></iframe>");
    expect(html.endsWith('<script src="http://localhost/embed.js" async></script>')).toBe(true);
    expect(titleOf(await buildEmbedSnippet({ slug: "training", title: "Training", locale: "en" }))).toBe("Pledge Tracker: Training");
  });

  it("embeds the page in French, titled and its chart named in French", async () => {
    const html = await buildEmbedSnippet({ slug: "training", title: "Former des agents", chart: "years", locale: "fr" });
    expect(html).toMatch(/^<iframe src="http:\/\/localhost\/fr\/embed\/pledges\/training\/years" /);
    expect(titleOf(html)).toBe("Pledge Tracker\u00a0: Former des agents, par année");
    expect(html.endsWith('<script src="http://localhost/embed.js" async></script>')).toBe(true);
  });

  it.each(LOCALES.filter((l) => l !== "en"))("in %s: the embed under that language's prefix, a title of that language for each chart", async (locale) => {
    const english = await Promise.all(EMBED_CHARTS.map((chart) => buildEmbedSnippet({ slug: "training", title: TRICKY, chart, locale: "en" })));
    const titles = new Set<string>();
    for (const [i, chart] of EMBED_CHARTS.entries()) {
      const html = await buildEmbedSnippet({ slug: "training", title: TRICKY, chart, locale });
      expect(html.startsWith(`<iframe src="http://localhost/${locale}/embed/pledges/training/${chart}" `)).toBe(true);
      expect(titleOf(html)).toContain("&#34;quoted&#34; &#60;b&#62;"); // escaped in every language
      expect(titleOf(html)).not.toBe(titleOf(english[i]));
      expect(html.slice(html.indexOf(" width="))).toBe(english[i].slice(english[i].indexOf(" width=")));
      titles.add(titleOf(html));
    }
    expect(titles.size).toBe(EMBED_CHARTS.length); // each chart named apart
  });

  it("encodes the slug in the path, prefixes it with the language, and knows its charts", () => {
    expect(embedPath({ slug: "a b/c", locale: "en" })).toBe("/embed/pledges/a%20b%2Fc");
    expect(embedPath({ slug: "training", chart: "region", locale: "ar" })).toBe("/ar/embed/pledges/training/region");
    expect(isEmbedChart("years")).toBe(true);
    expect(isEmbedChart("toString")).toBe(false);
  });
});
