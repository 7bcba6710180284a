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

test("signing out ends the session on the server: a copy of the cookie taken before is refused", async ({ page, browser, signInAs }) => {
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  const thief = await browser.newContext(); // holds a copy of the session cookie
  await thief.addCookies(await page.context().cookies());
  expect((await thief.request.get("/reports/updates-log.csv?include=drafts")).status()).toBe(200);

  await page.goto("/signout");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");

  expect((await thief.request.get("/reports/updates-log.csv?include=drafts")).status()).toBe(401);
  expect(await (await thief.request.get("/api/auth/session")).json()).not.toHaveProperty("user");
  const stolen = await thief.newPage();
  await stolen.goto("/admin");
  await expect(stolen.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await thief.close();
});

test("the password form is throttled: after repeated wrong current passwords even the right one is refused", async ({ page, signInAs }) => {
  test.slow(); // six password checks
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  await page.goto("/fr/account/password");
  const submit = async (current: string) => {
    await page.getByLabel("Mot de passe actuel (temporaire)").fill(current);
    await page.getByLabel("Nouveau mot de passe (au moins 12 caractères)").fill("a-changed-password-of-mine");
    await page.getByLabel("Répétez le nouveau mot de passe").fill("a-changed-password-of-mine");
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/fr/account/password");
    await page.getByRole("button", { name: "Changer de mot de passe" }).click();
    await answered;
    // React resets a form action's fields once the answer is rendered: wait for that, or the next round's typing is
    // wiped and the browser's required check silently stops the submission.
    await expect(page.getByLabel("Mot de passe actuel (temporaire)")).toHaveValue("");
  };
  for (let i = 0; i < 5; i++) {
    await submit(`wrong-guess-${i}`);
    await expect(page.getByText("Ce n’est pas votre mot de passe actuel.")).toBeVisible();
  }
  await submit(editor.password);
  await expect(page.getByText(/^Trop de tentatives avec un mot de passe actuel erroné\. Le changement de mot de passe est suspendu pendant 15 minutes\.$/)).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/account\/password$/);
});
