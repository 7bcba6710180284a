import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { addUpdate, createE2ePledge } from "./helpers/db";

let pledgeSlug = "";

test.beforeAll(async () => {
  const pledge = await createE2ePledge();
  pledgeSlug = pledge.slug;
  await addUpdate({ pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 2, eventDate: "2018-04-01", iso3: ["KEN", "NPL"], evidenceUrl: "https://example.org/a11y" });
});

const pages = () => ["/", "/pledges/joint-operations", "/pledges/systems-and-labs", "/pledges/training", `/pledges/${pledgeSlug}`, "/countries", "/countries/KEN", "/updates", "/about", "/pledges/missing-page"];

test("no public page has serious or critical accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of pages()) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (path.startsWith("/pledges/") && path !== "/pledges/missing-page") {
      await expect(page.getByTestId("chart-plot").locator("svg[role=img]").first()).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  }
});

test("the pledge page works on a 360 px phone and its table alternative is keyboard reachable", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/pledges/${pledgeSlug}`);
  const chart = page.getByTestId("chart-cumulative");
  await expect(chart.getByTestId("chart-plot").locator("svg[role=img]")).toBeVisible();
  const toggle = chart.getByText("Show as table");
  await toggle.focus();
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(chart.getByTestId("chart-table").locator("table")).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
