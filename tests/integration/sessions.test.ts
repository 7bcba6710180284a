import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/lib/auth/authorize";
import { PasswordChangeRequiredError, type SessionUser } from "@/lib/auth/permissions";
import { renewSessionToken } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate } from "@/lib/updates/actions";
import { changeOwnPassword, changeUserRole, provisionUser, resetUserPassword, setUserDisabled } from "@/lib/users/actions";
import { unique } from "../factories";
import { createActor, createWorkflowPledge, updateInput } from "./helpers";
import { issueSessionCookie, refreshSessionCookie, replaySessionCookie } from "./session-cookies";

const secret = randomBytes(32).toString("base64");
const HOUR = 3600 * 1000;

const signIn = (userId: number) => issueSessionCookie(userId, secret);
const replay = (cookie: string, options: { now?: number } = {}) => replaySessionCookie(cookie, secret, options);
const refresh = (cookie: string) => refreshSessionCookie(cookie, secret);

async function newAccount(role: "ADMIN" | "EDITOR" = "EDITOR") {
  const email = `${unique("session")}@it.test`;
  const { id, temporaryPassword } = await provisionUser({ email, role });
  await db.user.update({ where: { id }, data: { mustChangePassword: false } });
  return { id, email, password: temporaryPassword };
}

let admin: SessionUser;
beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
});

describe("a copied session cookie stops working when the account changes", () => {
  it("after the owner changes their password: the other sessions end, the owner's own continues", async () => {
    const account = await newAccount();
    const stolen = await signIn(account.id);
    const own = await signIn(account.id);
    const before = await replay(own);
    expect((await replay(stolen)).user).toMatchObject({ id: account.id });

    const { sessionVersion } = await changeOwnPassword(before.user, { currentPassword: account.password, newPassword: "a new long passphrase 42" });

    const replayed = await replay(stolen);
    expect(replayed.user).toBeNull();
    expect(replayed.header).toBeNull();
    await expect(authorize(db, before.user, "update:create")).rejects.toThrow(UnauthenticatedError); // a request begun before
    // This browser's cookie, renewed by the password change action, still works, and keeps its sign-in time.
    const renewed = renewSessionToken(before.token, { userId: account.id, from: before.user!.sessionVersion, to: sessionVersion });
    const ownAfter = await replay(await encode({ token: renewed!, secret }));
    expect(ownAfter.user).toMatchObject({ id: account.id, sessionVersion });
    expect(ownAfter.token.authTime).toBe(before.token.authTime);
    // The stolen cookie cannot be renewed into a valid one either.
    expect(renewSessionToken((await replay(stolen)).token, { userId: account.id, from: sessionVersion, to: sessionVersion + 1 })).toBeNull();
  });

  const ADMIN_CHANGES = {
    "an admin resets the password": (id: number) => resetUserPassword(admin, { userId: id }),
    "the command line resets the account (user:create --reset)": async (id: number) => {
      const { email } = await db.user.findUniqueOrThrow({ where: { id } });
      await provisionUser({ email, role: "EDITOR" }, { reset: true });
    },
    "an admin changes the role": (id: number) => changeUserRole(admin, { userId: id, role: "ADMIN" }),
    "an admin disables the account": (id: number) => setUserDisabled(admin, { userId: id, disabled: true }),
    // The cookie must not come back to life with the account.
    "an admin disables and re-enables the account": async (id: number) => {
      await setUserDisabled(admin, { userId: id, disabled: true });
      await setUserDisabled(admin, { userId: id, disabled: false });
    },
  };

  for (const [change, run] of Object.entries(ADMIN_CHANGES)) {
    it(`after ${change}`, async () => {
      const account = await newAccount();
      const stolen = await signIn(account.id);
      const actor = (await replay(stolen)).user;
      expect(actor).toMatchObject({ id: account.id });
      await run(account.id);
      expect(await replay(stolen)).toMatchObject({ user: null, header: null });
      expect(await replay(await refresh(stolen))).toMatchObject({ user: null, header: null });
      await expect(authorize(db, actor, "update:create")).rejects.toThrow(UnauthenticatedError);
    });
  }

  it("a new sign-in after the change works", async () => {
    const account = await newAccount();
    await changeUserRole(admin, { userId: account.id, role: "ADMIN" });
    expect((await replay(await signIn(account.id))).user).toMatchObject({ id: account.id, role: "ADMIN" });
  });
});

describe("the absolute session lifetime", () => {
  it("refuses a session signed in longer ago than SESSION_ABSOLUTE_HOURS (12 by default), however often refreshed", async () => {
    const account = await newAccount();
    let cookie = await signIn(account.id);
    const signedIn = (await replay(cookie)).token.authTime! * 1000;
    for (let i = 0; i < 3; i++) cookie = await refresh(cookie); // an attacker keeping a copied cookie alive
    expect((await replay(cookie)).token.authTime).toBe(signedIn / 1000);
    expect((await replay(cookie, { now: signedIn + 11.9 * HOUR })).user).toMatchObject({ id: account.id });
    expect((await replay(cookie, { now: signedIn + 12.1 * HOUR })).user).toBeNull();
  });

  it("refuses a token without the sign-in time or session version (issued before they existed)", async () => {
    const account = await newAccount();
    const legacy = await encode({ token: { sub: String(account.id), uid: account.id, role: "EDITOR" }, secret });
    expect(await replay(legacy)).toMatchObject({ user: null, header: null });
  });
});

describe("a temporary password allows nothing but changing it", () => {
  /** Downloads a report as `user`, reading it to the end (which frees its export slot). */
  const get = async (user: SessionUser | null, url: string) => {
    const res = await serveReport({ request: new Request(`http://localhost${url}`), file: new URL(`http://x${url}`).pathname.split("/").pop()!, getUser: async () => user });
    return { status: res.status, body: await res.text() };
  };

  it("refuses actions, draft exports and the audit log until the password is changed", async () => {
    const account = await newAccount("ADMIN");
    const { temporaryPassword } = await provisionUser({ email: account.email, role: "ADMIN" }, { reset: true });
    const cookie = await signIn(account.id);
    const user = (await replay(cookie)).user;
    expect(user).toMatchObject({ id: account.id, mustChangePassword: true });

    const pledge = await createWorkflowPledge();
    await expect(createUpdate(user, updateInput(pledge))).rejects.toThrow(PasswordChangeRequiredError);
    expect(await db.progressUpdate.count({ where: { pledgeId: pledge.id } })).toBe(0);
    for (const url of ["/reports/updates-log.csv?include=drafts", "/reports/audit-log.csv"]) {
      const res = await get(user, url);
      expect(res.status, url).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe("password_change_required");
    }
    expect((await get(user, "/reports/pledge-summary.csv")).status).toBe(200); // public data stays public

    const { sessionVersion } = await changeOwnPassword(user, { currentPassword: temporaryPassword, newPassword: "my own long passphrase 7" });
    const renewed = renewSessionToken((await replay(cookie)).token, { userId: account.id, from: user!.sessionVersion, to: sessionVersion });
    const after = (await replay(await encode({ token: renewed!, secret }))).user;
    expect(after).toMatchObject({ mustChangePassword: false });
    expect((await get(after, "/reports/updates-log.csv?include=drafts")).status).toBe(200);
    expect((await get(after, "/reports/audit-log.csv")).status).toBe(200);
    await expect(createUpdate(after, updateInput(pledge))).resolves.toMatchObject({ id: expect.any(Number) });
  });
});
