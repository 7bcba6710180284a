import { createUser, expect, test } from "./fixtures";

test("a password change ends a copied session cookie and keeps the browser that changed it signed in", async ({ page, browser, signInAs }) => {
  test.slow(); // two contexts and a password change
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  const thief = await browser.newContext(); // holds a copy of the session cookie
  await thief.addCookies(await page.context().cookies());
  const stolen = await thief.newPage();
  await stolen.goto("/admin");
  await expect(stolen.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  expect((await thief.request.get("/reports/updates-log.csv?include=drafts")).status()).toBe(200);

  await page.goto("/account/password");
  await page.getByLabel("Current (temporary) password").fill(editor.password);
  await page.getByLabel("New password (at least 12 characters)").fill("a-changed-password-of-mine");
  await page.getByLabel("Repeat the new password").fill("a-changed-password-of-mine");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();

  await stolen.goto("/admin");
  await expect(stolen.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect((await thief.request.get("/reports/updates-log.csv?include=drafts")).status()).toBe(401);
  expect(await (await thief.request.get("/api/auth/session")).json()).not.toHaveProperty("user");
  await thief.close();

  await page.goto("/admin/updates/new"); // the changing browser's session continues
  await expect(page).toHaveURL(/\/admin\/updates\/new$/);
});
