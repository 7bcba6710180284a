import type { APIRequestContext } from "@playwright/test";
import { createUser, expect, signInViaApi, test } from "./fixtures";

/** One credentials POST as an attacker sends it, with an X-Forwarded-For of their choosing. True if it signed in. */
async function tryPassword(request: APIRequestContext, email: string, password: string, forwardedFor: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/admin" },
    headers: { "X-Forwarded-For": forwardedFor },
  });
  return response.ok();
}

test("a stranger's wrong passwords lock out the stranger, not the admin's own browser", async ({ page, browser }) => {
  const admin = await createUser("ADMIN");
  await signInViaApi(page.request, admin);
  const device = (await page.context().cookies()).find((c) => c.name.endsWith("pledge-device"));
  expect(device, "a successful sign-in sets the device cookie").toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  const stranger = await browser.newContext();
  for (let i = 0; i < 5; i++) expect(await tryPassword(stranger.request, admin.email, `guess-${i}`, `198.51.100.${i}`)).toBe(false);
  // Claiming yet another address changes nothing: without TRUSTED_PROXIES the header is not the client's address.
  expect(await tryPassword(stranger.request, admin.email, admin.password, "203.0.113.77")).toBe(false);

  // The admin signs out and back in on the browser that holds the device cookie: not locked out.
  await page.context().clearCookies({ name: /session-token/ });
  expect((await (await page.request.get("/api/auth/session")).json())?.user).toBeUndefined();
  await signInViaApi(page.request, admin);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  await stranger.close();
});
