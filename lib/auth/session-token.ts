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
export type SessionClaims = Required<Pick<JWT, "uid" | "role" | "sv" | "authTime">>;

/** The claims put in the token at sign-in. A refresh copies them unchanged, so `authTime` stays the sign-in time. */
export function createSessionClaims(row: AccountRow, now = Date.now()): SessionClaims {
  return { uid: row.id, role: row.role, sv: row.sessionVersion, authTime: Math.floor(now / 1000) };
}

/**
 * The absolute lifetime: a session signed in more than SESSION_ABSOLUTE_HOURS ago is over however often it was
 * refreshed. A token without the claims (issued before they existed, or not by sign-in) is refused too.
 */
export function isSessionTokenCurrent(
  token: JWT | null | undefined,
  { now = Date.now(), hours = getEnv().SESSION_ABSOLUTE_HOURS }: { now?: number; hours?: number } = {},
): token is JWT & SessionClaims {
  if (!token || typeof token.uid !== "number" || typeof token.sv !== "number" || typeof token.authTime !== "number") return false;
  const age = now / 1000 - token.authTime;
  return age > -60 && age < hours * 3600; // a minute of clock skew between instances
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

/** The user behind a decoded session token, or null when the token is over age or the session has ended. */
export async function loadSessionUser(
  client: Db | Tx,
  token: JWT | null | undefined,
  options: { now?: number; hours?: number } = {},
): Promise<SessionUser | null> {
  if (!isSessionTokenCurrent(token, options)) return null;
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
