import type { JWT } from "next-auth/jwt";
import type { Db, Role, Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { SessionUser } from "./permissions";

/** Idle timeout: a session token that is not refreshed (any page load refreshes it) for this long expires. */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;

/** The columns a session check reads. */
export const SESSION_ACCOUNT_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  mustChangePassword: true,
  sessionVersion: true,
} as const;

type AccountRow = { id: number; email: string; name: string; role: Role; disabled: boolean; mustChangePassword: boolean; sessionVersion: number };

/** A session token whose claims are all present. */
export type SessionClaims = Required<Pick<JWT, "uid" | "role" | "sv" | "authTime" | "sid">>;

type LifetimeOptions = { now?: number; hours?: number };

/**
 * The claims put in the token at sign-in. A refresh copies them unchanged, so `authTime` stays the sign-in time and
 * `sid` names this session (this browser's sign-in) until it ends.
 */
export function createSessionClaims(row: AccountRow, now = Date.now()): SessionClaims {
  return { uid: row.id, role: row.role, sv: row.sessionVersion, authTime: Math.floor(now / 1000), sid: crypto.randomUUID() };
}

/** When a session signed in at `authTime` (seconds) is over however often it was refreshed, in milliseconds. */
const readSessionEnd = (authTime: number, hours = getEnv().SESSION_ABSOLUTE_HOURS) => (authTime + hours * 3600) * 1000;

/**
 * The absolute lifetime: a session signed in more than SESSION_ABSOLUTE_HOURS ago is over however often it was
 * refreshed. A token without the claims (issued before they existed, or not by sign-in) is refused too.
 */
export function isSessionTokenCurrent(token: JWT | null | undefined, { now = Date.now(), hours }: LifetimeOptions = {}): token is JWT & SessionClaims {
  if (!token || typeof token.uid !== "number" || typeof token.sv !== "number" || typeof token.authTime !== "number") return false;
  if (typeof token.sid !== "string" || token.sid.length === 0 || token.sid.length > 64) return false;
  return now / 1000 - token.authTime > -60 && now < readSessionEnd(token.authTime, hours); // a minute of clock skew between instances
}

/**
 * Signing out (next-auth's signOut event, with the decoded cookie) ends the session on the server too: its id is
 * recorded, so a copy of the cookie is refused from then on. The row lasts until the session's absolute lifetime is
 * over (a minute later, for clock skew); expired rows are pruned here. A token that is already not current needs no row.
 */
export async function revokeSession(client: Db | Tx, token: JWT | null | undefined, options: LifetimeOptions = {}): Promise<void> {
  const now = options.now ?? Date.now();
  if (!isSessionTokenCurrent(token, options)) return;
  const expiresAt = new Date(readSessionEnd(token.authTime, options.hours) + 60_000);
  await client.revokedSession.upsert({ where: { sessionId: token.sid }, create: { sessionId: token.sid, expiresAt }, update: {} });
  await client.revokedSession.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
}

/** One primary-key read on every session check. */
async function isSessionRevoked(client: Db | Tx, sessionId: string): Promise<boolean> {
  return (await client.revokedSession.findUnique({ where: { sessionId }, select: { sessionId: true } })) !== null;
}

export type SessionAccountCheck = { user: SessionUser } | { refused: "missing" | "disabled" | "ended" };

/**
 * The one rule for whether a session still holds: the account exists, is enabled, and its session version is the
 * one the session was issued with (a password change, reset, role change or disabling moves it on).
 * getCurrentUser(), the session callback and authorize() all call it.
 */
export async function checkSessionAccount(
  client: Db | Tx,
  session: { id: number; sessionVersion: number },
): Promise<SessionAccountCheck> {
  const row = await client.user.findUnique({ where: { id: session.id }, select: SESSION_ACCOUNT_SELECT });
  if (!row) return { refused: "missing" };
  if (row.disabled) return { refused: "disabled" };
  if (row.sessionVersion !== session.sessionVersion) return { refused: "ended" };
  const { id, email, name, role, sessionVersion, mustChangePassword } = row;
  return { user: { id, email, name, role, sessionVersion, mustChangePassword } };
}

/**
 * The user behind a decoded session token, or null when the token is over age, its session signed out, or the
 * account's session version moved on.
 */
export async function loadSessionUser(client: Db | Tx, token: JWT | null | undefined, options: LifetimeOptions = {}): Promise<SessionUser | null> {
  if (!isSessionTokenCurrent(token, options)) return null;
  if (await isSessionRevoked(client, token.sid)) return null;
  const check = await checkSessionAccount(client, { id: token.uid, sessionVersion: token.sv });
  return "user" in check ? check.user : null;
}

/**
 * The token for this browser after its user changed their own password: the new session version, the same sign-in
 * time (a password change does not extend the absolute lifetime). Null unless the token is this user's at the version
 * the change started from, so it never revives another or an already ended session.
 */
export function renewSessionToken(token: JWT | null, { userId, from, to }: { userId: number; from: number; to: number }): JWT | null {
  if (!token || token.uid !== userId || token.sv !== from) return null;
  return { ...token, sv: to };
}
