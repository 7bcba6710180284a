import { decode, type JWT } from "next-auth/jwt";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sessionCookieName } from "@/lib/auth/cookies";
import { isSessionTokenCurrent } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { provisionUser } from "@/lib/users/actions";
import { GET as authHandler } from "@/app/api/auth/[...nextauth]/route";
import { unique } from "../factories";
import { createAuthBrowser } from "./auth-browser";
import { issueSessionCookie, refreshSessionCookie, replaySessionCookie } from "./session-cookies";

// Signing out ends the session on the server, not only in the browser that signed out: someone who copied the
// cookie before (a shared computer, a proxy log, malware) cannot use it afterwards. Sign-out goes through next-auth's
// own handler, with its CSRF check, as the sign-out button does.
const APP = "http://localhost:3300";
const saved = vi.hoisted(() => {
  // Before any import: next-auth's options read the secret when they load.
  const before = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, AUTH_SECRET: process.env.AUTH_SECRET };
  process.env.NEXTAUTH_URL = "http://localhost:3300";
  process.env.AUTH_SECRET = "sign-out-integration-secret-0123456789abcdef";
  return before;
});
const secret = process.env.AUTH_SECRET!;
const cookieName = sessionCookieName(false);

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnv();
});

async function newAccount() {
  const { id } = await provisionUser({ email: `${unique("signout")}@it.test`, role: "EDITOR" });
  await db.user.update({ where: { id }, data: { mustChangePassword: false } });
  return id;
}

/** A browser signed in as `userId` that presses "Sign out" (with the CSRF token unless `csrf` is false). */
async function signInThenOut(userId: number, { csrf = true } = {}) {
  const browser = createAuthBrowser(authHandler as never, APP);
  const cookie = await issueSessionCookie(userId, secret);
  browser.jar.set(cookieName, cookie);
  const { csrfToken } = (await browser.call(["csrf"])).body as { csrfToken: string };
  await browser.call(["signout"], { method: "POST", body: csrf ? { csrfToken, callbackUrl: APP } : { callbackUrl: APP } });
  return { cookie, left: browser.jar.get(cookieName) };
}

const userOf = async (cookie: string) => (await replaySessionCookie(cookie, secret)).user;

describe("signing out ends the session on the server", () => {
  it("a copy of the cookie taken before sign-out is refused after it, refreshed or not; other sessions go on", async () => {
    const id = await newAccount();
    const otherDevice = await issueSessionCookie(id, secret);
    const { cookie: copied, left } = await signInThenOut(id);
    expect(left).toBe(""); // the browser's own cookie is cleared, as before

    // The attack: the copy is replayed after sign-out.
    expect(await replaySessionCookie(copied, secret)).toMatchObject({ user: null, header: null });
    expect(await userOf(await refreshSessionCookie(copied, secret))).toBeNull();
    // Only that session ended: the account's other sessions and a new sign-in work.
    expect(await userOf(otherDevice)).toMatchObject({ id });
    expect(await userOf(await issueSessionCookie(id, secret))).toMatchObject({ id });
  });

  it("a sign-out without the CSRF token (a forged cross-site post) revokes nothing", async () => {
    const id = await newAccount();
    const { cookie, left } = await signInThenOut(id, { csrf: false });
    expect(left).toBe(cookie);
    expect(await userOf(cookie)).toMatchObject({ id });
  });

  it("keeps a signed-out session only while its token could still be used, and prunes the expired ones", async () => {
    const expired = unique("expired");
    await db.revokedSession.create({ data: { sessionId: expired, expiresAt: new Date(Date.now() - 1000) } });
    const { cookie } = await signInThenOut(await newAccount());
    const token = (await decode({ token: cookie, secret })) as JWT;
    const row = await db.revokedSession.findUniqueOrThrow({ where: { sessionId: token.sid! } });
    // By the time the row goes, the token is over its absolute lifetime anyway; it does not stay much longer.
    expect(isSessionTokenCurrent(token, { now: row.expiresAt.getTime() })).toBe(false);
    expect(isSessionTokenCurrent(token, { now: row.expiresAt.getTime() - 2 * 60_000 })).toBe(true);
    expect(await db.revokedSession.findUnique({ where: { sessionId: expired } })).toBeNull();
  });
});
