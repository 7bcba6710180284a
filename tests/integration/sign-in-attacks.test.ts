import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { authenticateWithPassword, limitKey } from "@/lib/auth/credentials";
import { issueDeviceToken } from "@/lib/auth/device-cookie";
import { needsRehash, verifyPassword } from "@/lib/auth/password";
import { countAttempt, SIGN_IN_LIMITS, storedKey } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { provisionUser } from "@/lib/users/actions";
import { unique } from "../factories";

const secret = "integration-secret-0123456789abcdefghijkl";

async function newAdmin() {
  const email = `${unique("admin")}@it.test`;
  const { id, temporaryPassword } = await provisionUser({ email, role: "ADMIN" });
  return { id, email, password: temporaryPassword };
}

const attempt = (input: { email: string; password: string; client?: string; deviceCookie?: string }) =>
  authenticateWithPassword(db, { client: unique("client"), secret, ...input });

/** Password checks the sign-in made for one account: every checked attempt leaves one success or failure row. */
const passwordChecks = (userId: number) =>
  db.auditLog.count({ where: { entityType: "user", entityId: String(userId), action: { in: ["signin.success", "signin.failure"] } } });

describe("a stranger cannot lock an admin out", () => {
  it("the owner's browser with its device cookie still signs in while strangers from many addresses are locked out", async () => {
    const admin = await newAdmin();
    const owner = await attempt({ email: admin.email, password: admin.password, client: "203.0.113.10" });
    expect(owner?.deviceToken).toBeTruthy();

    // Enough wrong passwords, each from another address, to trip the account-wide lockout.
    for (let i = 0; i < SIGN_IN_LIMITS.account.max; i++) {
      expect(await attempt({ email: admin.email, password: `guess-${i}`, client: `198.51.100.${i}` })).toBeNull();
    }
    // Untrusted clients are now refused even with the right password, a new one included …
    expect(await attempt({ email: admin.email, password: admin.password, client: "192.0.2.99" })).toBeNull();
    // … and so is a forged cookie, or one issued to another account or with another secret.
    const other = await newAdmin();
    const otherToken = (await attempt({ email: other.email, password: other.password }))!.deviceToken!;
    for (const deviceCookie of [otherToken, issueDeviceToken({ userId: admin.id, secret: `${secret}-not-ours` }), "v1.1.2.x.y"]) {
      expect(await attempt({ email: admin.email, password: admin.password, deviceCookie })).toBeNull();
    }
    // The owner's browser gets in, from any address, and gets a fresh cookie.
    const again = await attempt({ email: admin.email, password: admin.password, client: "192.0.2.200", deviceCookie: owner!.deviceToken! });
    expect(again?.user.id).toBe(admin.id);
    expect(again!.deviceToken).not.toBe(owner!.deviceToken);

    const lockouts = await db.auditLog.findMany({ where: { action: "signin.lockout", entityType: "user", entityId: String(admin.id) } });
    expect(lockouts.map((l) => JSON.parse(l.after!).scope)).toEqual(["account"]);
  });

  it("a single stranger locks only their own attempts, not the owner on another client", async () => {
    const admin = await newAdmin();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max + 5; i++) await attempt({ email: admin.email, password: `guess-${i}`, client: "198.51.100.1" });
    expect(await attempt({ email: admin.email, password: admin.password, client: "198.51.100.1" })).toBeNull();
    expect(await attempt({ email: admin.email, password: admin.password, client: "203.0.113.10" })).not.toBeNull();
    // Refused attempts were not checked, and did not count towards the account-wide lockout.
    expect(await passwordChecks(admin.id)).toBe(SIGN_IN_LIMITS.pair.max + 1);
  });

  it("a device cookie's own failures are limited too (a stolen cookie is no free pass)", async () => {
    const admin = await newAdmin();
    const { deviceToken } = (await attempt({ email: admin.email, password: admin.password }))!;
    for (let i = 0; i < SIGN_IN_LIMITS.device.max; i++) await attempt({ email: admin.email, password: `guess-${i}`, deviceCookie: deviceToken! });
    expect(await attempt({ email: admin.email, password: admin.password, deviceCookie: deviceToken! })).toBeNull();
  });

  it("IPv6 clients are throttled by their /64, so rotating addresses buys no guesses", async () => {
    const admin = await newAdmin();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max; i++) await attempt({ email: admin.email, password: `guess-${i}`, client: `2001:db8:1:2::${i + 1}` });
    expect(await attempt({ email: admin.email, password: admin.password, client: "2001:db8:1:2:ffff::9" })).toBeNull();
  });
});

