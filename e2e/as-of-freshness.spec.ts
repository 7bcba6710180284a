import { expect, test } from "@playwright/test";
import { addCheck, addUpdate, createE2ePledge } from "./helpers/db";

// A pledge page as of a day shows that day's freshness: the last update and check made by its end, and "overdue"
// measured then (quarterly rhythm), not today's state.
test("a pledge page as of a day shows the last update, the last check and overdue as they stood then", async ({ page }) => {
  test.slow(); // four seeding processes and four page loads
  const pledge = await createE2ePledge();
  await addUpdate({ pledgeId: pledge.id, fieldIndex: 0, quantity: 1, eventDate: "2019-01-15", publishedAt: "2021-03-12T10:00:00Z" });
  await addCheck({ pledgeId: pledge.id, checkedAt: "2021-03-12T11:00:00Z" });
  await addCheck({ pledgeId: pledge.id });
  const line = page.getByTestId("freshness");
  const times = async () => line.locator("time").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime")));

  await page.goto(`/pledges/${pledge.slug}?as_of=2021-03-12`);
  await expect(page.getByTestId("as-of-banner")).toBeVisible();
  expect(await times()).toEqual(["2021-03-12T10:00:00.000Z", "2021-03-12T11:00:00.000Z"]);
  await expect(line).not.toContainText("Overdue");

  // Nothing since March: quarterly, so overdue from 12 June 2021 on.
  await page.goto(`/pledges/${pledge.slug}?as_of=2021-09-01`);
  expect(await times()).toEqual(["2021-03-12T10:00:00.000Z", "2021-03-12T11:00:00.000Z"]);
  await expect(line).toContainText(/Overdue since 12 June? 2021/);

  await page.goto(`/pledges/${pledge.slug}?as_of=2021-03-11`);
  await expect(line).toContainText("Last updated never");
  await expect(line).toContainText("Last checked never");

  // Today: checked today, so not overdue.
  await page.goto(`/pledges/${pledge.slug}`);
  const [, checked] = await times();
  expect(checked?.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  await expect(line).not.toContainText("Overdue");
});
