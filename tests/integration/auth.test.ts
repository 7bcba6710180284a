import { describe, expect, it } from "vitest";
import { authenticateWithPassword, limitKey } from "@/lib/auth/credentials";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { provisionUser } from "@/lib/users/actions";
import { unique } from "../factories";

async function newUser(role: "ADMIN" | "EDITOR" = "EDITOR") {
  const email = `${unique("auth")}@it.test`;
  const { id, temporaryPassword } = await provisionUser({ email, role });
  return { id, email, password: temporaryPassword };
}

const signIn = (email: string, password: string, client = unique("client")) => authenticateWithPassword(db, { email, password, client });

describe("sign-in with email and password", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await newUser();
    const result = await signIn(user.email.toUpperCase(), user.password);
    expect(result?.user).toMatchObject({ id: user.id, email: user.email, role: "EDITOR" });
  });

  it("refuses a wrong password, an unknown email and a disabled account alike", async () => {
    const user = await newUser();
    const client = unique("client");
    expect(await signIn(user.email, "wrong-password-1", client)).toBeNull();
    expect(await signIn(`${unique("nobody")}@it.test`, "whatever-123", client)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await signIn(user.email, user.password, client)).toBeNull();
  });

  it("locks one client out of one account after repeated bad passwords, even with the right password; other clients still get in", async () => {
    const user = await newUser();
    const client = unique("client");
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max; i++) expect(await signIn(user.email, `bad-${i}`, client)).toBeNull();
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: limitKey("pair", `${user.email}|${client}`) } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await signIn(user.email, user.password, client)).toBeNull();
    expect(await signIn(user.email, user.password)).not.toBeNull();
    // An expired lock opens again.
    await db.rateLimit.update({ where: { key: row.key }, data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(0) } });
    expect(await signIn(user.email, user.password, client)).not.toBeNull();
  });

  it("locks a client that tries many accounts", async () => {
    const client = unique("client");
    for (let i = 0; i < SIGN_IN_LIMITS.client.max; i++) await signIn(`${unique("spray")}@it.test`, "guess-guess-1", client);
    const user = await newUser();
    expect(await signIn(user.email, user.password, client)).toBeNull();
    expect(await signIn(user.email, user.password)).not.toBeNull();
  });

  it("creates accounts from the command line with a temporary password, and resets them only when asked", async () => {
    const user = await newUser("ADMIN");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ role: "ADMIN", mustChangePassword: true, disabled: false });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(provisionUser({ email: user.email, role: "EDITOR" })).rejects.toThrow();
    const reset = await provisionUser({ email: user.email, role: "EDITOR" }, { reset: true });
    expect(reset.created).toBe(false);
    expect((await signIn(user.email, reset.temporaryPassword))?.user).toMatchObject({ role: "EDITOR" });
    const audit = await db.auditLog.findMany({ where: { entityType: "user", entityId: String(user.id), action: { startsWith: "user." } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.reset-password"]);
  });
});
