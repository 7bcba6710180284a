import { cache } from "react";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { localizePath } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/params";
import { getAuthSecret, sessionCookieName, shouldUseSecureCookies } from "./cookies";
import { can, isBlockedByPasswordChange, type Permission, type SessionUser } from "./permissions";
import { loadSessionUser, renewSessionToken, SESSION_IDLE_SECONDS } from "./session-token";

/** The decoded session cookie of this request (cookies only: no Authorization header fallback), or null. */
async function readSessionToken(): Promise<JWT | null> {
  const jar = await cookies();
  const req = { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} };
  return getToken({ req: req as unknown as Parameters<typeof getToken>[0]["req"], secret: getAuthSecret(), cookieName: sessionCookieName() });
}

/**
 * The signed-in user for this request, re-read from the database, or null. Null as well when the account is disabled,
 * when its session version moved on (password changed or reset, role changed, disabled) or the session is older than
 * the absolute lifetime. `mustChangePassword` makes can() refuse everything but changing the password. Cached per
 * request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => loadSessionUser(db, await readSessionToken()));

/**
 * For admin pages: anonymous users go to sign-in, temporary passwords to the change form, others without the
 * permission get a 403 page, all in the page's language; sign-in then comes back to the page (`from`, unprefixed) in it.
 * Next's own redirect with localizePath, not lib/i18n/navigation's: importing that module brings its client `Link`, and
 * with it next-intl's client code, into the first-load JS of every page importing this one (/reports, for the user).
 */
export async function requirePageUser(permission: Permission, from = "/admin"): Promise<SessionUser> {
  const user = await getCurrentUser();
  const locale = await readRequestLocale();
  if (!user) return redirect(localizePath(`/signin?callbackUrl=${encodeURIComponent(localizePath(from, locale))}`, locale));
  if (isBlockedByPasswordChange(user, permission)) return redirect(localizePath("/account/password", locale));
  if (!can(user, permission)) return redirect(localizePath("/admin/forbidden", locale));
  return user;
}

/**
 * After the user changed their own password (which moved their session version on and so ended every session), gives
 * this browser's session the new version, so only the other sessions end. The sign-in time is kept: changing the
 * password does not extend the absolute lifetime. For server actions (only they may set cookies).
 */
export async function renewOwnSession(change: { userId: number; from: number; to: number }): Promise<void> {
  const token = renewSessionToken(await readSessionToken(), change);
  if (!token) return;
  const secure = shouldUseSecureCookies();
  const value = await encode({ token, secret: getAuthSecret()!, maxAge: SESSION_IDLE_SECONDS });
  (await cookies()).set(sessionCookieName(secure), value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    expires: new Date(Date.now() + SESSION_IDLE_SECONDS * 1000),
  });
}
