import { createUpdate, createUser, expect, test } from "./fixtures";

test("an admin corrects a published number: the old version stays in the history with the reason", async ({ page, signInAs }) => {
  const editor = await createUser("EDITOR");
  const admin = await createUser("ADMIN");
  const update = await createUpdate({ author: editor, review: { decision: "publish" }, reviewer: admin });
  await signInAs(admin);
  await page.goto(`/admin/updates/${update.id}`);
  await expect(page.getByTestId("update-quantity")).toHaveText("12");
  await page.getByText("Correct this published update").click();
  await page.getByLabel(/^Quantity/).fill("10");
  await page.getByLabel("Reason for the correction (shown in the history)").fill("Two participants were counted twice.");
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByRole("status")).toContainText("Correction published");
  await expect(page.getByTestId("update-quantity")).toHaveText("10");
  await expect(page.getByRole("heading", { name: "Correction history" })).toBeVisible();
  await expect(page.getByText(/Two participants were counted twice.*quantity 12/)).toBeVisible();
});

test("an admin changes a pledge's status with a reason and it lands in the history and the audit log", async ({ page, signInAs }) => {
  const admin = await createUser("ADMIN");
  await signInAs(admin);
  await page.goto("/admin/pledges");
  await page.getByRole("link", { name: /Upgrade INTERPOL communication systems/ }).click();
  const reason = `Reviewed with the regional bureaus ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.locator("#toStatus-error")).toBeVisible();
  await expect(page.locator("#status-reason-error")).toContainText("reason");
  await page.getByLabel("New status").selectOption({ label: "At risk" });
  await page.getByLabel("Reason (kept in the history)").fill(reason);
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByTestId("status-history")).toContainText(reason);
  await expect(page.getByTestId("pledge-status")).toHaveText("At risk");

  await page.goto(`/admin/audit?actor=${admin.id}&action=pledge.status`);
  await expect(page.getByTestId("audit-table")).toContainText("pledge.status");
  await expect(page.getByTestId("audit-table")).toContainText(reason);
  await expect(page.getByTestId("audit-table").locator("tbody tr")).toHaveCount(1);
});

test("an admin sets a country's delivery status per workstream", async ({ page, signInAs }) => {
  const admin = await createUser("ADMIN");
  await signInAs(admin);
  await page.goto("/admin/pledges");
  await page.getByRole("link", { name: /Upgrade INTERPOL communication systems/ }).click();
  await page.getByRole("link", { name: "Country delivery status" }).click();
  await page.getByLabel("Country", { exact: true }).fill("Malawi");
  await page.getByLabel("Workstream").selectOption({ label: "Criminal investigation labs" });
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "In progress" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("row", { name: /Malawi.*Criminal investigation labs.*In progress/ })).toBeVisible();
});

test("an admin creates a user with a temporary password, who must change it at first sign-in", async ({ page, browser, signInAs }) => {
  test.slow(); // two contexts, a form sign-in and a password change
  const admin = await createUser("ADMIN");
  await signInAs(admin);
  await page.goto("/admin/users");
  const email = `new-${Date.now().toString(36)}@e2e.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("New Editor");
  await page.getByRole("button", { name: "Create user" }).click();
  const password = await page.getByTestId("temporary-password").innerText();
  expect(password.length).toBeGreaterThanOrEqual(16);
  await expect(page.getByTestId(`user-${email}`)).toContainText("Temporary password");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto("/signin?callbackUrl=%2Fadmin");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill(password);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer.getByRole("heading", { name: "Change password" })).toBeVisible();
  await newcomer.getByLabel("Current (temporary) password").fill(password);
  await newcomer.getByLabel("New password (at least 12 characters)").fill("a-new-password-of-mine");
  await newcomer.getByLabel("Repeat the new password").fill("a-new-password-of-mine");
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  await context.close();

  // Disabling takes effect at once.
  await page.reload();
  await page.getByTestId(`user-${email}`).getByRole("button", { name: "Disable" }).click();
  await expect(page.getByTestId(`user-${email}`)).toContainText("Disabled");
});

test("editors cannot open admin-only screens", async ({ page, signInAs }) => {
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  for (const path of ["/admin/users", "/admin/audit", "/admin/pledges", "/admin/countries", "/admin/review"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
});
