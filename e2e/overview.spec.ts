import { expect, test } from "@playwright/test";

test("the home page lists the three seeded pledges with their targets", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("pledge-joint-operations")).toContainText("15");
  await expect(page.getByTestId("pledge-systems-and-labs")).toContainText("100");
  await expect(page.getByTestId("pledge-training")).toContainText("20,000");
});

test("health tells an anonymous caller only that the app is up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
