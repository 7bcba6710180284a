import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { LOCALE_TAGS, LOCALES, localizePath, switchLocalePath, textDirection, type Locale } from "@/lib/i18n/locales";
import { addUpdate } from "./helpers/db";

// Each language's pages: lang and dir, Arabic mirrored, the language switcher, the first visit's Accept-Language, axe,
// and a screenshot of each language's pledge page for a reader of that language to check. The assertions read
// attributes and geometry, never the catalogues' wording, so they hold while the pages' words are being translated (our
// reading is compared with the seeded content's own sources).

// A seeded pledge, whose content has its translations: it writes nothing, so it runs beside the specs that write.
const slug = "training";

async function expectLanguage(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", LOCALE_TAGS[locale]);
  await expect(page.locator("html")).toHaveAttribute("dir", textDirection(locale));
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

for (const locale of LOCALES) {
  test(`${locale}: the overview and a pledge page are in the language and its direction`, async ({ page }) => {
    await page.goto(localizePath("/", locale));
    await expectLanguage(page, locale);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto(localizePath(`/pledges/${slug}`, locale));
    await expectLanguage(page, locale);
    await expect(page.getByTestId("chart-cumulative").locator("svg[role=img]")).toHaveAttribute("direction", textDirection(locale));
  });
}

// The seeded interpretations ("our reading") and the tracker's French translations of them, from the seed's sources.
const readSource = (file: string) => JSON.parse(readFileSync(`prisma/source/${file}`, "utf8"));
const facts = readSource("pledges.json") as { period: { interpretation: string }; pledges: { key: string; target_interpretation?: string }[] };
const french = readSource("pledge-translations.json") as { period: { interpretation: { fr: string } }; pledges: Record<string, { targetNote?: { fr: string } }> };

test("our reading is French on /fr/about and a French pledge page, marked unofficial, with the English beside", async ({ page }) => {
  await page.goto("/fr/about");
  await expectLanguage(page, "fr");
  const period = page.getByTestId("reading-period");
  await expect(period.locator("[data-translation=unofficial]")).toHaveText(french.period.interpretation.fr);
  await expect(period.getByTestId("translation-original")).toHaveText(facts.period.interpretation);
  const target = page.getByTestId("reading-target").filter({ hasText: "(15)" });
  await expect(target.locator("[data-translation=unofficial]")).toHaveText(french.pledges["joint-operations"].targetNote!.fr);
  await expect(target.getByTestId("translation-original")).toHaveText(facts.pledges.find((p) => p.key === "joint-operations")!.target_interpretation!);

  await page.goto("/fr/pledges/joint-operations");
  await expectLanguage(page, "fr");
  const reading = page.getByTestId("pledge-reading");
  // It starts the sentence there, capitalized ("Une action soutenue…").
  await expect(reading.locator("dd [data-translation=unofficial]").first()).toContainText(french.pledges["joint-operations"].targetNote!.fr.slice(1));
  await expect(reading.locator("dd [data-translation=unofficial]").nth(1)).toHaveText(french.period.interpretation.fr);
  await expect(reading.getByTestId("translation-original").nth(1)).toHaveText(facts.period.interpretation);
});

test("the Arabic page is mirrored: the header starts at the right edge, the charts read right to left", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const width = 1280;
  const measure = async () => ({
    brand: await box(page, "header > a"),
    navFirst: await box(page, "header nav >> nth=0 >> li >> nth=0"),
    navLast: await box(page, "header nav >> nth=0 >> li >> nth=-1"),
    valueAxis: await box(page, "[data-testid=chart-cumulative] [data-axis=value]"),
    plot: await box(page, "[data-testid=chart-cumulative] svg[role=img]"),
    firstTime: await box(page, "[data-testid=chart-cumulative] [data-axis=time] text >> nth=0"),
    lastTime: await box(page, "[data-testid=chart-cumulative] [data-axis=time] text >> nth=-1"),
  });
  await page.goto(`/pledges/${slug}`);
  const english = await measure();
  expect(english.brand.x).toBeLessThan(40);
  expect(english.navFirst.x).toBeLessThan(english.navLast.x);
  expect(english.valueAxis.x + english.valueAxis.width).toBeLessThan(english.plot.x + english.plot.width / 2);
  expect(english.firstTime.x).toBeLessThan(english.lastTime.x);

  await page.goto(`/ar/pledges/${slug}`);
  await expectLanguage(page, "ar");
  const arabic = await measure();
  expect(arabic.brand.x + arabic.brand.width).toBeGreaterThan(width - 40);
  expect(arabic.navFirst.x).toBeGreaterThan(arabic.navLast.x);
  expect(arabic.valueAxis.x).toBeGreaterThan(arabic.plot.x + arabic.plot.width / 2);
  expect(arabic.firstTime.x).toBeGreaterThan(arabic.lastTime.x);
  // Tables read from the right too: a row's header cell is its rightmost.
  await page.getByTestId("chart-cumulative").locator("summary").click();
  const row = page.getByTestId("chart-cumulative").getByTestId("chart-table").locator("tbody tr").first();
  expect((await row.locator("th").boundingBox())!.x).toBeGreaterThan((await row.locator("td").last().boundingBox())!.x);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("the language switcher keeps the page and its query, and the choice sticks", async ({ page }) => {
  const path = `/pledges/${slug}?as_of=2020-06-30`;
  await page.goto(path);
  await expectLanguage(page, "en");
  for (const locale of LOCALES) {
    await expect(page.locator(`header a[hreflang="${LOCALE_TAGS[locale]}"]`)).toHaveAttribute("href", switchLocalePath(path, locale));
  }

  await page.locator('header a[hreflang="fr"]').click();
  await expect(page).toHaveURL(`/fr${path}`);
  await expectLanguage(page, "fr");
  await page.goto("/");
  await expect(page).toHaveURL("/fr");
  await expectLanguage(page, "fr");

  await page.goto(`/ar${path}`);
  await page.locator('header a[hreflang="en"]').click();
  await expect(page).toHaveURL(path);
  await expectLanguage(page, "en");
  await page.goto("/countries");
  await expect(page).toHaveURL("/countries");
  await expectLanguage(page, "en");
});

test("a first visit with Accept-Language: fr lands on the French overview", async ({ browser }) => {
  // The browser's language sets its Accept-Language ("fr-FR,fr;q=0.9"); a header of our own would be overridden by it.
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL("/fr");
  await expectLanguage(page, "fr");
  await context.close();
});

test("axe finds no serious or critical violation in Arabic and Chinese", async ({ page }) => {
  test.setTimeout(90_000);
  for (const locale of ["ar", "zh"] as const) {
    for (const path of [localizePath("/", locale), localizePath(`/pledges/${slug}`, locale)]) {
      await page.goto(path);
      await expectLanguage(page, locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(blocking.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    }
  }
});

// Kept with the run's output (playwright.config.ts's outputDir, test-results/): test-results/i18n-screenshots/, and
// attached to the HTML report (playwright-report/).
test("a screenshot of each language's pledge page", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const locale of LOCALES) {
    await page.goto(localizePath(`/pledges/${slug}`, locale));
    await expectLanguage(page, locale);
    await expect(page.getByTestId("chart-cumulative").locator("svg[role=img]")).toBeVisible();
    const file = `${testInfo.project.outputDir}/i18n-screenshots/pledge-${locale}.png`;
    await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
    await testInfo.attach(`pledge page (${locale})`, { path: file, contentType: "image/png" });
  }
});

test("an update names its countries in the page's language", async ({ page }) => {
  const { id } = await addUpdate({ pledgeSlug: "training", quantity: 3, eventDate: "2019-03-01", iso3: ["DEU"] });
  await page.goto(`/fr/updates/${id}`);
  const item = page.getByTestId("update-item");
  await expect(item.getByRole("link", { name: "Allemagne" })).toBeVisible();
});
