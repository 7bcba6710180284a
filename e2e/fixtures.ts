import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type * as Seed from "./support/seed";

// Seed factories write through the data layer into the e2e server's database (playwright.config.ts points
// DATABASE_URL at data/e2e-<port>.db), with unique data so parallel tests never collide. They run in a tsx child
// process because Playwright's transform cannot load the generated Prisma client.
const run = promisify(execFile);

async function seed<K extends keyof typeof Seed>(command: K, args: Record<string, unknown> = {}): Promise<Awaited<ReturnType<(typeof Seed)[K]>>> {
  const script = path.join(__dirname, "support/seed.ts");
  // Another process (the server, a parallel worker) may hold SQLite's write lock at that moment: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout } = await run(process.execPath, ["--import", "tsx", script, command, JSON.stringify(args)], { env: process.env });
      return JSON.parse(stdout);
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

export type TestUser = Awaited<ReturnType<typeof Seed.seedUser>>;

export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-123" };

export const createUser = (role: "ADMIN" | "EDITOR" = "EDITOR") => seed("seedUser", { role });
export const disableUser = (id: number) => seed("disableUser", { id });
export const createUpdate = (args: Parameters<typeof Seed.seedUpdate>[0]) => seed("seedUpdate", args);

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
