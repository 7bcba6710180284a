import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createUpdate, createUser, expect, test } from "./fixtures";

async function expectNoSeriousViolations(page: Page, path: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("a correction appears on /changes with before and after, and on the update's public page", async ({ page, signInAs }) => {
  test.setTimeout(90_000); // two axe runs on a shared machine
  const editor = await createUser("EDITOR");
  const admin = await createUser("ADMIN");
  const update = await createUpdate({ author: editor, review: { decision: "publish" }, reviewer: admin });
  const reason = `Two participants were counted twice ${Date.now().toString(36)}`;
  await signInAs(admin);
  await page.goto(`/admin/updates/${update.id}`);
  await page.getByText("Correct this published update").click();
  await page.getByLabel(/^Quantity/).fill("10");
  await page.getByLabel("Reason for the correction (shown in the history)").fill(reason);
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByRole("status")).toContainText("Correction published");
  await page.context().clearCookies(); // what the public sees

  await page.goto("/changes");
  await page.getByLabel("Kind of change").selectOption({ label: "Correction" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=correction/);
  const entry = page.getByTestId("change-entry").filter({ hasText: reason });
  await expect(entry).toBeVisible();
  const quantity = entry.getByRole("row", { name: /Quantity/ });
  await expect(quantity.getByTestId("change-before")).toHaveText("12");
  await expect(quantity.getByTestId("change-after")).toHaveText("10");
  await expectNoSeriousViolations(page, "/changes");

  await entry.getByRole("link", { name: /Permalink/ }).click();
  await expect(page).toHaveURL(/\/changes\/\d+$/);
  await expect(page.getByTestId("change-entry")).toContainText(reason);

  await page.goto(`/updates/${update.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(update.title);
  const revision = page.getByTestId("revision");
  await expect(revision).toContainText(reason);
  await expect(revision.getByRole("row", { name: /Quantity/ })).toContainText("12");
  await expectNoSeriousViolations(page, "/updates/[id]");
});

test("a draft has no public page and never appears in the change log", async ({ page }) => {
  const editor = await createUser("EDITOR");
  const draft = await createUpdate({ author: editor });
  const response = await page.goto(`/updates/${draft.id}`);
  expect(response?.status()).toBe(404);
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change log");
  await expect(page.getByText(draft.title)).toHaveCount(0);
});

test("an editor records 'checked, nothing new' and it is public", async ({ page, signInAs }) => {
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Pledges to check" })).toBeVisible();
  await page.goto("/admin/checks");
  const note = `Checked the annual report ${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: /Record a check of Train/ });
  await form.getByLabel(/What did you check/).fill(note);
  await form.getByRole("button", { name: /checked, nothing new/ }).click();
  await expect(form.getByRole("status")).toContainText("Check recorded");
  await page.context().clearCookies();
  await page.goto("/changes?kind=check");
  await expect(page.getByTestId("change-entry").filter({ hasText: note })).toContainText("Checked, nothing new");
});
