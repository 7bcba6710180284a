import { randomBytes } from "node:crypto";
import { decode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "@/lib/auth/cookies";
import { loadSessionUser } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { provisionUser } from "@/lib/users/actions";
import { unique } from "../factories";
import { startOidcProvider } from "./oidc";
import { createAuthBrowser } from "./auth-browser";

// next-auth's own OIDC flow end to end against a real OpenID provider in this process: discovery, PKCE and state,
// the provider's sign-in and consent, the code exchange, ID token verification, then this app's callbacks and
// session cookie. The app's own handler (app/api/auth/[...nextauth]) is called in its API-route form, so no server or
// port is needed for the app.
const APP = "http://localhost:3300";
const ENV_KEYS = ["NEXTAUTH_URL", "AUTH_SECRET", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));

let idp: Awaited<ReturnType<typeof startOidcProvider>>;
let handler: Parameters<typeof createAuthBrowser>[0];

beforeAll(async () => {
  idp = await startOidcProvider({ redirectUri: `${APP}/api/auth/callback/oidc` });
  Object.assign(process.env, {
    NEXTAUTH_URL: APP,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.client.client_id,
    OIDC_CLIENT_SECRET: idp.client.client_secret,
  });
  resetEnv();
  handler = (await import("@/app/api/auth/[...nextauth]/route")).GET as unknown as typeof handler; // built from the environment above
});

afterAll(async () => {
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  resetEnv();
  await idp?.close();
});

/** A person clicks "Single sign-on", signs in at the provider as `subject`, and comes back. */
async function signInWithSso(subject: string) {
  const { jar, call } = createAuthBrowser(handler, APP);
  const { csrfToken } = (await call(["csrf"])).body as { csrfToken: string };
  const start = await call(["signin", "oidc"], { method: "POST", body: { csrfToken, callbackUrl: `${APP}/admin` } });
  expect(start.location).toMatch(new RegExp(`^${idp.issuer}/`));
  const back = await idp.authorize(start.location!, subject);
  const done = await call(["callback", "oidc"], { query: Object.fromEntries(back.searchParams) });
  const cookie = jar.get(sessionCookieName(false));
  const token = cookie ? await decode({ token: cookie, secret: process.env.AUTH_SECRET! }) : null;
  return { redirect: done.location, user: await loadSessionUser(db, token) };
}

async function newAccount() {
  const email = `${unique("sso")}@it.test`;
  const { id } = await provisionUser({ email, role: "EDITOR" });
  return { id, email };
}

const refusals = async (userId: number) =>
  (await db.auditLog.findMany({ where: { action: "signin.sso-refused", entityId: String(userId) }, orderBy: { id: "asc" } })).map((a) => JSON.parse(a.after!));

describe("single sign-on against a real OpenID provider", () => {
  it("refuses an email the provider has not verified, and binds nothing", async () => {
    const account = await newAccount();
    const subject = unique("sub");
    idp.accounts.set(subject, { email: account.email, email_verified: false });
    const result = await signInWithSso(subject);
    expect(result.user).toBeNull();
    expect(result.redirect).toMatch(/\/api\/auth\/error\?error=AccessDenied$/);
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ oidcSubject: null, oidcIssuer: null });
    expect(await refusals(account.id)).toEqual([expect.objectContaining({ reason: "email-unverified", subject })]);
  });

  it("binds the account to the provider's subject at the first sign-on", async () => {
    const account = await newAccount();
    const subject = unique("sub");
    idp.accounts.set(subject, { email: account.email.toUpperCase(), email_verified: true, name: "Person" });
    const result = await signInWithSso(subject);
    expect(result.redirect).toBe(`${APP}/admin`);
    expect(result.user).toMatchObject({ id: account.id, email: account.email, role: "EDITOR", mustChangePassword: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ oidcSubject: subject, oidcIssuer: idp.issuer });
    const link = await db.auditLog.findFirst({ where: { action: "user.sso-link", entityId: String(account.id) } });
    expect(JSON.parse(link!.after!)).toEqual({ issuer: idp.issuer, subject });
    // Afterwards the subject, not the email, names the account: it still signs in after its email changes at the provider.
    idp.accounts.set(subject, { email: `${unique("renamed")}@it.test`, email_verified: true });
    expect((await signInWithSso(subject)).user).toMatchObject({ id: account.id });
  });

  it("refuses another subject presenting the same email once the account is bound, and audits it", async () => {
    const account = await newAccount();
    const owner = unique("sub");
    idp.accounts.set(owner, { email: account.email, email_verified: true });
    expect((await signInWithSso(owner)).user).toMatchObject({ id: account.id });

    const attacker = unique("sub"); // e.g. a second provider account that was given (or registered) the same email
    idp.accounts.set(attacker, { email: account.email, email_verified: true });
    const result = await signInWithSso(attacker);
    expect(result.user).toBeNull();
    expect(result.redirect).toMatch(/\/api\/auth\/error\?error=AccessDenied$/);
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ oidcSubject: owner });
    expect(await refusals(account.id)).toEqual([expect.objectContaining({ reason: "subject-mismatch", subject: attacker, email: account.email })]);
  });

  it("refuses a disabled account, bound or not", async () => {
    const bound = await newAccount();
    const subject = unique("sub");
    idp.accounts.set(subject, { email: bound.email, email_verified: true });
    expect((await signInWithSso(subject)).user).toMatchObject({ id: bound.id });
    await db.user.update({ where: { id: bound.id }, data: { disabled: true } });
    expect((await signInWithSso(subject)).user).toBeNull();

    const unbound = await newAccount();
    await db.user.update({ where: { id: unbound.id }, data: { disabled: true } });
    const other = unique("sub");
    idp.accounts.set(other, { email: unbound.email, email_verified: true });
    expect((await signInWithSso(other)).user).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: unbound.id } })).toMatchObject({ oidcSubject: null });
    expect((await refusals(bound.id)).map((r) => r.reason)).toEqual(["disabled"]);
  });

  it("creates no account for an email nobody was given here", async () => {
    const email = `${unique("stranger")}@it.test`;
    const subject = unique("sub");
    idp.accounts.set(subject, { email, email_verified: true });
    expect((await signInWithSso(subject)).user).toBeNull();
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    const audit = await db.auditLog.findFirst({ where: { action: "signin.sso-refused", entityType: "signin", entityId: email } });
    expect(JSON.parse(audit!.after!)).toMatchObject({ reason: "no-account", subject });
  });
});
