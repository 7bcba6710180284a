import { recordAudit } from "@/lib/audit/record";
import type { Db, UserModel as User } from "@/lib/db";
import { clientRateKey } from "@/lib/http/client-address";
import { issueDeviceToken, readDeviceToken } from "./device-cookie";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import type { SessionUser } from "./permissions";
import { countAttempt, lockIfExhausted, SIGN_IN_LIMITS, uncountAttempt, type Attempt, type LimitRule } from "./rate-limit";

/** The one message for every failed sign-in: it never says whether the account exists, is disabled or is locked. */
export const SIGN_IN_FAILED = "Sign-in failed. Check your email and password; after repeated failures sign-in is paused for 15 minutes.";

/** RFC 5321's limit; anything longer is refused before it reaches a rate-limit key or the audit log. */
export const MAX_EMAIL_LENGTH = 254;
/** Far above any password a person types; keeps an attacker from making the server hash megabytes. */
const MAX_PASSWORD_LENGTH = 1024;
const AUDIT_EMAIL_LENGTH = 100;

type Scope = keyof typeof SIGN_IN_LIMITS;
export const limitKey = (scope: Scope, id: string) => `signin:${scope}:${id}`;

export type SignInResult = { user: SessionUser; deviceToken: string | null };

/** The keys an attempt counts against, in the order they are checked: a refusal stops the counting there. */
function attemptKeys({ email, client, device }: { email: string; client: string; device: string | null }): [Scope, string][] {
  if (device) return [["device", device]];
  const from = clientRateKey(client);
  return [
    ["pair", `${email}|${from}`],
    ["client", from],
    ["account", email],
  ];
}

/**
 * Checks an email and password. Each attempt is counted before the password is checked (so a parallel burst gets no
 * more guesses than the limit), against the keys of attemptKeys(). A browser holding this account's device cookie is
 * throttled only by that cookie, so a stranger's failed guesses cannot lock the account's owner out.
 */
export async function authenticateWithPassword(
  db: Db,
  input: { email: string; password: string; client: string; deviceCookie?: string; secret?: string },
): Promise<SignInResult | null> {
  const email = input.email.trim().toLowerCase();
  const { password, client, secret } = input;
  if (!email || !password || email.length > MAX_EMAIL_LENGTH || password.length > MAX_PASSWORD_LENGTH) return null;

  const user = await db.user.findUnique({ where: { email } });
  const device = secret && user ? readDeviceToken(input.deviceCookie, { secret }) : null;
  const trusted = !!device && device.userId === user?.id;

  const attempts: { scope: Scope; rule: LimitRule; attempt: Attempt }[] = [];
  for (const [scope, id] of attemptKeys({ email, client, device: trusted ? device.nonce : null })) {
    const attempt = await countAttempt(db, limitKey(scope, id), SIGN_IN_LIMITS[scope]);
    attempts.push({ scope, rule: SIGN_IN_LIMITS[scope], attempt });
    if (!attempt.allowed) return null; // refused without a password check, and without another audit row
  }

  // Unknown accounts still pay for one hash check, so response time does not reveal which emails exist.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const subject = { email: email.slice(0, AUDIT_EMAIL_LENGTH), client, user };
  if (!user?.passwordHash || user.disabled || !passwordOk) {
    const reason = !user ? "unknown-account" : user.disabled ? "disabled" : !user.passwordHash ? "no-password" : "wrong-password";
    await audit(db, "signin.failure", subject, { reason, deviceCookie: trusted });
    for (const { scope, rule, attempt } of attempts) {
      if (await lockIfExhausted(db, attempt, rule)) await audit(db, "signin.lockout", subject, { scope });
    }
    return null;
  }

  // A success gives back its count where only failures should count. The pair key keeps it: that browser now has a
  // device cookie, and a burst that includes the right password still gets no more than `max` checks.
  for (const { scope, attempt } of attempts) if (scope === "client" || scope === "account") await uncountAttempt(db, attempt.key);
  await rehashIfNeeded(db, user, password);
  await audit(db, "signin.success", subject, { deviceCookie: trusted });
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword },
    deviceToken: secret ? issueDeviceToken({ userId: user.id, secret }) : null,
  };
}

async function rehashIfNeeded(db: Db, user: User, password: string) {
  if (!user.passwordHash || !needsRehash(user.passwordHash)) return;
  // Only if the hash is still the one just checked: a password change in the meantime wins.
  await db.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: await hashPassword(password) } });
}

type Subject = { email: string; client: string; user: User | null };

/** Sign-in events in the audit log. A stranger's attempt has no actor; the attempted password is never stored. */
async function audit(db: Db, action: "signin.success" | "signin.failure" | "signin.lockout", { email, client, user }: Subject, details: object) {
  await recordAudit(db, {
    actorId: action === "signin.success" ? user!.id : null,
    action,
    entityType: user ? "user" : "signin",
    entityId: user ? user.id : email,
    after: { email, client, ...details },
  });
}

let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("not-a-real-password-for-timing"));
