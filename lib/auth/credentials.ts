import type { Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import type { SessionUser } from "./permissions";
import { clearLimit, isLocked, recordFailure, SIGN_IN_LIMITS } from "./rate-limit";

/** The one message for every failed sign-in: it never says whether the account exists, is disabled or is locked. */
export const SIGN_IN_FAILED = "Sign-in failed. Check your email and password; after repeated failures sign-in is paused for 15 minutes.";

export const accountKey = (email: string) => `signin:account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `signin:ip:${ip}`;

/**
 * Checks an email and password, throttled per account and per IP with counters in the database.
 * A locked key is refused before the password is checked, so a correct password does not help during a lockout.
 */
export async function authenticateWithPassword(
  db: Db,
  { email, password, ip }: { email: string; password: string; ip: string },
): Promise<SessionUser | null> {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password) return null;
  const keys = { account: accountKey(normalized), ip: ipKey(ip) };
  if ((await isLocked(db, keys.account)) || (await isLocked(db, keys.ip))) return null;

  const user = await db.user.findUnique({ where: { email: normalized } });
  // Unknown accounts still pay for one hash check, so response time does not reveal which emails exist.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const ok = !!user?.passwordHash && !user.disabled && passwordOk;
  if (!ok || !user) {
    await recordFailure(db, keys.account, SIGN_IN_LIMITS.account);
    await recordFailure(db, keys.ip, SIGN_IN_LIMITS.ip);
    return null;
  }
  await clearLimit(db, keys.account);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword };
}

let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("not-a-real-password-for-timing"));

/** The client address: the first X-Forwarded-For hop (set by Next.js or the reverse proxy), else "unknown". */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const read = (name: string) => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return read("x-forwarded-for")?.split(",")[0]?.trim() || read("x-real-ip") || "unknown";
}
