import { expect, test } from "@playwright/test";
import { addUpdate, createE2ePledge } from "./helpers/db";

// The dashboard as it stood on a day: an update published on 12 March 2021 and one published today (one a field, on
// a recurring plan of one a year per field, so the card counts 1 then and 2 now).
const DAY = "2021-03-12";
test("the as-of banner shows the figures as published then, links to today's page, and both give a permalink", async ({ page }) => {
  test.slow(); // two seeding processes and five page loads
  const pledge = await createE2ePledge();
  const then = `Published in March ${Date.now()}`;
  const now = `Published today ${Date.now()}`;
  await addUpdate({ pledgeId: pledge.id, fieldIndex: 0, quantity: 1, eventDate: "2019-01-15", title: then, publishedAt: `${DAY}T10:00:00Z` });
  await addUpdate({ pledgeId: pledge.id, fieldIndex: 1, quantity: 1, eventDate: "2019-01-15", title: now });

  await page.goto(`/pledges/${pledge.slug}?as_of=${DAY}`);
  const banner = page.getByTestId("as-of-banner");
  await expect(banner).toContainText("As published on 12 March 2021");
  await expect(page.getByTestId("pledge-value")).toHaveText("1");
  await expect(page.getByText(then)).toBeVisible();
  await expect(page.getByText(now)).toHaveCount(0);

  await expect(banner.getByTestId("permalink")).toHaveAttribute("href", new RegExp(`^/pledges/${pledge.slug}\\?as_of=${DAY}$`));

  await banner.getByRole("link", { name: "See today's page" }).click();
  await expect(page).toHaveURL(new RegExp(`/pledges/${pledge.slug}$`));
  await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
  await expect(page.getByTestId("pledge-value")).toHaveText("2");
  await expect(page.getByText(now)).toBeVisible();

  // Today's page pins its permalink to today's date, which reopens as an as-of page.
  const today = new Date().toISOString().slice(0, 10);
  const pinned = (await page.getByTestId("permalink").getAttribute("href")) ?? "";
  expect(pinned).toMatch(new RegExp(`/pledges/${pledge.slug}\\?as_of=${today}$`));
  await page.goto(pinned);
  await expect(page.getByTestId("as-of-banner")).toBeVisible();
  await expect(page.getByTestId("pledge-value")).toHaveText("2");
});

test("the day picker opens the overview as of a day, keeping the page's filters", async ({ page }) => {
  await page.goto("/updates?pledge=training");
  await page.getByRole("textbox", { name: "As published on", exact: true }).fill(DAY);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`/updates\\?pledge=training&as_of=${DAY}$`));
  await expect(page.getByTestId("as-of-banner")).toContainText("As published on 12 March 2021");
});

test("a bad or future as_of is a 400 page naming it, with a way back to today's page", async ({ page }) => {
  for (const bad of ["2021-02-30", "2999-01-01"]) {
    const response = await page.goto(`/countries?as_of=${bad}`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("alert")).toContainText("as_of");
    await page.getByRole("link", { name: "See this page as it is today" }).click();
    await expect(page).toHaveURL(/\/countries$/);
  }
});

test("a day before anything was published shows the empty state", async ({ page }) => {
  await page.goto("/?as_of=2000-01-01");
  await expect(page.getByTestId("as-of-banner")).toContainText("As published on 1 January 2000");
  await expect(page.getByText("The tracker had published nothing yet by the end of that day.")).toBeVisible();
});
