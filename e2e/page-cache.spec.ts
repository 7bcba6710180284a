import { expect, test } from "@playwright/test";
import { addUpdate, createE2ePledge } from "./helpers/db";

// Runs in its own project after every other spec (playwright.config.ts): no parallel write can change the data
// version between two loads, so each load's cache status is known in advance. Alone: npx playwright test --no-deps page-cache
test("the first load after a change is a miss, the next a hit, and a write shows on the very next load", async ({ page }) => {
  test.setTimeout(90_000); // three seed processes and five page loads
  const pledge = await createE2ePledge();
  await addUpdate({ pledgeId: pledge.id, fieldIndex: 0, quantity: 1, eventDate: "2018-01-15" });
  const path = `/pledges/${pledge.slug}`;
  const status = async (load: Promise<{ headers(): Record<string, string> } | null>) => (await load)?.headers()["x-page-cache"];

  expect(await status(page.goto(path))).toBe("miss");
  await expect(page.getByTestId("pledge-value")).toHaveText("1");
  expect(await status(page.reload())).toBe("hit");
  await expect(page.getByTestId("pledge-value")).toHaveText("1");

  await addUpdate({ pledgeId: pledge.id, fieldIndex: 1, quantity: 1, eventDate: "2018-03-15" });
  expect(await status(page.reload())).toBe("miss");
  await expect(page.getByTestId("pledge-value")).toHaveText("2");
  expect(await status(page.reload())).toBe("hit");
  await expect(page.getByTestId("pledge-value")).toHaveText("2");
});
