import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { countAttempt, lockIfExhausted, PASSWORD_CHANGE_LIMIT, uncountAttempt } from "@/lib/auth/rate-limit";
import type { SessionUser } from "@/lib/auth/permissions";
import { db, Prisma, type Role, type Tx } from "@/lib/db";
import { lockRows } from "@/lib/db/locks";
import { ConflictError, ForbiddenError, NotFoundError, TooManyAttemptsError, ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { passwordSchema, userIdSchema, userSchema, type UserInput } from "./schema";
import { validationMessage as v } from "@/lib/i18n/validation";

const userSnapshot = (u: { email: string; name: string; role: Role; disabled: boolean }) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabled,
});

const parseUser = (input: unknown): UserInput => parseOrThrow(userSchema, input);

/** Admins create accounts with a generated temporary password, shown once; the user must change it on first sign-in. */
export async function createUser(actor: SessionUser | null, input: unknown): Promise<{ id: number; temporaryPassword: string }> {
  const data = parseUser(input);
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const user = await db.$transaction(async (tx) => {
      const admin = await authorize(tx, actor, "user:manage");
      const created = await tx.user.create({ data: { ...data, passwordHash, mustChangePassword: true } });
      await recordAudit(tx, { actorId: admin.id, action: "user.create", entityType: "user", entityId: created.id, after: userSnapshot(created) });
      return created;
    });
    return { id: user.id, temporaryPassword };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ValidationError({ email: [v("user.emailTaken")] });
    }
    throw error;
  }
}

/**
 * Refuses a change that would leave nobody able to manage users. The active admins are locked first: otherwise two
 * admins disabling or demoting each other at once would each count the other, and both changes would go through.
 */
async function assertAnotherActiveAdmin(tx: Tx, userId: number) {
  await lockRows(tx, "users", Prisma.sql`role = 'ADMIN' AND disabled = false`);
  const others = await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: userId } } });
  if (others === 0) throw new ForbiddenError(v("errors.lastAdmin"));
}

async function updateUser(
  actor: SessionUser | null,
  userId: number,
  action: string,
  change: (current: { role: Role; disabled: boolean }, tx: Tx) => Promise<Prisma.UserUpdateInput>,
) {
  userId = parseOrThrow(userIdSchema, { userId }).userId;
  await db.$transaction(async (tx) => {
    const admin = await authorize(tx, actor, "user:manage");
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new NotFoundError(v("errors.noUser"));
    // Every admin change to an account (role, disable, enable, reset) ends its sessions.
    const after = await tx.user.update({ where: { id: userId }, data: { ...(await change(before, tx)), sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: admin.id, action, entityType: "user", entityId: userId, before: userSnapshot(before), after: userSnapshot(after) });
  });
}

export async function changeUserRole(actor: SessionUser | null, { userId, role }: { userId: number; role: Role }) {
  if (role !== "ADMIN" && role !== "EDITOR") throw new ValidationError({ role: [v("user.role")] });
  await updateUser(actor, userId, "user.role", async (current, tx) => {
    if (current.role === "ADMIN" && role !== "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    return { role };
  });
}

export async function setUserDisabled(actor: SessionUser | null, { userId, disabled }: { userId: number; disabled: boolean }) {
  await updateUser(actor, userId, disabled ? "user.disable" : "user.enable", async (current, tx) => {
    if (disabled && current.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    return { disabled };
  });
}

/** A new temporary password for someone who lost theirs. */
export async function resetUserPassword(actor: SessionUser | null, { userId }: { userId: number }): Promise<string> {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await updateUser(actor, userId, "user.reset-password", async () => ({ passwordHash, mustChangePassword: true }));
  return temporaryPassword;
}

/**
 * A signed-in user replaces their own (temporary) password. This ends all their sessions (the session version moves
 * on); the caller gives the current session the returned version (renewOwnSession) so only the others end.
 */
export async function changeOwnPassword(
  actor: SessionUser | null,
  { currentPassword, newPassword }: { currentPassword: string; newPassword: string },
): Promise<{ sessionVersion: number }> {
  const parsed = passwordSchema.safeParse(newPassword);
  if (!parsed.success) throw new ValidationError({ newPassword: parsed.error.issues.map((i) => i.message) });
  const me = await authorize(db, actor, "account:password");
  const user = await db.user.findUniqueOrThrow({ where: { id: me.id } });
  await checkCurrentPassword(user, currentPassword);
  if (currentPassword === newPassword) throw new ValidationError({ newPassword: [v("user.samePassword")] });
  const passwordHash = await hashPassword(parsed.data);
  return db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      // Only from the session that proved the current password, and only if nothing changed meanwhile.
      where: { id: user.id, passwordHash: user.passwordHash, sessionVersion: me.sessionVersion },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) throw new ConflictError(v("errors.accountChanged"));
    await recordAudit(tx, { actorId: user.id, action: "user.change-password", entityType: "user", entityId: user.id });
    return { sessionVersion: me.sessionVersion + 1 };
  });
}

/**
 * The current password, throttled as sign-in is (lib/auth/rate-limit.ts): each attempt is counted before the check, so
 * a burst gets no more checks than the limit; wrong ones are audited, and the lockout once. A right one is not counted.
 */
async function checkCurrentPassword(user: { id: number; passwordHash: string | null }, currentPassword: string) {
  const rule = PASSWORD_CHANGE_LIMIT;
  const attempt = await countAttempt(db, `password-change:account:${user.id}`, rule);
  if (!attempt.allowed) throw new TooManyAttemptsError(v("user.passwordChangePaused", { minutes: rule.lockMs / 60_000 }), rule.lockMs / 1000);
  if (user.passwordHash && (await verifyPassword(user.passwordHash, currentPassword))) return uncountAttempt(db, attempt.key);
  await recordAudit(db, { actorId: user.id, action: "user.change-password.failure", entityType: "user", entityId: user.id });
  if (await lockIfExhausted(db, attempt, rule)) {
    await recordAudit(db, { actorId: user.id, action: "user.change-password.lockout", entityType: "user", entityId: user.id });
  }
  throw new ValidationError({ currentPassword: [v("user.currentPassword")] });
}

/**
 * Bootstrap and recovery from the command line (no signed-in actor): creates the account, or with `reset` gives an
 * existing one a new temporary password, the role asked for, and re-enables it.
 */
export async function provisionUser(
  input: { email: string; role: Role; name?: string },
  options: { reset?: boolean } = {},
): Promise<{ id: number; temporaryPassword: string; created: boolean }> {
  const data = parseUser({ email: input.email, role: input.role, name: input.name || input.email.split("@")[0] });
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email } });
    if (existing && !options.reset) {
      throw new ValidationError({ email: [`${data.email} already has an account. Add --reset to give it a new temporary password.`] });
    }
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          // Recovery: ends every session and frees the single sign-on binding (the next SSO sign-in binds afresh).
          data: { role: data.role, disabled: false, passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 }, oidcIssuer: null, oidcSubject: null },
        })
      : await tx.user.create({ data: { ...data, passwordHash, mustChangePassword: true } });
    await recordAudit(tx, {
      actorId: null,
      action: existing ? "user.reset-password" : "user.create",
      entityType: "user",
      entityId: user.id,
      before: existing ? userSnapshot(existing) : undefined,
      after: userSnapshot(user),
    });
    return { id: user.id, temporaryPassword, created: !existing };
  });
}
