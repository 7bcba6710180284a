import { getEnv, type Env } from "@/lib/env";

/**
 * Session cookies are Secure in production. The one exception is an operator who explicitly serves the app over
 * plain http (NEXTAUTH_URL=http://…, e.g. the local quick start or the e2e server), where a Secure cookie would
 * never be sent back.
 */
export function shouldUseSecureCookies(env: Pick<Env, "NODE_ENV" | "NEXTAUTH_URL"> = getEnv()): boolean {
  return env.NODE_ENV === "production" && !env.NEXTAUTH_URL?.startsWith("http://");
}

export function getAuthSecret(env: Pick<Env, "AUTH_SECRET" | "NEXTAUTH_SECRET"> = getEnv()): string | undefined {
  return env.AUTH_SECRET || env.NEXTAUTH_SECRET || undefined;
}

/** next-auth's session cookie name (its default naming, which getToken() also uses). */
export function sessionCookieName(secure = shouldUseSecureCookies()): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}
