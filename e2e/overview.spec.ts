import { expect, test } from "@playwright/test";

test("the home page lists the three seeded pledges with their targets", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("pledge-joint-operations")).toContainText("15");
  await expect(page.getByTestId("pledge-systems-and-labs")).toContainText("100");
  await expect(page.getByTestId("pledge-training")).toContainText("20,000");
});

test("health reports the database and migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: "up", migrations: { upToDate: true } });
});
