import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { PASSWORD_CHANGE_LIMIT } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { TooManyAttemptsError, ValidationError } from "@/lib/errors";
import { toFormState } from "@/lib/form-state";
import { changeOwnPassword, provisionUser } from "@/lib/users/actions";
import { unique } from "../factories";

// Someone holding a stolen session (not the password) tries the password form to find the current password, which
// would let them sign in again after the session ends. The form's check is throttled as sign-in is.
const NEW_PASSWORD = "a brand new long passphrase 9";

/** An account with a known password, and the SessionUser of one of its sessions. */
async function newSession(): Promise<{ user: SessionUser; password: string }> {
  const { id, temporaryPassword } = await provisionUser({ email: `${unique("pwchange")}@it.test`, role: "EDITOR" });
  const row = await db.user.update({ where: { id }, data: { mustChangePassword: false } });
  const user = { id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion, mustChangePassword: false };
  return { user, password: temporaryPassword };
}

const guess = (user: SessionUser, currentPassword: string) => changeOwnPassword(user, { currentPassword, newPassword: NEW_PASSWORD }).catch((e: unknown) => e);
const auditCount = (userId: number, action: string) => db.auditLog.count({ where: { entityType: "user", entityId: String(userId), action } });
const passwordIs = async (userId: number, password: string) => verifyPassword((await db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash!, password);

describe("guessing the current password through the password form", () => {
  it("gets the limit's number of guesses; then even the right password is refused, with a clear message; audited", async () => {
    const { user, password } = await newSession();
    for (let i = 0; i < PASSWORD_CHANGE_LIMIT.max; i++) expect(await guess(user, `guess-${i}`)).toBeInstanceOf(ValidationError);

    const refused = await guess(user, password);
    expect(refused).toBeInstanceOf(TooManyAttemptsError);
    expect(refused).toMatchObject({ status: 429, retryAfterSeconds: PASSWORD_CHANGE_LIMIT.lockMs / 1000 });
    expect(toFormState(refused).message).toMatch(/^Too many wrong current passwords\. Changing the password is paused for \d+ minutes\.$/);
    expect(toFormState(refused, "fr").message).toMatch(/^Trop de tentatives avec un mot de passe actuel erroné/);
    expect(await passwordIs(user.id, password)).toBe(true);
    expect(await auditCount(user.id, "user.change-password.failure")).toBe(PASSWORD_CHANGE_LIMIT.max);
    expect(await auditCount(user.id, "user.change-password.lockout")).toBe(1);
    expect(await auditCount(user.id, "user.change-password")).toBe(0);
  });

  it("a parallel burst gets no more password checks than the limit", async () => {
    const { user } = await newSession();
    const results = await Promise.all(Array.from({ length: PASSWORD_CHANGE_LIMIT.max * 3 }, (_, i) => guess(user, `burst-${i}`)));
    expect(results.filter((r) => r instanceof TooManyAttemptsError).length).toBeGreaterThanOrEqual(PASSWORD_CHANGE_LIMIT.max * 2);
    expect(await auditCount(user.id, "user.change-password.failure")).toBeLessThanOrEqual(PASSWORD_CHANGE_LIMIT.max);
  });

  it("the owner who mistypes a few times still changes it, and the right password does not count", async () => {
    const { user, password } = await newSession();
    for (let i = 1; i < PASSWORD_CHANGE_LIMIT.max; i++) expect(await guess(user, `typo-${i}`)).toBeInstanceOf(ValidationError);
    await expect(changeOwnPassword(user, { currentPassword: password, newPassword: NEW_PASSWORD })).resolves.toMatchObject({ sessionVersion: 1 });
    expect(await passwordIs(user.id, NEW_PASSWORD)).toBe(true);
    // A mistake after the change is one more failure, not the last: the success was not counted.
    const renewed = { ...user, sessionVersion: 1 };
    expect(await guess(renewed, "typo-again")).toBeInstanceOf(ValidationError);
  });
});
