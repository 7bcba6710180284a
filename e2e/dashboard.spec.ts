import { expect, test } from "@playwright/test";
import { addUpdate, createE2ePledge } from "./helpers/db";

test("the overview shows every pledge, with the value its published updates add up to", async ({ page }) => {
  test.setTimeout(90_000); // four seed processes before the page
  // Its own pledge, which no other spec writes to. Its plan counts one per field per year, so the seed stays within
  // it: three published updates count 3, and a draft in a year and field of its own would make it 4.
  const pledge = await createE2ePledge({ target: 20 });
  await addUpdate({ pledgeId: pledge.id, fieldIndex: 0, quantity: 1, eventDate: "2018-01-15" });
  await addUpdate({ pledgeId: pledge.id, fieldIndex: 1, quantity: 1, eventDate: "2019-01-15" });
  await addUpdate({ pledgeId: pledge.id, fieldIndex: 0, quantity: 1, eventDate: "2020-01-15" });
  await addUpdate({ pledgeId: pledge.id, fieldIndex: 1, quantity: 1, eventDate: "2021-01-15", state: "DRAFT" });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("how far they have come");
  for (const slug of ["joint-operations", "systems-and-labs", "training"]) {
    await expect(page.getByTestId(`pledge-${slug}`)).toBeVisible();
  }
  const card = page.getByTestId(`pledge-${pledge.slug}`);
  await expect(card.getByTestId("pledge-value")).toHaveText("3");
  await expect(card.getByTestId("pledge-target")).toHaveText("20");
  await expect(page.getByTestId("period-elapsed")).toContainText("% of the period");
});

test("publishing an update changes the public numbers at once, and a draft never appears", async ({ page }) => {
  test.setTimeout(90_000); // six pages, each recomputed after the writes
  const pledge = await createE2ePledge();
  const draftTitle = `draft-${pledge.slug}`;
  await addUpdate({ pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 1, eventDate: "2018-01-15", iso3: ["KEN"] });
  await addUpdate({ pledgeId: pledge.id, fieldId: pledge.fields[1].id, quantity: 500, eventDate: "2018-02-15", state: "DRAFT", title: draftTitle });

  await page.goto(`/pledges/${pledge.slug}`);
  await expect(page.getByTestId("pledge-value")).toHaveText("1");
  await expect(page.getByTestId("pledge-percent")).toHaveText("10%");
  // Page loads go through the page cache (server.ts); page-cache.spec.ts checks hit and miss where no one else writes.

  const publishedTitle = `published-${pledge.slug}`;
  await addUpdate({
    pledgeId: pledge.id,
    fieldId: pledge.fields[1].id,
    quantity: 1,
    eventDate: "2018-03-15",
    iso3: ["GHA"],
    title: publishedTitle,
    evidenceUrl: "https://example.org/evidence",
  });
  await page.reload();
  await expect(page.getByTestId("pledge-value")).toHaveText("2");
  await expect(page.getByTestId("pledge-percent")).toHaveText("20%");
  await expect(page.getByText(publishedTitle)).toBeVisible();
  await expect(page.getByRole("link", { name: "Test evidence" })).toHaveAttribute("href", "https://example.org/evidence");
  await expect(page.getByText(draftTitle)).toHaveCount(0);

  await page.goto("/");
  await expect(page.getByTestId(`pledge-${pledge.slug}`).getByTestId("pledge-value")).toHaveText("2");

  await page.goto(`/updates?pledge=${pledge.slug}`);
  await expect(page.getByTestId("update-item")).toHaveCount(2);
  await expect(page.getByText(publishedTitle)).toBeVisible();
  await expect(page.getByText(draftTitle)).toHaveCount(0);

  await page.goto("/countries?region=Africa");
  await expect(page.getByTestId("country-GHA")).toBeVisible();
  await expect(page.getByTestId("country-PER")).toHaveCount(0);
  const map = await page.request.get("/countries/map.svg");
  expect(map.headers()["content-type"]).toContain("image/svg+xml");
  expect(await map.text()).toContain("<title>Ghana: ");
});

test("a pledge chart renders as SVG and its table shows the same numbers", async ({ page }) => {
  const pledge = await createE2ePledge();
  await addUpdate({ pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 3, eventDate: "2018-01-10", iso3: ["PER"] });
  await addUpdate({ pledgeId: pledge.id, fieldId: pledge.fields[1].id, quantity: 4, eventDate: "2019-12-10", iso3: ["PER", "BOL"] });

  await page.goto(`/pledges/${pledge.slug}`);
  const years = page.getByTestId("chart-years");
  await expect(years.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  await expect(page.getByTestId("chart-cumulative").locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  await expect(years.getByTestId("chart-summary")).toContainText("7");
  // Bars carry their values as labels (Recharts leaves zero-height bars unlabelled).
  const barLabels = years.locator(".recharts-label-list").last().locator("text");
  await expect(barLabels).toHaveText(["3", "4"]);

  await years.getByRole("button", { name: "Show as table" }).click();
  await expect(years.getByRole("button", { name: "Show as chart" })).toHaveAttribute("aria-pressed", "true");
  const published = years.getByTestId("chart-table").locator("tbody tr td:nth-child(2)");
  await expect(published).toHaveText(["3", "0", "4", "0", "0"]);

  const grid = page.getByTestId("year-field-grid");
  await expect(grid.locator("tbody tr").first()).toContainText("Met");
  // Nothing published for a cell is "No report", never "Missed": no editor or assessment confirmed a miss.
  await expect(grid.locator("tbody tr").nth(1)).toContainText("No report");
  await expect(grid).not.toContainText("Missed");
});

test("unknown pledges and countries answer 404", async ({ page }) => {
  expect((await page.goto("/pledges/no-such-pledge"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await page.goto("/countries/ZZZ"))?.status()).toBe(404);
});
