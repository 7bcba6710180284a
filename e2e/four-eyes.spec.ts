import { createPledge, createUpdate, createUser, E2E_ADMIN, expect, resetSettings, signInViaApi, test } from "./fixtures";

// Issue 10, section 5. The self-publication setting is deployment-wide: these tests run one after another and leave
// it at its default. Specs in other files publish through independent reviewers, which the setting does not change.
test.describe.configure({ mode: "serial" });
test.afterAll(async () => {
  await resetSettings();
});

test("an admin cannot publish an update they wrote, not even by forcing the button; another admin publishes it", async ({ page, browser, signInAs }) => {
  test.slow(); // several browser contexts and sign-ins
  const author = await createUser("ADMIN");
  const pledge = await createPledge();
  const update = await createUpdate({ author, pledgeSlug: pledge.slug, submit: true });
  await signInAs(author);
  await page.goto(`/admin/updates/${update.id}`);
  await expect(page.getByTestId("four-eyes-hint")).toBeVisible();
  const publish = page.getByRole("button", { name: "Publish" });
  await expect(publish).toBeDisabled();

  // The attack: re-enable the button and send the real server action; the data layer refuses it.
  await publish.evaluate((button) => button.removeAttribute("disabled"));
  await publish.click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone other than the author must publish this update" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("update-state")).toHaveText("Submitted");

  // Another admin publishes it through the review screen, with a note the author then sees.
  const reviewer = await browser.newContext();
  const reviewerPage = await reviewer.newPage();
  await signInViaApi(reviewerPage.request, E2E_ADMIN);
  await reviewerPage.goto("/admin/review");
  await reviewerPage.getByRole("link", { name: update.title }).click();
  await reviewerPage.getByLabel(/^Note for the editor/).fill("Checked against the course list.");
  await reviewerPage.getByRole("button", { name: "Publish" }).click();
  await expect(reviewerPage.getByTestId("update-state")).toHaveText("Published");
  await reviewer.close();

  await page.reload();
  await expect(page.getByTestId("update-state")).toHaveText("Published");
  await expect(page.getByTestId("publication-note")).toHaveText("Checked against the course list.");
  await page.goto(`/pledges/${pledge.slug}`);
  const item = page.getByTestId("update-item").filter({ hasText: update.title });
  await expect(item).toBeVisible();
  await expect(item.getByTestId("without-review")).toHaveCount(0);
  await expect(item).not.toContainText("Checked against the course list.");
});

test("with self-publication allowed in the settings, the author publishes and the public sees the mark", async ({ page, browser, signInAs }) => {
  test.slow(); // several browser contexts and sign-ins
  const author = await createUser("ADMIN");
  const pledge = await createPledge();
  const update = await createUpdate({ author, pledgeSlug: pledge.slug, submit: true });
  await signInAs(author);
  await page.goto("/admin/settings");
  await page.getByLabel("Allow admins to publish updates they wrote").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");

  await page.goto(`/admin/updates/${update.id}`);
  await expect(page.getByTestId("four-eyes-hint")).toHaveCount(0);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("update-state")).toHaveText("Published");
  await expect(page.getByTestId("without-review")).toBeVisible();

  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto(`/pledges/${pledge.slug}`);
  const item = publicPage.getByTestId("update-item").filter({ hasText: update.title });
  await expect(item.getByTestId("without-review")).toHaveText(/Published without independent review/);
  await anonymous.close();

  // Editors have no settings page.
  const editor = await createUser("EDITOR");
  const editorContext = await browser.newContext();
  await signInViaApi(editorContext.request, editor);
  const response = await editorContext.request.get("/admin/settings", { maxRedirects: 0 });
  expect(response.status()).not.toBe(200);
  await editorContext.close();
});
