import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createUser, expect, test } from "./fixtures";
import { addUpdate, createE2ePledge } from "./helpers/db";

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("on a fresh install the joint-operations page says 'No report', never 'Missed' or a red cross", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/pledges/joint-operations");
  const grid = page.getByTestId("year-field-grid");
  await expect(grid.locator("tbody tr")).toHaveCount(5);
  await expect(grid.getByText("No report")).toHaveCount(15);
  await expect(grid).not.toContainText("Missed");
  await expect(grid).not.toContainText("✗");
  await expect(page.getByTestId("pledge-record")).toHaveText(/Not assessed: no progress has been published/);
  await expect(page.getByTestId("period-ended")).toHaveText("Period ended on 25 Sept 2022.");
  await expect(page.locator("main")).not.toContainText("Missed");
  await expect(page.locator("main")).not.toContainText("Projected at end");
  await expect(page.getByTestId("pledge-reading")).toContainText("our reading");
  await expect(page.getByTestId("pledge-reading")).toContainText("3 x 5");
  await expect(page.getByTestId("corroborating-sources")).toContainText("Our summary (not a quotation)");
  await expectNoSeriousViolations(page, "/pledges/joint-operations");

  // The card: a target and a final value, not "Expected by now 15 · Actual 0".
  await page.goto("/");
  const card = page.getByTestId("pledge-joint-operations");
  await expect(card).toContainText("Not assessed: no progress has been published");
  await expect(card).toContainText("Target");
  await expect(card).not.toContainText("Expected by now");
  await expect(card).not.toContainText("Missed");
});

test("an admin records a final assessment, corrects it with a reason, and the public card shows it", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  const pledge = await createE2ePledge();
  await addUpdate({ pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 3, eventDate: "2018-01-10", iso3: ["PER"] });
  const admin = await createUser("ADMIN");
  await signInAs(admin);
  await page.goto(`/admin/pledges/${pledge.id}`);
  const form = page.getByRole("form", { name: "Record the final assessment" });
  await form.getByRole("button", { name: "Record the final assessment" }).click();
  await expect(form.locator("#assessment-verdict-error")).toBeVisible();
  await expect(form.getByLabel("Verdict")).toHaveAttribute("aria-describedby", "assessment-verdict-error");
  await form.getByLabel("Verdict").selectOption({ label: "Partly achieved" });
  await form.getByLabel("Final value (optional)").fill("3");
  await form.getByLabel("Method note (public)").fill("Published updates checked against the annual reports of the ministry.");
  await form.getByLabel(/^Sources/).fill("https://example.org/annual-report-2022\nMinistry annual report 2022, p. 14");
  await form.getByRole("button", { name: "Record the final assessment" }).click();
  await expect(page.getByRole("status")).toContainText("Final assessment recorded");
  await expectNoSeriousViolations(page, `/admin/pledges/${pledge.id}`);

  const correction = page.getByRole("form", { name: "Correct the final assessment" });
  await correction.getByLabel("Verdict").selectOption({ label: "Not achieved" });
  await correction.getByLabel("Reason for the correction (public)").fill("Two operations were counted in the wrong year.");
  await correction.getByRole("button", { name: "Publish the correction" }).click();
  await expect(page.getByTestId("assessment-history")).toContainText("Two operations were counted in the wrong year.");

  await page.goto("/");
  const card = page.getByTestId(`pledge-${pledge.slug}`);
  await expect(card.getByTestId("pledge-record")).toHaveText(/Final assessment: Not achieved/);
  await expect(card.getByTestId("final-assessment")).toContainText(`final value 3 test operations · by ${admin.name}`);

  await page.goto(`/pledges/${pledge.slug}`);
  await expect(page.getByTestId("final-assessment")).toContainText("Ministry annual report 2022, p. 14");
  await expect(page.getByTestId("assessment-history")).toContainText("Version 1: Partly achieved");
  await expectNoSeriousViolations(page, `/pledges/${pledge.slug}`);
});
