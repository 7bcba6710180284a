/**
 * Session cookies are Secure in production. The one exception is an operator who explicitly serves the app over
 * plain http (NEXTAUTH_URL=http://…, e.g. the local quick start or the e2e server), where a Secure cookie would
 * never be sent back.
 */
export function shouldUseSecureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production" && !env.NEXTAUTH_URL?.startsWith("http://");
}

export function getAuthSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.AUTH_SECRET || env.NEXTAUTH_SECRET || undefined;
}
