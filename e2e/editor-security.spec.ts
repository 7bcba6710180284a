import { createUser, expect, test } from "./fixtures";

test("pages send security headers and still hydrate under the Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");

  // Client-side sign-in only works once React has hydrated the form.
  const editor = await createUser("EDITOR");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  await page.goto("/admin/updates/new");
  await page.getByLabel("Search countries").fill("Kenya");
  await expect(page.getByRole("checkbox", { name: "Ghana" })).toBeHidden();
  expect(violations).toEqual([]);
});

test("server actions from another origin are refused", async ({ page, signInAs }) => {
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  // A real action id, read from the form page the app serves.
  let actionId: string | undefined;
  page.on("request", (req) => {
    const id = req.headers()["next-action"];
    if (id) actionId = id;
  });
  await page.goto("/admin/updates/new");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#title-error")).toBeVisible();
  expect(actionId).toBeTruthy();

  const forged = await page.request.post("/admin/updates/new", {
    headers: { "Next-Action": actionId!, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  const sameOrigin = await page.request.post("/admin/updates/new", {
    headers: { "Next-Action": actionId!, Origin: new URL(page.url()).origin, "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([{}, "$K1"]),
    maxRedirects: 0,
  });
  expect(sameOrigin.status()).toBeLessThan(400);
});
