import { expect, test } from "@playwright/test";
import { addUpdate, createE2ePledge } from "./helpers/db";

// Issue 15: a reader on a slow phone, or with JavaScript off, still gets every chart and its table.
test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("every pledge page shows the SVG of each chart and each chart's table", async ({ page }) => {
    test.setTimeout(120_000);
    const pledge = await createE2ePledge();
    await addUpdate({ pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 5, eventDate: "2018-02-10", iso3: ["KEN", "PER"] });
    for (const slug of ["joint-operations", "systems-and-labs", "training", pledge.slug]) {
      await page.goto(`/pledges/${slug}`);
      const charts = page.locator("figure[data-testid^=chart-]");
      // The cumulative and per-year charts always draw; breakdowns draw once an update names a field or country.
      expect(await charts.count(), slug).toBeGreaterThanOrEqual(slug === pledge.slug ? 5 : 2);
      for (const chart of await charts.all()) {
        await expect(chart.getByTestId("chart-plot").locator("svg[role=img]")).toBeVisible();
        expect(await chart.getByTestId("chart-plot").locator("svg rect, svg path, svg polyline").count()).toBeGreaterThan(0);
        // The table is in the HTML; its disclosure opens without a script.
        await chart.getByText("Show as table").click();
        await expect(chart.getByTestId("chart-table").locator("table tbody tr").first()).toBeVisible();
      }
    }
    await page.goto(`/pledges/${pledge.slug}`);
    await expect(page.getByTestId("chart-country").getByTestId("bar-value")).toHaveText(["5", "5"]);
    await expect(page.getByTestId("year-field-grid")).toBeVisible();
  });
});

test("public pages come from the page cache without Next.js's scripts; a signed-in editor gets the live page", async ({ page, request }) => {
  for (const path of ["/", "/pledges/training", "/countries", "/updates", "/about"]) {
    const response = await request.get(path, { headers: { accept: "text/html" } });
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
    expect(html, path).not.toContain("__next_f");
    expect(html, path).toContain("<h1");
  }
  // The header renders the anonymous state, and the nav marks the current section, without a script.
  await page.goto("/countries");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Countries" })).toHaveAttribute("aria-current", "page");
  const signedIn = await request.get("/countries", { headers: { accept: "text/html", cookie: "next-auth.session-token=not-a-real-session" } });
  expect(await signedIn.text()).toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
});

test("the site has a favicon, app icons, a theme colour and a web app manifest", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  await page.goto("/");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#0b5cad");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(manifestHref!)).json();
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  for (const href of await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")!))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});
