import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import ar from "@/lib/i18n/messages/ar/charts.json";
import en from "@/lib/i18n/messages/en/charts.json";
import zh from "@/lib/i18n/messages/zh/charts.json";
import BarsChart from "./bars-chart";
import CumulativeChart from "./cumulative-chart";

const catalogues = { en, ar, zh } as const;

const render = (locale: keyof typeof catalogues, chart: (locale: Locale) => React.ReactElement) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={{ charts: catalogues[locale] }}>
      {chart(locale)}
    </NextIntlClientProvider>,
  );

/** The text elements of an axis (a group, or texts marked with data-axis), as [x, text] pairs, in document order. */
function readAxis(html: string, axis: string): [number, string][] {
  const group = new RegExp(`<g[^>]*data-axis="${axis}"[^>]*>([\\s\\S]*?)</g>`).exec(html)?.[1];
  const texts = [...(group ?? html).matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].filter((m) => group || m[1].includes(`data-axis="${axis}"`));
  return texts.map((m) => [Number(/\sx="([-\d.]+)"/.exec(m[1])![1]), m[2]]);
}
const xs = (html: string, axis: string) => readAxis(html, axis).map(([x]) => x);
const svgDirection = (html: string) => /<svg[^>]*\sdirection="(\w+)"/.exec(html)?.[1];

const months = ["2018-11", "2018-12", "2019-01", "2019-02", "2019-03", "2019-04", "2019-05", "2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12", "2020-01", "2020-02"];
const cumulative = (locale: Locale) => (
  <CumulativeChart data={months.map((month, i) => ({ month, actual: i < 10 ? i * 150 : null, expected: i * 100 }))} target={2000} periodEndMonth="2020-01" unit="officers" label="Summary" locale={locale} />
);
const years = (locale: Locale) => <BarsChart data={[{ label: "Y1", value: 1200, planned: 1000 }, { label: "Y2", value: 300, planned: 1000 }]} valueName="Published" plannedName="Planned" label="Summary" locale={locale} />;


describe("the charts in each reading direction", () => {
  it("put the value axis on the left and run time left to right in English", () => {
    const html = render("en", cumulative);
    expect(svgDirection(html)).toBe("ltr");
    expect(Math.max(...xs(html, "value"))).toBeLessThan(100);
    const time = xs(html, "time");
    expect(time.length).toBeGreaterThanOrEqual(2);
    expect(time).toEqual([...time].sort((a, b) => a - b));
    expect(readAxis(html, "value").at(-1)?.[1]).toBe("2,000");
  });

  it("mirror in Arabic: value axis on the right, time running right to left, the svg read right to left", () => {
    const english = render("en", cumulative);
    const html = render("ar", cumulative);
    expect(svgDirection(html)).toBe("rtl");
    expect(Math.min(...xs(html, "value"))).toBeGreaterThan(320);
    const time = xs(html, "time");
    expect(time).toEqual([...time].sort((a, b) => b - a));
    expect(time).toEqual(xs(english, "time").map((x) => Math.round((420 - x) * 10) / 10));
    expect(html).toContain("الوتيرة المتوقعة");
  });

  it("mirror the period years' columns in Arabic, and write numbers and years in the language", () => {
    const english = render("en", years);
    const arabic = render("ar", years);
    expect(xs(english, "category")[0]).toBeLessThan(xs(english, "category")[1]);
    expect(xs(arabic, "category")[0]).toBeGreaterThan(xs(arabic, "category")[1]);
    expect(english).toMatch(/data-testid="bar-value">1,200</);
    expect(readAxis(render("zh", cumulative), "time").map(([, text]) => text)).toContain("2019年");
  });
});
