import { test as base, expect, type APIRequestContext } from "@playwright/test";
import type * as Seed from "./support/seed";
import { runSeed } from "./support/run-seed";

export type TestUser = Awaited<ReturnType<typeof Seed.seedUser>>;

export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-123" };

export const createUser = (role: "ADMIN" | "EDITOR" = "EDITOR") => runSeed("seedUser", { role });
export const disableUser = (id: number) => runSeed("disableUser", { id });
export const createUpdate = (args: Parameters<typeof Seed.seedUpdate>[0]) => runSeed("seedUpdate", args);
export const createPledge = (options: { target?: number } = {}) => runSeed("createPledge", options);
/** Back to the default: self-publication not allowed. */
export const resetSettings = () => runSeed("setSelfPublication", { allow: false });

/** Signs in through next-auth's credentials endpoint (CSRF token, then the callback), sharing the page's cookies. */
export async function signInViaApi(request: APIRequestContext, user: { email: string; password: string }) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true", callbackUrl: "/admin" },
  });
  expect(response.ok()).toBeTruthy();
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user?.email, `sign-in as ${user.email} failed`).toBe(user.email);
}

export const test = base.extend<{ signInAs: (user: { email: string; password: string }) => Promise<void> }>({
  signInAs: async ({ page }, provide) => {
    await provide((user) => signInViaApi(page.request, user));
  },
});

export { expect };