describe("parallel bursts", () => {
  it("N parallel attempts on one key count N, each seeing its own count", async () => {
    const key = unique("burst");
    const rule = { max: 5, windowMs: 60_000, lockMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 20 }, () => countAttempt(db, key, rule)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(rule.max);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(20);
  });

  it("20 parallel guesses with the right password among them get no more password checks than the limit", async () => {
    const admin = await newAdmin();
    const client = "198.51.100.77";
    const guesses = Array.from({ length: 20 }, (_, i) => (i === 13 ? admin.password : `guess-${i}`));
    const results = await Promise.all(guesses.map((password) => attempt({ email: admin.email, password, client })));
    expect(await passwordChecks(admin.id)).toBeLessThanOrEqual(SIGN_IN_LIMITS.pair.max);
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it("a parallel burst with a device cookie is capped by that cookie's limit", async () => {
    const admin = await newAdmin();
    const { deviceToken } = (await attempt({ email: admin.email, password: admin.password }))!;
    const before = await passwordChecks(admin.id);
    await Promise.all(Array.from({ length: 20 }, (_, i) => attempt({ email: admin.email, password: `guess-${i}`, deviceCookie: deviceToken! })));
    expect((await passwordChecks(admin.id)) - before).toBe(SIGN_IN_LIMITS.device.max);
  });
});

describe("sign-in hygiene", () => {
  it("records successes, failures and lockouts, without the password and without an actor for strangers", async () => {
    const admin = await newAdmin();
    const stranger = `${unique("nobody")}@it.test`;
    await attempt({ email: admin.email, password: "hunter2-wrong", client: "198.51.100.5" });
    await attempt({ email: admin.email, password: admin.password, client: "198.51.100.5" });
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max; i++) await attempt({ email: stranger, password: "hunter2-wrong", client: "198.51.100.6" });
    const rows = await db.auditLog.findMany({ where: { action: { startsWith: "signin." }, OR: [{ entityId: String(admin.id) }, { entityId: stranger }] }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.entityType, r.actorId])).toEqual([
      ["signin.failure", "user", null],
      ["signin.success", "user", admin.id],
      ...Array.from({ length: SIGN_IN_LIMITS.pair.max }, () => ["signin.failure", "signin", null]),
      ["signin.lockout", "signin", null],
    ]);
    expect(JSON.parse(rows[0]!.after!)).toEqual({ email: admin.email, client: "198.51.100.5", reason: "wrong-password", deviceCookie: false });
    expect(JSON.parse(rows.at(-1)!.after!)).toMatchObject({ email: stranger, scope: "pair" });
    expect(rows.some((r) => `${r.before}${r.after}`.includes("hunter2") || `${r.before}${r.after}`.includes(admin.password))).toBe(false);
  });

  it("refuses over-long emails before they reach a counter or the audit log, and caps long keys", async () => {
    const before = await db.rateLimit.count();
    const auditBefore = await db.auditLog.count();
    expect(await attempt({ email: `${"a".repeat(300)}@it.test`, password: "x" })).toBeNull();
    expect(await db.rateLimit.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
    const long = `signin:test:${"b".repeat(5000)}`;
    const counted = await countAttempt(db, long, SIGN_IN_LIMITS.pair);
    expect(counted.key).toBe(storedKey(long));
    expect(counted.key.length).toBeLessThanOrEqual(120);
    expect(storedKey(`${long}c`)).not.toBe(counted.key);
  });

  it("prunes finished counters when new ones are written, a bounded batch at a time", async () => {
    const old = new Date(Date.now() - 60 * 60_000);
    const stale = Array.from({ length: 150 }, () => ({ key: unique("stale"), count: 3, windowStart: old }));
    await db.rateLimit.createMany({ data: stale });
    const locked = { key: unique("locked"), count: 9, windowStart: old, lockedUntil: new Date(Date.now() + 60_000) };
    await db.rateLimit.create({ data: locked });
    const keys = [...stale.map((s) => s.key), locked.key];
    await countAttempt(db, unique("fresh"), SIGN_IN_LIMITS.pair);
    const left = await db.rateLimit.count({ where: { key: { in: keys } } });
    expect(left).toBeGreaterThanOrEqual(51); // at most one batch of 100 went
    expect(left).toBeLessThan(151);
    await countAttempt(db, unique("fresh"), SIGN_IN_LIMITS.pair);
    await countAttempt(db, unique("fresh"), SIGN_IN_LIMITS.pair);
    expect(await db.rateLimit.findMany({ where: { key: { in: keys } }, select: { key: true } })).toEqual([{ key: locked.key }]);
  });

  it("rehashes a password stored with other argon2 parameters at the next sign-in", async () => {
    const admin = await newAdmin();
    const weak = await hash(admin.password, { memoryCost: 4096, timeCost: 3, parallelism: 1 });
    await db.user.update({ where: { id: admin.id }, data: { passwordHash: weak } });
    expect(await attempt({ email: admin.email, password: admin.password })).not.toBeNull();
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(passwordHash).not.toBe(weak);
    expect(needsRehash(passwordHash!)).toBe(false);
    expect(await verifyPassword(passwordHash!, admin.password)).toBe(true);
    // The success gave back its count on the account-wide key: only failures lock an account.
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: limitKey("account", admin.email) } })).count).toBe(0);
  });
});
