import { describe, expect, it } from "vitest";
import { authenticateWithPassword, accountKey } from "@/lib/auth/credentials";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { provisionUser } from "@/lib/users/actions";
import { unique } from "../factories";

async function newUser(role: "ADMIN" | "EDITOR" = "EDITOR") {
  const email = `${unique("auth")}@it.test`;
  const { id, temporaryPassword } = await provisionUser({ email, role });
  return { id, email, password: temporaryPassword };
}

describe("sign-in with email and password", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await newUser();
    const ip = unique("ip");
    const session = await authenticateWithPassword(db, { email: user.email.toUpperCase(), password: user.password, ip });
    expect(session).toMatchObject({ id: user.id, email: user.email, role: "EDITOR" });
  });

  it("refuses a wrong password, an unknown email and a disabled account alike", async () => {
    const user = await newUser();
    const ip = unique("ip");
    expect(await authenticateWithPassword(db, { email: user.email, password: "wrong-password-1", ip })).toBeNull();
    expect(await authenticateWithPassword(db, { email: `${unique("nobody")}@it.test`, password: "whatever-123", ip })).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await authenticateWithPassword(db, { email: user.email, password: user.password, ip })).toBeNull();
  });

  it("locks an account after repeated bad passwords, from any IP, with counters in the database", async () => {
    const user = await newUser();
    for (let i = 0; i < SIGN_IN_LIMITS.account.max; i++) {
      expect(await authenticateWithPassword(db, { email: user.email, password: `bad-${i}`, ip: unique("ip") })).toBeNull();
    }
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: accountKey(user.email) } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await authenticateWithPassword(db, { email: user.email, password: user.password, ip: unique("ip") })).toBeNull();
    // An expired lock opens again.
    await db.rateLimit.update({ where: { key: accountKey(user.email) }, data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(0) } });
    expect(await authenticateWithPassword(db, { email: user.email, password: user.password, ip: unique("ip") })).not.toBeNull();
  });

  it("locks an IP that tries many accounts", async () => {
    const ip = unique("ip");
    for (let i = 0; i < SIGN_IN_LIMITS.ip.max; i++) {
      await authenticateWithPassword(db, { email: `${unique("spray")}@it.test`, password: "guess-guess-1", ip });
    }
    const user = await newUser();
    expect(await authenticateWithPassword(db, { email: user.email, password: user.password, ip })).toBeNull();
    expect(await authenticateWithPassword(db, { email: user.email, password: user.password, ip: unique("ip") })).not.toBeNull();
  });

  it("creates accounts from the command line with a temporary password, and resets them only when asked", async () => {
    const user = await newUser("ADMIN");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ role: "ADMIN", mustChangePassword: true, disabled: false });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(provisionUser({ email: user.email, role: "EDITOR" })).rejects.toThrow();
    const reset = await provisionUser({ email: user.email, role: "EDITOR" }, { reset: true });
    expect(reset.created).toBe(false);
    expect(await authenticateWithPassword(db, { email: user.email, password: reset.temporaryPassword, ip: unique("ip") })).toMatchObject({ role: "EDITOR" });
    const audit = await db.auditLog.findMany({ where: { entityType: "user", entityId: String(user.id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.reset-password"]);
  });
});
