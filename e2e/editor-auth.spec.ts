import { createUser, disableUser, E2E_ADMIN, expect, test } from "./fixtures";

test("anonymous visitors of admin pages are sent to sign-in", async ({ page }) => {
  await page.goto("/admin/updates/new");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fupdates%2Fnew/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("an editor signs in with the form, sees the admin area, and signs out", async ({ page }) => {
  const editor = await createUser("EDITOR");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
});

test("the API sign-in fixture gives an admin the admin navigation", async ({ page, signInAs }) => {
  await signInAs(E2E_ADMIN);
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toBeVisible();
});

test("repeated bad passwords lock sign-in for that account, even with the right password", async ({ page }) => {
  const editor = await createUser("EDITOR");
  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(page.locator("#signin-error")).toContainText("Sign-in failed");
  }
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await expect(page.locator("#signin-error")).toContainText("Sign-in failed");
  await expect(page).toHaveURL(/\/signin/);
  expect((await (await page.request.get("/api/auth/session")).json())?.user).toBeUndefined();
});

test("a disabled user loses access at once, even with a valid session", async ({ page, signInAs }) => {
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  await disableUser(editor.id);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});
